"""Text normalised for matching, with a map back to the source offsets.

Extraction runs on the normalised text (half-width ASCII, no spaces inside
numbers, no zero-width characters); every span it finds is mapped back through
`offsets` so provenance always points into the file's decoded text.

The common case changes characters one for one (a translate table) and keeps
`offsets` as None, the identity; only when characters are dropped is an int32
array built (4 bytes a character, not a Python int each).

Traditional script is read as simplified (蘇州工業園區 as 苏州工业园区), so
zones, labels, periods and policies match whichever script an article uses.
OpenCC's t2s converts one character to one character, so the text stays
aligned and spans still point at the traditional characters in the file. A
frozen table of traditional-only characters decides whether a text needs it:
simplified text never loads OpenCC.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .traditional_chars import TRADITIONAL

_DROP = "\u200b\u200c\u200d\u2060\ufeff\r\u00ad"
_SPACES = " \t\u00a0\u3000\u2002\u2003\u2009\u202f"
_TABLE = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}  # full-width ASCII -> half-width
_TABLE.update({ord(c): " " for c in _SPACES if c != " "})
# what to drop after folding: zero-width marks, CR, and a run of spaces inside a
# number ("30 亿元", "1 200 家", "16.4 %") left by OCR
# a pinyin gloss a web page leaves after a character ("產(chǎn)業(yè)增加值") cuts
# the word in two; it is dropped like a zero-width mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN = rf"\((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[aeiouv{_TONED}]{{1,3}}(?:ng|n|r)?\)"
_DROP_RE = re.compile(f"[{_DROP}]|(?<=[0-9]) +(?=[0-9.%万亿千百])(?![0-9]{{1,2}}[:：][0-9])|(?<=[\u4e00-\u9fff]){_PINYIN}")


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


# ideographs: the unified blocks, compatibility ideographs (t2s folds them
# to the unified ones too) and the supplementary planes
_HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")
_trad_re: re.Pattern | None = None  # compiled on the first non-ASCII text (a few ms)


def has_traditional(text: str) -> bool:
    global _trad_re
    if text.isascii():
        return False
    if _trad_re is None:
        _trad_re = re.compile(f"[{TRADITIONAL}]")
    return _trad_re.search(text) is not None


@lru_cache(maxsize=1)
def _converter():
    """OpenCC t2s, or None when it cannot be loaded (the text is then read as
    printed: a traditional name is missed, nothing else breaks)."""
    try:
        import opencc
        try:  # without the dictionaries that may output characters fonts lack (newer OpenCC only)
            return opencc.OpenCC("t2s", include_tofu_risk_dictionaries=False)
        except TypeError:
            return opencc.OpenCC("t2s")
    except Exception:  # noqa: BLE001 — ImportError, or data files missing from a bundle
        return None


def to_simplified(text: str) -> str:
    """`text` with traditional characters made simplified, position for
    position (the result has the same length); `text` itself when it has none."""
    if not has_traditional(text):
        return text
    converter = _converter()
    if converter is None:
        return text
    runs = list(_HAN_RUN.finditer(text))
    # one call for the whole text; a newline between runs keeps phrases inside a run
    converted = converter.convert("\n".join(m.group() for m in runs)).split("\n")
    if len(converted) != len(runs):
        converted = [None] * len(runs)
    parts = []
    prev = 0
    for m, new in zip(runs, converted):
        old = m.group()
        parts.append(text[prev:m.start()])
        parts.append(_aligned(converter, old, new))
        prev = m.end()
    parts.append(text[prev:])
    return "".join(parts)


def _aligned(converter, old: str, new: str | None) -> str:
    """`new` if it is `old` converted position for position; otherwise `old`
    converted character by character. A character whose simplified form lies
    outside the BMP (where `old` had a BMP one) stays as printed: most fonts
    cannot show it."""
    if new is None or len(new) != len(old):
        new = "".join(c if len(c) == 1 else o for o, c in zip(old, map(converter.convert, old)))
    if new == old or max(new) < "\U00010000":
        return new
    return "".join(o if c >= "\U00010000" > o else c for o, c in zip(old, new))


def identity(text: str) -> NormText:
    return NormText(text, None)


def normalize(source: str, base=None) -> NormText:
    """Normalise `source`. When `source` is itself derived text (HTML's visible
    text), `base` maps its indices to the original file and is composed in."""
    folded = to_simplified(source.translate(_TABLE))
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
