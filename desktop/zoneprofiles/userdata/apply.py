"""The analyst's work laid over an extracted Corpus.

`apply(corpus, store)` returns a new `AnnotatedCorpus` (a Corpus, so every
view, the report and the export take it as they are) and leaves the input
untouched. What it adds:

- figures and policies: `status` (extracted / confirmed / corrected / added),
  `manual` (True when a value shown was entered by the analyst) and
  `change_id` (the last change that touched the row, for undo). Rejected rows
  are taken out, so no profile, chart or export shows them, and kept in
  `rejected_figures` / `rejected_policies` (status 'rejected') for a
  "show rejected" list.
- zones: merged zones folded into their target (aliases, mentions, figures,
  policies, industries re-pointed; `merged` lists the names folded in),
  `notes` (the zone's note texts, oldest first, separated by a blank line),
  `n_notes`, and `manual` (a zone only the analyst's items name).
- `notes`: one row per note, with where its passage is now.
- `orphans`: changes whose article text is gone (the file was edited and the
  quote is no longer in it) or whose figure is no longer extracted: the UI
  lists them; they stay in the store. `not_loaded`: changes about files or
  zones not in this corpus, kept quietly for when they are opened again.
- `reanchored`: changes found again after their file was edited or moved;
  with `persist=True` the store is updated to point at the new place.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import pandas as pd

from ..model import Corpus, empty
from .anchors import Anchor, Located, Locator, sentence_around, text_hash
from .store import (ADD_FIGURE, ADD_POLICY, ANCHORED_KINDS, CHOOSE_FIGURE, CONFIRM_FIGURE,
                    CONFIRM_POLICY, CORRECT_FIGURE, CORRECT_POLICY, MERGE, NOTE, REJECT_FIGURE, REJECT_POLICY,
                    SPLIT, Change, UserStore)
from .zonefold import fold_zones

STATUSES = ("extracted", "confirmed", "corrected", "added", "rejected")
NOTE_COLUMNS = ["note_id", "zone_id", "zone", "text", "created", "updated",
                "source_file", "start", "end", "quote", "anchor"]
# what each reason means, for the UI's list
REASONS = {
    "text-changed": "the article was edited and the quoted text is no longer in it",
    "not-extracted": "the text is there, but no figure or policy is read from it any more",
    "merge-cycle": "the zones were already merged the other way round",
    "damaged": "the saved record is incomplete",
    "file-not-loaded": "its article is not among the files opened",
    "zone-not-loaded": "the zone is not in the files opened",
}
_QUIET = {"file-not-loaded", "zone-not-loaded"}


@dataclass
class Orphan:
    change_id: int
    kind: str
    reason: str           # a key of REASONS
    zone: str | None
    source_file: str | None
    quote: str | None     # the text the change was pinned to
    detail: str           # the note text, the corrected fields, the merge

    @property
    def explanation(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass
class Reanchored:
    change_id: int
    kind: str
    old: Anchor
    new: Located


@dataclass
class AnnotatedCorpus(Corpus):
    notes: pd.DataFrame = field(default_factory=lambda: empty(NOTE_COLUMNS))
    rejected_figures: pd.DataFrame = field(default_factory=pd.DataFrame)
    rejected_policies: pd.DataFrame = field(default_factory=pd.DataFrame)
    orphans: list[Orphan] = field(default_factory=list)
    not_loaded: list[Orphan] = field(default_factory=list)
    reanchored: list[Reanchored] = field(default_factory=list)


def _detail(ch: Change) -> str:
    if ch.kind == NOTE:
        return str(ch.fields.get("text", ""))
    if ch.kind == MERGE:
        return f"{ch.zone} → {ch.target}"
    if ch.kind == SPLIT:
        return str(ch.zone)
    return ", ".join(f"{k}={v}" for k, v in ch.fields.items())


class _Build:
    """One apply(): the located anchors and the lists being filled."""

    def __init__(self, corpus: Corpus, changes: list[Change]) -> None:
        self.corpus = corpus
        self.changes = changes
        self.locator = Locator(corpus.texts)
        self.located: dict[int, Located] = {}
        self.lost: dict[int, str] = {}  # change id -> reason its anchor was not found
        self.orphans: list[Orphan] = []
        self.not_loaded: list[Orphan] = []
        self.reanchored: list[Reanchored] = []
        self.articles = {}
        for art in corpus.articles.itertuples(index=False):
            self.articles.setdefault(art.source_file, []).append(
                (int(art.start), int(art.end), art.article_id))
        for spans in self.articles.values():
            spans.sort()

    def report(self, ch: Change, reason: str) -> None:
        a = ch.anchor
        item = Orphan(ch.id, ch.kind, reason, ch.zone, a.source_file if a else None,
                      a.raw if a else None, _detail(ch))
        (self.not_loaded if reason in _QUIET else self.orphans).append(item)

    def locate_all(self) -> None:
        for ch in self.changes:
            if ch.anchor is None:
                if ch.kind in ANCHORED_KINDS:
                    self.lost[ch.id] = "damaged"
                    self.report(ch, "damaged")
                continue
            where = self.locator.locate(ch.anchor)
            if where is None:
                named = self.locator.has_file_named(ch.anchor.source_file)
                self.lost[ch.id] = "text-changed" if named else "file-not-loaded"
                self.report(ch, self.lost[ch.id])
                continue
            self.located[ch.id] = where
            if where.how != "exact":
                self.reanchored.append(Reanchored(ch.id, ch.kind, ch.anchor, where))

    def article_at(self, source_file: str, pos: int) -> tuple[str, int, int]:
        spans = self.articles.get(source_file, [])
        i = bisect.bisect_right(spans, (pos, float("inf"), "")) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return spans[i][2], spans[i][0], spans[i][1]
        return "", 0, len(self.corpus.texts[source_file])

    def placed(self, ch: Change) -> dict:
        """Provenance columns of an added item at its current place."""
        where = self.located[ch.id]
        text = self.corpus.texts[where.source_file]
        article_id, lo, hi = self.article_at(where.source_file, where.start)
        sentence, s, e = sentence_around(text, where.start, where.end, lo, hi)
        return {"article_id": article_id, "source_file": where.source_file,
                "start": where.start, "end": where.end, "sentence": sentence,
                "sentence_start": s, "sentence_end": e, "_quote": text[where.start:where.end]}


class _SpanIndex:
    """Rows of a figures/policies table by their place in the text."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.exact: dict[tuple[str, int, int], list] = {}
        self.by_file: dict[str, list[tuple[int, int, object]]] = {}
        for idx, sf, s, e in zip(frame.index, frame["source_file"], frame["start"], frame["end"]):
            self.exact.setdefault((sf, int(s), int(e)), []).append(idx)
            self.by_file.setdefault(sf, []).append((int(s), int(e), idx))

    def rows_at(self, where: Located) -> list:
        exact = self.exact.get((where.source_file, where.start, where.end))
        if exact:
            return exact
        # the extractor now reads a slightly wider or narrower span (a
        # qualifier such as 约 joined the figure): the row overlapping most
        best, best_overlap = [], 0
        for s, e, idx in self.by_file.get(where.source_file, []):
            overlap = min(e, where.end) - max(s, where.start)
            if overlap > best_overlap:
                best, best_overlap = [idx], overlap
        return best


