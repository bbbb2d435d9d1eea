"""The one place that sets jieba up.

jieba is slow to import and builds a prefix dictionary on first use, which it
caches in the system temp folder unless told otherwise; on a shared or locked
down laptop that folder may be cleaned or unwritable, so the cache lives in
the app's own cache folder. Everything here is lazy: importing this module
costs nothing, the first `tokenizer()` call pays for the set-up, once per
process, from whichever thread asks first.

Words known at set-up: jieba's own dictionary, `resources/userdict.txt`
(zone-kind and industry terms), and every name and alias in the gazetteer,
so "广州开发区" or "中新广州知识城" stays one token.
"""
from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING, Iterable

from .. import paths

if TYPE_CHECKING:  # pragma: no cover
    import jieba
    import jieba.posseg

CACHE_FILE = "jieba.cache"
ZONE_TAG = "nt"

_lock = threading.RLock()
_tokenizer = None
_pos_tokenizer = None
_added: set[str] = set()
# jieba cuts text into blocks at any character outside this class before it
# looks words up, so a name like "西部(重庆)科学城" can never be one jieba
# token; cut() glues such names back together afterwards.
_JIEBA_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&._%\-]+")
_glued: dict[str, set[str]] = {}  # first character -> names to glue
_MAX_GLUE = 9


def _setup():
    import jieba  # deferred: the import alone takes a noticeable moment

    jieba.setLogLevel(logging.WARNING)
    dt = jieba.dt
    # must be set before initialize(): that is when the cache is read or written
    dt.tmp_dir = str(paths.cache_dir())
    dt.cache_file = CACHE_FILE
    if not _load_cached_prefix_dict(dt):
        dt.initialize()  # builds the prefix dictionary and writes the cache
    userdict = paths.resource("userdict.txt")
    if userdict.is_file():
        dt.load_userdict(str(userdict))
    from .gazetteer import default_gazetteer

    gazetteer, _ = default_gazetteer()
    for surface in gazetteer.surfaces():
        _add(dt, surface, ZONE_TAG)
    return dt


def _load_cached_prefix_dict(dt) -> bool:
    """Read the prefix dictionary jieba cached in the app's folder, as
    jieba's initialize() would for its default dictionary, but from the
    file's bytes: jieba's `marshal.load(file)` reads the 9 MB cache object by
    object through the file (0.9 s here), `marshal.loads` of the same bytes
    takes 0.3 s. That is most of a first keyword ranking's wait. False when
    there is no usable cache (the first run: initialize() makes it)."""
    import marshal
    import os

    from jieba import DEFAULT_DICT

    if dt.dictionary != DEFAULT_DICT:  # another dictionary has its own cache rules
        return False
    try:
        with open(os.path.join(dt.tmp_dir, dt.cache_file), "rb") as fh:
            freq, total = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if not isinstance(freq, dict) or not freq or not total:
        return False
    with dt.lock:
        dt.FREQ, dt.total = freq, total
        dt.initialized = True
    return True


def _add(dt, word: str, tag: str | None) -> None:
    word = word.strip()
    if len(word) < 2 or word in _added:
        return
    # no frequency given: jieba picks one just high enough to keep the word whole
    dt.add_word(word, None, tag)
    _added.add(word)
    if not _JIEBA_BLOCK.fullmatch(word):
        _glued.setdefault(word[0], set()).add(word)


def tokenizer() -> "jieba.Tokenizer":
    """jieba's default tokenizer, set up for this app (so jieba.analyse and
    jieba.posseg, which use it, see the same words)."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _setup()
    return _tokenizer


def pos_tokenizer() -> "jieba.posseg.POSTokenizer":
    """The part-of-speech tokenizer over `tokenizer()`. One shared instance:
    jieba hands the tags of added words to the first POS tokenizer that asks
    for them, so a second instance would not know them."""
    global _pos_tokenizer
    if _pos_tokenizer is None:
        dt = tokenizer()
        with _lock:
            if _pos_tokenizer is None:
                posseg = _import_posseg(dt)
                _pos_tokenizer = posseg.dt
                if _pos_tokenizer.tokenizer is not dt:
                    _pos_tokenizer = posseg.POSTokenizer(dt)
    return _pos_tokenizer


def _import_posseg(dt):
    """jieba.posseg, with the word tags of the POS tokenizer its import builds
    over `dt` from the app's cache (extract/jieba_tables.py) when they are
    there: for that import only, `dt` hands it an empty dictionary file
    instead of the one it would read line by line."""
    import io
    import os
    import sys

    import jieba

    from . import jieba_tables

    if "jieba.posseg" in sys.modules or dt is not jieba.dt or dt.dictionary != jieba.DEFAULT_DICT:
        import jieba.posseg
        return jieba.posseg
    source = os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)
    tags = jieba_tables.cached(jieba_tables.TAGS_FILE, source)
    if not isinstance(tags, dict) or not tags:
        import jieba.posseg
        jieba_tables.keep(jieba_tables.TAGS_FILE, source, jieba.posseg.dt.word_tag_tab)
        return jieba.posseg
    dt.get_dict_file = lambda: io.BytesIO(b"")
    try:
        import jieba.posseg
    finally:
        del dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = tags
    return jieba.posseg


def cut(text: str) -> list[str]:
    words = tokenizer().lcut(text)
    return _glue(words) if _glued else words


def _glue(words: list[str]) -> list[str]:
    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        names = _glued.get(words[i][:1])
        if names:
            joined = words[i]
            for j in range(i + 1, min(n, i + _MAX_GLUE)):
                joined += words[j]
                if joined in names:
                    out.append(joined)
                    i = j + 1
                    break
            else:
                out.append(words[i])
                i += 1
            continue
        out.append(words[i])
        i += 1
    return out


def add_words(words: Iterable[str], tag: str | None = None) -> None:
    """Make each word one token from now on; words already added are skipped."""
    dt = tokenizer()
    with _lock:
        for word in words:
            _add(dt, word, tag)
