"""Where in an article the analyst's work points, and how to find it again.

Extracted rows are numbered by position, and the numbers change whenever the
extractor or the corpus changes, so nothing the analyst does is keyed to
them. An `Anchor` names the article text instead: the hash of the file's
decoded text, the character span, and the quoted text itself. The hash finds
the file even after it was renamed or moved; the quote finds the span again
after the file was edited.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath, PureWindowsPath

import pandas as pd

_SENTENCE_END = "。！？!?"
_MAX_SENTENCE = 400  # a sentence cut from text with no punctuation stays readable


@lru_cache(maxsize=64)  # the same texts are hashed on every apply
def text_hash(text: str) -> str:
    """sha256 (hex) of the UTF-8 text: the `content_hash` every anchor uses."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Anchor:
    """A span of an article's text: `content_hash` of the whole file text,
    character offsets `start`/`end` into it, `raw` = the quoted text
    (`text[start:end]`), and optionally the `source_file` it was read from,
    which lets an edited file be searched by name."""

    content_hash: str
    start: int
    end: int
    raw: str
    source_file: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            raise ValueError("an anchor needs the content_hash of its article text")
        if not isinstance(self.start, int) or not isinstance(self.end, int):
            raise ValueError("an anchor's start and end are character offsets (int)")
        if self.start < 0 or self.end <= self.start:
            raise ValueError(f"an anchor's span must be non-empty, got {self.start}..{self.end}")
        if not self.raw:
            raise ValueError("an anchor needs the quoted text, to find it again after an edit")


# A figure or policy is named by the text it was read from.
FigureKey = Anchor
PolicyKey = Anchor


def key_for(corpus, row) -> Anchor:
    """The key of one figures/policies row (a Series or namedtuple with
    source_file, start, end), for confirm/reject/correct."""
    get = row.get if isinstance(row, (pd.Series, dict)) else lambda k, d=None: getattr(row, k, d)
    source_file = str(get("source_file"))
    text = corpus.texts[source_file]
    start, end = int(get("start")), int(get("end"))
    return Anchor(text_hash(text), start, end, text[start:end], source_file)


def anchor_at(text: str, source_file: str, start: int, end: int) -> Anchor:
    """The anchor of a selection the analyst made in a source view."""
    return Anchor(text_hash(text), int(start), int(end), text[start:end], source_file)


def base_name(source_file: str) -> str:
    """The file's own name, whichever separator its path was written with."""
    name = PureWindowsPath(source_file).name if "\\" in source_file else PurePosixPath(source_file).name
    return name or source_file


@dataclass(frozen=True)
class Located:
    """Where an anchor is in the corpus now. `how`: 'exact' (same file text),
    'moved' (same text under another name), 'reanchored' (the file was edited
    and the quote was found again)."""

    source_file: str
    start: int
    end: int
    how: str


class Locator:
    """Finds anchors in one corpus's texts."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self._by_hash: dict[str, list[str]] = {}
        self._by_name: dict[str, list[str]] = {}
        for name in sorted(texts):
            self._by_hash.setdefault(text_hash(texts[name]), []).append(name)
            self._by_name.setdefault(base_name(name), []).append(name)

    def has_file_named(self, source_file: str) -> bool:
        return source_file in self.texts or base_name(source_file) in self._by_name

    def locate(self, anchor: Anchor) -> Located | None:
        """Where `anchor` is now, or None when its text is gone."""
        same = self._by_hash.get(anchor.content_hash)
        if same:
            name = anchor.source_file if anchor.source_file in same else same[0]
            how = "exact" if name == anchor.source_file or not anchor.source_file else "moved"
            return Located(name, anchor.start, anchor.end, how)
        if not anchor.source_file:
            return None
        # the file changed: the quote nearest its old place, in the file of
        # that path, else in files of the same name (a moved and edited file)
        candidates = [anchor.source_file] if anchor.source_file in self.texts else \
            self._by_name.get(base_name(anchor.source_file), [])
        best: tuple[int, str, int] | None = None
        for name in candidates:
            pos = nearest(self.texts[name], anchor.raw, anchor.start)
            if pos is not None and (best is None or abs(pos - anchor.start) < best[0]):
                best = (abs(pos - anchor.start), name, pos)
        if best is None:
            return None
        _, name, pos = best
        return Located(name, pos, pos + len(anchor.raw), "reanchored")


def nearest(text: str, quote: str, near: int) -> int | None:
    """Start of the occurrence of `quote` in `text` closest to `near`."""
    best = None
    pos = text.find(quote)
    while pos != -1:
        if best is None or abs(pos - near) < abs(best - near):
            best = pos
        elif pos > near:
            break  # occurrences only move further away from here on
        pos = text.find(quote, pos + 1)
    return best


def sentence_around(text: str, start: int, end: int, lo: int = 0, hi: int | None = None
                    ) -> tuple[str, int, int]:
    """The sentence holding text[start:end] (within [lo, hi), e.g. its
    article), as (sentence, sentence_start, sentence_end)."""
    hi = len(text) if hi is None else hi
    s = start
    floor = max(lo, start - _MAX_SENTENCE)
    while s > floor and text[s - 1] not in _SENTENCE_END and text[s - 1] != "\n":
        s -= 1
    e = end
    ceiling = min(hi, end + _MAX_SENTENCE)
    while e < ceiling and text[e] != "\n":
        e += 1
        if text[e - 1] in _SENTENCE_END:
            break
    while s < start and text[s].isspace():
        s += 1
    return text[s:e], s, e
