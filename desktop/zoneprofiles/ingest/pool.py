"""The worker processes that extraction is spread over.

Processes, not threads: extraction is pure Python and holds the GIL. They
are started with `spawn` (the same on Linux, macOS and Windows, and safe
beside Qt's threads, which `fork` is not), so every worker imports what it
needs itself and nothing here may run at import time in a worker.

A frozen bundle can start workers only if its entry point called
`multiprocessing.freeze_support()` and then set `FROZEN_WORKERS = True`;
until then a frozen app extracts in its own process.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
import sys
import threading
import uuid
from concurrent.futures import ProcessPoolExecutor

FROZEN_WORKERS = False
# ZONEPROFILES_WORKERS=0 turns the workers off (debugging, profiling)
_ENV = "ZONEPROFILES_WORKERS"


def available() -> bool:
    if os.environ.get(_ENV, "").strip() == "0":
        return False
    if getattr(sys, "frozen", False) and not FROZEN_WORKERS:
        return False
    return True


def configured_workers(default: int) -> int:
    value = os.environ.get(_ENV, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return default


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def executor(workers: int) -> ProcessPoolExecutor:
    from .helper import init_worker
    # the workers read the same cache and data folders as this process
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=init_worker, initargs=(dict(os.environ),))


# --- workers started before they are asked for ------------------------------------------
# A new archive's files are hashed for the cache key before extraction can
# start (a second for 10,000 files); the workers' start (a fresh interpreter,
# the extractor's imports, the gazetteer) takes as long and needs none of it.

_early: tuple[int, str, ProcessPoolExecutor] | None = None
_early_lock = threading.Lock()


def _boot(load_id: str) -> bool:
    from .work import warm_up  # in the worker: the parent need not import the extractor
    return warm_up(load_id)


def start_early(workers: int) -> None:
    """Start `workers` workers now, set up for one load, for the next
    `take_early` to use; one set at a time."""
    global _early
    workers = configured_workers(workers)
    with _early_lock:
        if _early is not None:
            return
        load_id = uuid.uuid4().hex
        try:
            ex = executor(workers)
            for _ in range(workers):  # each submit starts one more process
                ex.submit(_boot, load_id)
        except (OSError, RuntimeError):
            return  # no processes to be had now: the load starts its own or runs here
        _early = (workers, load_id, ex)


def take_early(workers: int) -> tuple[ProcessPoolExecutor, str] | None:
    """The workers `start_early` started, with their load id, if there are
    that many; the caller shuts them down. None when there are none."""
    global _early
    with _early_lock:
        early, _early = _early, None
    if early is None:
        return None
    n, load_id, ex = early
    if n != workers:
        ex.shutdown(wait=False, cancel_futures=True)
        return None
    return ex, load_id


def drop_early() -> None:
    """End workers started early that no load took (the corpus was cached
    after all, or the load ran in this process)."""
    global _early
    with _early_lock:
        early, _early = _early, None
    if early is not None:
        early[2].shutdown(wait=False, cancel_futures=True)


atexit.register(drop_early)
