"""The word check that rejoins broken sentences, without starting jieba.

`build_document` asks whether a few characters across a break form a word
(碳达峰碳 + 中和目标). The words are the ones jieba's tokenizer knows when the
app has just set it up: jieba's dictionary, `resources/userdict.txt` and every
gazetteer name. Loading jieba's tokenizer to ask that costs a second or more;
the same set read from a file in the cache folder takes a tenth of that, and
the first load builds that file from the same three sources.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import tempfile
from pathlib import Path
from typing import Callable

from .. import paths
from .version import _package_dir

# jieba's user dictionary line: word, then an optional count, then an optional tag
_USERDICT_LINE = re.compile(r"^(.+?)( [0-9]+)?( [a-z]+)?$", re.U)
_PREFIX = "words-"


def _jieba_dict() -> Path | None:
    root = _package_dir("jieba")
    path = root / "dict.txt" if root is not None else None
    return path if path is not None and path.is_file() else None


def _read_jieba_dict(path: Path, freq: dict[str, int]) -> None:
    with open(path, "rb") as fh:
        for line in fh:
            parts = line.strip().decode("utf-8").split(" ")
            if len(parts) >= 2:
                try:
                    freq[parts[0]] = int(parts[1])
                except ValueError:
                    continue


def _read_userdict(path: Path, freq: dict[str, int]) -> None:
    for raw in path.read_bytes().splitlines():
        line = raw.strip().decode("utf-8", "replace").lstrip("\ufeff")
        if not line:
            continue
        m = _USERDICT_LINE.match(line)
        word, count = m.group(1), m.group(2)
        # no count: jieba picks one high enough to keep the word whole (never 0)
        freq[word] = int(count) if count is not None else 1


def build_words(surfaces) -> frozenset[str]:
    """Every word with a positive count after jieba's dictionary, the user
    dictionary and the gazetteer names were loaded, in that order."""
    freq: dict[str, int] = {}
    jieba_dict = _jieba_dict()
    if jieba_dict is not None:
        _read_jieba_dict(jieba_dict, freq)
    userdict = paths.resource("userdict.txt")
    if userdict.is_file():
        _read_userdict(userdict, freq)
    for surface in surfaces:
        word = surface.strip()
        if len(word) >= 2:
            freq[word] = max(freq.get(word, 0), 1)
    return frozenset(w for w, n in freq.items() if n > 0)


def _key(surfaces: list[str]) -> str:
    digest = hashlib.sha256(b"words-2")
    jieba_dict = _jieba_dict()
    if jieba_dict is not None:
        info = jieba_dict.stat()
        digest.update(f"{jieba_dict}:{info.st_size}:{info.st_mtime_ns}".encode())
    userdict = paths.resource("userdict.txt")
    digest.update(userdict.read_bytes() if userdict.is_file() else b"")
    digest.update("\n".join(surfaces).encode())
    return digest.hexdigest()[:24]


def load_words(surfaces) -> frozenset[str]:
    """The word set, from the cache folder when it is there (and whole)."""
    surfaces = sorted(surfaces)
    folder = paths.cache_dir()
    path = folder / f"{_PREFIX}{_key(surfaces)}.marshal"
    try:
        words = marshal.loads(path.read_bytes())
        if isinstance(words, frozenset) and words:
            return words
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing or damaged: built again below
    words = build_words(surfaces)
    _write(folder, path, marshal.dumps(words))
    return words


def _write(folder: Path, path: Path, data: bytes) -> None:
    try:
        for old in folder.glob(_PREFIX + "*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".words-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder only costs the next start a little time


def word_check(gazetteer) -> Callable[[str], bool]:
    words = load_words(gazetteer.surfaces())
    return words.__contains__