def figure_fields(fields: dict) -> dict:
    """A figure's stored fields in today's terms. One saved before figures
    had a measure and a basis says only `kind` (actual, target, growth,
    share): its measure and basis are read from that word."""
    if "kind" not in fields or "measure" in fields or "basis" in fields:
        return fields
    out, kind = dict(fields), fields["kind"]
    if kind in ("growth", "share"):
        out.update(measure=kind, basis="actual")
    elif kind in ("target", "estimate"):
        out["basis"] = kind
    elif kind == "actual":
        out.update(measure="level", basis="actual")
    return out


def _kind_of(measure: str, basis: str) -> str:
    from ..extract.figures import kind_of
    return kind_of(measure, basis)


def _when(period: str, article: tuple[str, str, str]) -> tuple[object, str]:
    """(year, span) of a period typed by the analyst, against the article's date."""
    from ..extract.when import period_when
    try:
        return period_when(period, article)
    except Exception:  # noqa: BLE001 - an odd typed period resolves to nothing, never fails
        return None, ""


class _FigureRules:
    """What follows from a figure's corrected fields: its one-word kind from
    measure and basis, its year and span from the period."""

    def __init__(self, corpus: Corpus) -> None:
        arts = corpus.articles

        def column(name):
            values = arts[name] if name in arts else [""] * len(arts)
            return [v if isinstance(v, str) else "" for v in values]
        self.dates = {aid: (date, source, outlet) for aid, date, source, outlet in
                      zip(arts["article_id"], column("date"), column("date_source"),
                          column("outlet"))}

    def upgrade(self, fields: dict) -> dict:
        return figure_fields(fields)

    def derived(self, frame: pd.DataFrame, idx, fields: dict) -> dict:
        out = {}
        if "measure" in fields or "basis" in fields:
            def current(name, default):
                if name in fields:
                    return fields[name]
                value = frame.at[idx, name] if name in frame else None
                return value if isinstance(value, str) and value else default
            out["kind"] = _kind_of(current("measure", "level"), current("basis", "actual"))
        if "period" in fields:
            article = self.dates.get(frame.at[idx, "article_id"], ("", "", ""))
            out["year"], out["span"] = _when(fields["period"], article)
        return out


