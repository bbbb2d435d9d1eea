"""What a load will do, decided before the pipeline (and pandas) is imported:
which files, under which cache key, and whether they are already cached.

The keyword helper (ingest/helper.py) takes seconds to load jieba. A load
that will extract in this process starts it from here, at once, instead of
after the half second the pipeline's imports take; for a handful of new
files that half second is on the way to the first profile."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .. import paths as app_paths
from ..problems import LoadProblem
from . import cache as corpus_cache

# below this much text, starting worker processes costs more than it saves
PARALLEL_MIN_CHARS = 4_000_000
PARALLEL_MIN_FILES = 8
BUNDLED_NAME = "内置示例"


@dataclass
class LoadPlan:
    found: list[tuple[Path, str]]  # (path, name in rows and messages)
    problems: list[LoadProblem]  # files that could not even be listed
    name: str  # the corpus's name
    key: str | None  # its cache key; None when the cache is not used


def plan_load(paths: list[Path] | None, use_cache: bool = True, assignments=None) -> LoadPlan:
    """The files of `paths` (None: the bundled seeds) and their cache key."""
    from ..corpus.reader import discover

    bundled = paths is None
    targets = [app_paths.seeds_dir()] if bundled else [Path(p) for p in paths]
    found, problems = discover(targets)
    if bundled:
        # a bundled seed is named by its file name, in rows and in messages alike
        found = [(path, Path(name).name) for path, name in found]
        for p in problems:
            p.message = p.message.replace(p.path, Path(p.path).name)
            p.path = Path(p.path).name
    name = BUNDLED_NAME if bundled else ", ".join(str(p) for p in targets)
    key = None
    if use_cache:
        from .version import extractor_version
        version = extractor_version()
        if assignments:
            version += "\0zones:" + assignments.key()
        key = corpus_cache.corpus_key(
            version, corpus_cache.file_keys(found, on_new=lambda: _start_workers(found)))
    return LoadPlan(found, problems, name, key)


def _start_workers(found: list[tuple[Path, str]]) -> None:
    """Files that were never hashed are most likely new to the cache: the
    workers a large load will extract with start while the rest are hashed."""
    n = worker_count(found, None)
    if n:
        from . import pool
        pool.start_early(n)


def worker_count(found: list[tuple[Path, str]], workers: int | None) -> int:
    """How many worker processes to extract with; 0 for this process alone.
    `workers` forces it; by default only a large corpus uses them."""
    from . import pool
    if workers is not None:
        return max(0, workers)
    if not pool.available():
        return 0
    size = 0
    for path, _name in found:
        try:
            size += os.path.getsize(path)
        except OSError:
            pass
    # bytes: about three per Chinese character
    if len(found) < PARALLEL_MIN_FILES or size < PARALLEL_MIN_CHARS * 3:
        return 0
    cores = pool.usable_cores()
    return cores if cores > 1 else 0


def start_helper_if_extracting(plan: LoadPlan) -> None:
    """Start the keyword helper now when this load (with the default number
    of workers) will extract in this process: nothing cached under its key
    and too few files for workers. A cached load starts nothing."""
    if plan.key is None or corpus_cache.has(plan.key) or worker_count(plan.found, None):
        return
    from . import helper
    helper.helper()
