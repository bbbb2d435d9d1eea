"""The analyst's own work: confirmations, rejections, corrections, added
figures and policies, notes, zone merges and splits. Saved in SQLite in the
user's data folder (`UserStore`) and laid over an extracted Corpus with
`apply`. No Qt here. See docs/userdata.md."""
from .anchors import Anchor, FigureKey, PolicyKey, anchor_at, key_for, text_hash
from .apply import REASONS, STATUSES, AnnotatedCorpus, Orphan, Reanchored, apply
from .store import Change, UserStore, default_path

__all__ = ["Anchor", "AnnotatedCorpus", "Change", "FigureKey", "Orphan", "PolicyKey", "REASONS",
           "Reanchored", "STATUSES", "UserStore", "anchor_at", "apply", "default_path",
           "key_for", "text_hash"]