class _PlainRules:
    def upgrade(self, fields: dict) -> dict:
        return fields

    def derived(self, frame, idx, fields: dict) -> dict:
        return {}


class _Review:
    """Confirm/reject/correct applied to one table (figures or policies)."""

    def __init__(self, build: _Build, frame: pd.DataFrame, kinds: tuple[str, str, str],
                 resolve_zone, rules=None) -> None:
        self.build, self.frame, self.resolve_zone = build, frame, resolve_zone
        self.confirm, self.reject, self.correct = kinds
        self.rules = rules or _PlainRules()

    def run(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        frame = self.frame
        index = _SpanIndex(frame)
        state: dict = {}
        for ch in self.build.changes:
            if ch.kind not in (self.confirm, self.reject, self.correct) or ch.id in self.build.lost:
                continue
            rows = index.rows_at(self.build.located[ch.id])
            if not rows:
                if ch.kind != self.reject:  # a rejected figure no longer read is what was wanted
                    self.build.report(ch, "not-extracted")
                continue
            for idx in rows:
                st = state.setdefault(idx, {"rejected": False, "confirmed": False, "fields": {}})
                st["last"] = ch.id
                if ch.kind == self.reject:
                    st["rejected"] = True
                else:
                    st["rejected"] = False
                    if ch.kind == self.confirm:
                        st["confirmed"] = True
                    else:
                        st["fields"].update(self.rules.upgrade(ch.fields))
        updates: dict[str, dict] = {}  # column -> {row: value}, written a column at a time
        added_rows = set(frame.index[frame["status"] == "added"])
        for idx, st in state.items():
            derived = self.rules.derived(frame, idx, st["fields"]) if st["fields"] else {}
            for name, value in {**st["fields"], **derived}.items():
                if name == "zone":
                    updates.setdefault("zone_id", {})[idx] = self.resolve_zone(value)
                else:
                    updates.setdefault(name, {})[idx] = value
            added = idx in added_rows
            if st["rejected"]:
                status = "rejected"
            elif added:
                status = "added"
            elif st["fields"]:
                status = "corrected"
            else:
                status = "confirmed" if st["confirmed"] else "extracted"
            updates.setdefault("status", {})[idx] = status
            updates.setdefault("manual", {})[idx] = added or bool(st["fields"])
            updates.setdefault("change_id", {})[idx] = st["last"]
        for name, values in updates.items():
            if name in frame and frame[name].dtype != object and any(
                    isinstance(v, str) or v is None for v in values.values()):
                frame[name] = frame[name].astype(object)  # a text field of an older table
            frame.loc[list(values), name] = list(values.values())
        rejected = frame["status"] == "rejected"
        return (frame[~rejected].reset_index(drop=True),
                frame[rejected].reset_index(drop=True))


def _with_status(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.reset_index(drop=True)
    frame["status"] = pd.Series(["extracted"] * len(frame), index=frame.index, dtype="object")
    frame["manual"] = pd.Series([False] * len(frame), index=frame.index, dtype="bool")
    frame["change_id"] = pd.Series([pd.NA] * len(frame), index=frame.index, dtype="Int64")
    return frame


def _append(frame: pd.DataFrame, rows: list[dict], id_col: str) -> pd.DataFrame:
    if not rows:
        return frame
    ids = pd.to_numeric(frame[id_col], errors="coerce") if not frame.empty else pd.Series([], dtype=float)
    first = int(ids.max()) + 1 if ids.notna().any() else 1
    for i, row in enumerate(rows):
        row[id_col] = first + i
    new = pd.DataFrame(rows, columns=list(frame.columns))
    new["manual"] = new["manual"].astype(bool)
    new["change_id"] = new["change_id"].astype("Int64")
    return pd.concat([frame, new], ignore_index=True) if not frame.empty else new


def apply(corpus: Corpus, store: UserStore | list[Change], persist: bool = True) -> AnnotatedCorpus:
    """The corpus as the analyst has corrected it (see the module doc).
    `store` may also be a list of changes (e.g. for a preview)."""
    changes = store.changes() if isinstance(store, UserStore) else list(store)
    build = _Build(corpus, changes)
    build.locate_all()
    if persist and isinstance(store, UserStore) and build.reanchored:
        store.record_reanchors([
            (r.change_id, r.old, r.new, text_hash(corpus.texts[r.new.source_file]))
            for r in build.reanchored])

    folded = fold_zones(corpus.zones, corpus.mentions, corpus.figures, corpus.policies,
                        corpus.industries, [c for c in changes if c.kind in (MERGE, SPLIT)])
    for ch, reason in folded.skipped:
        build.report(ch, reason)
    new_zones: dict[str, None] = {}  # names only the analyst's items use, in order

    def resolve_zone(name: str) -> str:
        zid = folded.resolve(name)
        if zid is None:
            new_zones.setdefault(name, None)
            return name
        return zid

    figures, policies = _with_status(folded.figures), _with_status(folded.policies)
    added_f, added_p = [], []
    rules = _FigureRules(corpus)
    for ch in changes:
        if ch.kind not in (ADD_FIGURE, ADD_POLICY) or ch.id in build.lost:
            continue
        place = build.placed(ch)
        quote = place.pop("_quote")
        common = {"zone_id": resolve_zone(ch.zone), **place, "status": "added", "manual": True,
                  "change_id": ch.id}
        if ch.kind == ADD_FIGURE:
            f = figure_fields(ch.fields)
            kind = f.get("kind", "actual")
            measure = f.get("measure") or ("level" if kind not in ("growth", "share") else kind)
            basis = f.get("basis") or "actual"
            year, span = _when(f.get("period", ""), rules.dates.get(place["article_id"],
                                                                    ("", "", "")))
            added_f.append({**common, "label": f["label"], "value": f["value"],
                            "unit": f.get("unit", ""), "raw": quote,
                            "qualifier": f.get("qualifier", ""), "metric": f.get("metric", ""),
                            "measure": measure, "basis": basis,
                            "kind": _kind_of(measure, basis) if "measure" in f else kind,
                            "period": f.get("period", ""), "year": year, "span": span,
                            "subject": f.get("subject", "")})
        else:
            added_p.append({**common, "title": ch.fields["title"], "kind": ch.fields["kind"]})
    figures = _append(figures, added_f, "figure_id")
    policies = _append(policies, added_p, "policy_id")
    figures, rejected_f = _Review(build, figures, (CONFIRM_FIGURE, REJECT_FIGURE, CORRECT_FIGURE),
                                  resolve_zone, rules).run()
    policies, rejected_p = _Review(build, policies, (CONFIRM_POLICY, REJECT_POLICY, CORRECT_POLICY),
                                   resolve_zone).run()
    figures = _choices(build, changes, figures)

    # a note never creates a zone: one on a zone of other files waits quietly for them
    notes = _notes(build, changes, lambda name: folded.resolve(name) or name)
    zones = _zones(folded.zones, list(new_zones), notes, folded.mentions, figures, policies)
    shown = set(zones["zone_id"])
    for ch in changes:
        if ch.kind == NOTE and folded.resolve(ch.zone) is None and ch.zone not in shown:
            build.report(ch, "zone-not-loaded")
    return AnnotatedCorpus(
        articles=corpus.articles.copy(), zones=zones, mentions=folded.mentions,
        figures=figures, policies=policies, industries=folded.industries,
        texts=dict(corpus.texts), problems=list(corpus.problems), name=corpus.name,
        notes=notes, rejected_figures=rejected_f, rejected_policies=rejected_p,
        orphans=build.orphans, not_loaded=build.not_loaded, reanchored=build.reanchored)


def _choices(build: _Build, changes: list[Change], figures: pd.DataFrame) -> pd.DataFrame:
    """`chosen_by`: the id of the analyst's choice of this figure among
    sources that disagree (0: none); indicators.py shows the figure with the
    highest id of its group. A chosen figure that is gone is lost work."""
    picks = [ch for ch in changes if ch.kind == CHOOSE_FIGURE and ch.id not in build.lost]
    if not picks:
        return figures
    figures = figures.copy()
    chosen = [0] * len(figures)
    index = _SpanIndex(figures)
    for ch in picks:
        rows = index.rows_at(build.located[ch.id])
        if not rows:
            build.report(ch, "not-extracted")
        for idx in rows:
            chosen[figures.index.get_loc(idx)] = ch.id
    figures["chosen_by"] = pd.Series(chosen, index=figures.index, dtype="int64")
    return figures


def _notes(build: _Build, changes: list[Change], resolve_zone) -> pd.DataFrame:
    rows = []
    for ch in changes:
        if ch.kind != NOTE:
            continue
        a, where = ch.anchor, build.located.get(ch.id)
        if a is None:
            place = (None, pd.NA, pd.NA, None, "none")
        elif where is None:  # still shown on its zone; the UI says its passage is lost
            place = (a.source_file, pd.NA, pd.NA, a.raw, build.lost.get(ch.id, "text-changed"))
        else:
            place = (where.source_file, where.start, where.end, a.raw, where.how)
        rows.append((ch.id, resolve_zone(ch.zone), ch.zone, ch.fields.get("text", ""),
                     ch.created, ch.updated, *place))
    notes = pd.DataFrame(rows, columns=NOTE_COLUMNS) if rows else empty(NOTE_COLUMNS)
    for col in ("start", "end"):
        notes[col] = notes[col].astype("Int64")
    return notes


def _zones(zones: pd.DataFrame, new_names: list[str], notes: pd.DataFrame,
           mentions: pd.DataFrame, figures: pd.DataFrame, policies: pd.DataFrame) -> pd.DataFrame:
    zones = zones.copy()
    zones["manual"] = False
    known = set(zones["zone_id"])
    extra = [{"zone_id": n, "name": n, "kind": "", "aliases": "", "parent_id": "",
              "province": "", "city": "", "merged": "", "manual": True}
             for n in new_names if n not in known]
    if extra:
        zones = pd.concat([zones, pd.DataFrame(extra)], ignore_index=True)
    for col in zones.columns:
        if col not in ("manual",) and zones[col].dtype == object:
            zones[col] = zones[col].where(zones[col].notna(), "")
    by_zone = notes.groupby("zone_id")["text"].agg(list).to_dict() if not notes.empty else {}
    zones["notes"] = zones["zone_id"].map(lambda z: "\n\n".join(by_zone.get(z, [])))
    zones["n_notes"] = zones["zone_id"].map(lambda z: len(by_zone.get(z, []))).astype(int)

    arts: dict[str, set] = {}
    for frame in (mentions, figures, policies):
        if not frame.empty:
            for zid, aid in zip(frame["zone_id"], frame["article_id"]):
                if isinstance(aid, str) and aid:
                    arts.setdefault(zid, set()).add(aid)
    zones["n_articles"] = zones["zone_id"].map(lambda z: len(arts.get(z, ()))).astype(int)
    nf = figures["zone_id"].value_counts().to_dict() if not figures.empty else {}
    np_ = policies["zone_id"].value_counts().to_dict() if not policies.empty else {}
    zones["n_figures"] = zones["zone_id"].map(lambda z: int(nf.get(z, 0))).astype(int)
    zones["n_policies"] = zones["zone_id"].map(lambda z: int(np_.get(z, 0))).astype(int)
    zones["manual"] = zones["manual"].astype(bool)
    return zones.reset_index(drop=True)
