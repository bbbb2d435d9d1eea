"""Map between the model's offsets and positions in a QTextDocument.

The model counts Python characters (code points). A QTextDocument counts
UTF-16 units, so a character outside the BMP (𠮷, emoji) takes two positions,
and `setPlainText` folds every "\r\n" into one block break. Highlighting by
the model's numbers without this map drifts after the first such character.
"""
from __future__ import annotations

from bisect import bisect_left


class OffsetMap:
    def __init__(self, text: str) -> None:
        self._len = len(text)
        # indices of characters that take two UTF-16 units
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # indices of the "\n" of each "\r\n" pair: that pair shows as one position
        self._folded = [i + 1 for i in _find_all(text, "\r\n")]

    @property
    def trivial(self) -> bool:
        return not self._wide and not self._folded

    def to_doc(self, index: int) -> int:
        """Document position of the boundary before `text[index]`."""
        index = max(0, min(index, self._len))
        if self.trivial:
            return index
        return index + bisect_left(self._wide, index) - bisect_left(self._folded, index)

    def to_text(self, position: int) -> int:
        """Text index of the character at a document position: the last index
        mapping there or before, so the middle of 𠮷 is 𠮷 and the position after
        a folded "\r\n" is the next character, not the hidden "\n"."""
        if self.trivial:
            return max(0, min(position, self._len))
        lo, hi = 0, self._len + 1
        while lo < hi:  # first index mapping after `position`; to_doc never decreases
            mid = (lo + hi) // 2
            if self.to_doc(mid) <= position:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)


def _find_all(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i != -1:
        found.append(i)
        i = text.find(needle, i + len(needle))
    return found
