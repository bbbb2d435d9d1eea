"""jieba's two large tables, read from the app's cache instead of parsed.

Every process that ranks keywords (each load's workers, the keyword helper)
needed jieba's word tags (dict.txt, read by jieba.posseg when it is
imported: 0.7 s) and its IDF table (idf.txt, read by jieba.analyse when it
is imported: 0.6 s), parsed line by line each time. Here each table is
parsed once per machine and kept as marshal bytes in the cache folder
beside jieba's own prefix-dictionary cache; a load of it takes a few
hundredths of a second. A copy whose source file has another size or time
is read again from the source.
"""
from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path

from .. import paths

TAGS_FILE = "jieba-tags.marshal"
IDF_FILE = "jieba-idf.marshal"


def _stamp(source: str) -> tuple | None:
    try:
        info = os.stat(source)
    except OSError:
        return None
    return (os.path.abspath(source), info.st_size, info.st_mtime_ns)


def _cache_path(name: str) -> Path | None:
    try:
        return paths.cache_dir() / name
    except OSError:
        return None


def cached(name: str, source: str):
    """The table kept under `name` for `source` as it is now, or None."""
    stamp, path = _stamp(source), _cache_path(name)
    if stamp is None or path is None:
        return None
    try:
        kept_stamp, table = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return table if tuple(kept_stamp) == stamp else None


def keep(name: str, source: str, table) -> None:
    """Write `table` as the copy of `source`; a read-only cache keeps nothing."""
    stamp, path = _stamp(source), _cache_path(name)
    if stamp is None or path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps((stamp, table)))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass


def idf_source() -> str:
    """jieba's IDF table, found without importing jieba.analyse (whose import
    is what parses it)."""
    import jieba
    return os.path.join(os.path.dirname(jieba.__file__), "analyse", "idf.txt")


def idf_table() -> tuple[dict[str, float], float]:
    """(word -> IDF, the median IDF) as jieba.analyse's IDFLoader reads them."""
    source = idf_source()
    table = cached(IDF_FILE, source)
    if table is None:
        with open(source, "rb") as fh:
            content = fh.read().decode("utf-8")
        freq: dict[str, float] = {}
        for line in content.splitlines():
            word, value = line.strip().split(" ")
            freq[word] = float(value)
        median = sorted(freq.values())[len(freq) // 2]
        table = (freq, median)
        keep(IDF_FILE, source, table)
    freq, median = table
    return freq, median
