"""Text normalised for matching, with a map back to the source offsets.

Extraction runs on the normalised text (half-width ASCII, no spaces inside
numbers, no zero-width characters); every span it finds is mapped back through
`offsets` so provenance always points into the file's decoded text.

The common case changes characters one for one (a translate table) and keeps
`offsets` as None, the identity; only when characters are dropped is an int32
array built (4 bytes a character, not a Python int each).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

_DROP = "\u200b\u200c\u200d\u2060\ufeff\r\u00ad"
_SPACES = " \t\u00a0\u3000\u2002\u2003\u2009\u202f"
_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII -> half-width
_TABLE.update({ord(c): " " for c in _SPACES if c != " "})
# what to drop after folding: zero-width marks, CR, and a run of spaces inside a
# number ("30 亿元", "1 200 家", "16.4 %") left by OCR
_DROP_RE = re.compile(f"[{_DROP}]|(?<=[0-9]) +(?=[0-9.%万亿千百])")


@dataclass
class NormText:
    """`text` is the normalised text; `offsets[i]` is the index in the source
    of `text[i]`, and `offsets[len(text)]` is the source length. `offsets`
    None means the identity (nothing was dropped)."""

    text: str
    offsets: object = field(default=None, repr=False)

    def pos(self, i: int) -> int:
        return i if self.offsets is None else int(self.offsets[i])

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering normalised `text[start:end]`."""
        if end <= start:
            p = self.pos(start)
            return p, p
        return self.pos(start), self.pos(end - 1) + 1

    def __len__(self) -> int:
        return len(self.text)


def identity(text: str) -> NormText:
    return NormText(text, None)


def normalize(source: str, base=None) -> NormText:
    """Normalise `source`. When `source` is itself derived text (HTML's visible
    text), `base` maps its indices to the original file and is composed in."""
    folded = source.translate(_TABLE)
    drops = [m.span() for m in _DROP_RE.finditer(folded)]
    offs = None
    text = folded
    if drops:
        keep = np.ones(len(folded) + 1, dtype=bool)
        parts = []
        prev = 0
        for s, e in drops:
            keep[s:e] = False
            parts.append(folded[prev:s])
            prev = e
        parts.append(folded[prev:])
        text = "".join(parts)
        offs = np.flatnonzero(keep).astype(np.int64)
    if base is not None:
        base_arr = np.asarray(base, dtype=np.int64)
        offs = base_arr if offs is None else base_arr[np.minimum(offs, len(base_arr) - 1)]
    return NormText(text, offs)
