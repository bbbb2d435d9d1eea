"""Text normalised for matching, with a map back to the source offsets.

Extraction runs on the normalised text (half-width ASCII, no spaces inside
numbers, no zero-width characters); every span it finds is mapped back through
`offsets` so provenance always points into the file's decoded text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\r", "\u00ad"}
_SPACES = {" ", "\t", "\u00a0", "\u3000", "\u2002", "\u2003", "\u2009", "\u202f"}
# characters that may follow a number in a quantity: a space between the digit
# and one of these is an OCR artefact ("30 亿元", "1 200 家", "16.4 %")
_NUMBER_TAIL = set("0123456789.%万亿千百")


def _fold(ch: str) -> str:
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:  # full-width ASCII -> half-width, one char for one
        return chr(code - 0xFEE0)
    if ch in _SPACES:
        return " "
    return ch


@dataclass
class NormText:
    """`text` is the normalised text; `offsets[i]` is the index in the source
    of `text[i]`, and `offsets[len(text)]` is the source length."""

    text: str
    offsets: list[int] = field(repr=False)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Source span covering normalised `text[start:end]`."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def __len__(self) -> int:
        return len(self.text)


def identity(text: str) -> NormText:
    return NormText(text, list(range(len(text) + 1)))


def normalize(source: str, base: list[int] | None = None) -> NormText:
    """Normalise `source`. When `source` is itself derived text (HTML's visible
    text), `base` maps its indices to the original file and is composed in."""
    out: list[str] = []
    offs: list[int] = []
    n = len(source)
    i = 0
    while i < n:
        ch = source[i]
        if ch in _DROP:
            i += 1
            continue
        folded = _fold(ch)
        if folded == " " and out and out[-1].isdigit():
            j = i
            while j < n and _fold(source[j]) == " ":
                j += 1
            if j < n and _fold(source[j]) in _NUMBER_TAIL:
                i = j  # drop the run of spaces inside a number
                continue
        out.append(folded)
        offs.append(i)
        i += 1
    offs.append(n)
    if base is not None:
        offs = [base[o] if o < len(base) else base[-1] for o in offs]
    return NormText("".join(out), offs)
