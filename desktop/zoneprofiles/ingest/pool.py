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

import multiprocessing
import os
import sys
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
