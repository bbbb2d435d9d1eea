"""Industries and keywords, and the one helper process that ranks them for
small loads.

Ranking keywords needs jieba's tokenizer and IDF table: seconds of loading
before the first word is cut. For a handful of files that is most of the
load, so a helper process starts loading them the moment a load begins,
while this process reads and extracts; by the time the zones' sentences are
ready, the helper is too. It stays up for the next load (re-started when the
cache or data folder or the extractor changes) and imports nothing it does
not need (no pandas), so it is ready sooner.
"""
from __future__ import annotations

import atexit
import os
import threading

_ENV_KEYS = ("ZONEPROFILES_CACHE_DIR", "ZONEPROFILES_DATA_DIR", "HOME", "XDG_CACHE_HOME",
             "XDG_DATA_HOME", "APPDATA", "LOCALAPPDATA")


def init_worker(environ: dict) -> None:
    """Every worker reads the same cache and data folders as the process that
    started it, and ends when that process is gone."""
    for key in _ENV_KEYS:
        if key in environ:
            os.environ[key] = environ[key]
        else:
            os.environ.pop(key, None)
    parent = os.getppid()
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True,
                     name="zoneprofiles-parent-watch").start()


def _watch_parent(parent: int, every_s: float = 2.0) -> None:
    # a worker waits for work on a pipe it also holds the other end of, so a
    # parent that crashed (or was killed) would leave it waiting for ever
    import time
    while True:
        time.sleep(every_s)
        if os.getppid() != parent:
            os._exit(0)


def industry_rows(items: list[tuple[str, list[str]]]) -> list[tuple]:
    """(zone, term, kind, weight) rows for each (zone, sentences) item."""
    try:
        from ..extract.industries import zone_industries, zone_keywords
    except ImportError:
        return []
    rows = []
    for zone, texts in items:
        rows += [(zone, t, "industry", float(w)) for t, w in zone_industries(texts)]
        rows += [(zone, t, "keyword", float(w)) for t, w in zone_keywords(texts)]
    return rows


def warm_up() -> bool:
    """Load the tokenizer, IDF table and industry terms (what the first
    keyword ranking would otherwise wait for)."""
    import gc

    from ..extract import industries, segment
    industries.zone_keywords(["高新区"])  # sets up the tokenizer, terms and extractor
    gc.freeze()  # jieba's dictionary and IDF table stay: cycle collections skip them
    return segment.tokenizer() is not None


# --- the helper of this process ------------------------------------------------------

_lock = threading.Lock()
_helper: tuple[tuple, object] | None = None


def _key() -> tuple:
    from .. import paths
    from .version import extractor_version
    return (str(paths.cache_dir()), str(paths.data_dir()), extractor_version())


def helper():
    """The running helper for the current folders and extractor (started and
    warming up if needed), or None when worker processes are off."""
    global _helper
    from . import pool
    if not pool.available() or pool.usable_cores() < 2:
        return None
    key = _key()
    with _lock:
        if _helper is not None and _helper[0] == key:
            return _helper[1]
        if _helper is not None:
            _helper[1].shutdown(wait=False, cancel_futures=True)
        executor = pool.executor(1)
        executor.submit(warm_up)
        _helper = (key, executor)
        return executor


def forget(wait: bool = False) -> None:
    """Drop the helper (it failed, or the caller wants the memory back)."""
    global _helper
    with _lock:
        if _helper is not None:
            _helper[1].shutdown(wait=wait, cancel_futures=True)
        _helper = None


# ended while the interpreter is whole, not by the garbage collector at its teardown
atexit.register(forget, True)
