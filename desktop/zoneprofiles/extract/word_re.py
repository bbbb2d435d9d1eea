"""One regular expression for many literal words, built as a trie.

`re.compile("|".join(words_longest_first))` finds, at each position, the
longest word that starts there; but Python's engine tries the alternatives
one after the other at every position of the text, so a gazetteer of 1,700
names made zone finding the slowest step of a load. The same words written as
a trie (高新区|高新技术… → 高新(?:区|技术…)) let the engine follow one branch
per character and give the same matches: at each position the longest word,
non-overlapping from left to right.
"""
from __future__ import annotations

import re
from typing import Callable, Iterable

_END = ""  # a word ends at this node


def _trie(words: Iterable[str]) -> dict:
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = True
    return root


def _pattern(node: dict, bounded: Callable[[str], bool], last: str) -> str:
    branches = []
    for ch in sorted(k for k in node if k != _END):
        branches.append(re.escape(ch) + _pattern(node[ch], bounded, ch))
    ends = _END in node
    end = r"(?![A-Za-z0-9])" if ends and last and bounded(last) else ""
    if not branches:
        return end
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if not ends:
        return body
    # the longer words first; the word that ends here when none of them goes on
    if end:
        return f"(?:{body}|{end})"
    return f"(?:{body})?"


def word_pattern(words: Iterable[str], ascii_bounded: bool = False) -> str:
    """The regex source matching any of `words`, longest first at each position.
    With `ascii_bounded`, a word that begins (ends) with an ASCII letter or digit
    does not match inside a longer ASCII word ("AI" not in "MAIL")."""
    words = [w for w in set(words) if w]
    if not words:
        return r"(?!)"
    def bounded(ch: str) -> bool:
        return ascii_bounded and ch.isascii() and ch.isalnum()
    root = _trie(words)
    branches = []
    for ch in sorted(root):
        head = re.escape(ch)
        if bounded(ch):
            # asserted after the first character, not before it: a pattern whose
            # branches all begin with a literal lets the engine skip to the
            # positions where one of them can start
            head += r"(?<![A-Za-z0-9]" + re.escape(ch) + ")"
        branches.append(head + _pattern(root[ch], bounded, ch))
    return "(?:" + "|".join(branches) + ")"


def word_regex(words: Iterable[str], ascii_bounded: bool = False) -> re.Pattern:
    return re.compile(word_pattern(words, ascii_bounded))
