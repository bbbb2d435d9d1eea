"""What phase a load is in, with honest counts.

The pipeline reports one running count over its passes: reading every file,
then extracting every file (and, spread over processes, ranking keywords as a
third pass), `done` out of `passes × files`. The window says which pass it is
and counts files within it: "reading 120 / 1,000 files", then "extracting
3 / 1,000 files", then "ranking keywords" — instead of "1,120 / 2,000 files".
No Qt here; the message passed on is "phase<TAB>file".
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

CACHE, READ, EXTRACT, RANK = "cache", "read", "extract", "rank"
Progress = Callable[[int, int, str], None]


def count_files(paths: list[Path] | None) -> int:
    """How many files the pipeline will read for `paths` (None: the seeds)."""
    from zoneprofiles import paths as app_paths
    from zoneprofiles.corpus.reader import discover
    targets = [app_paths.seeds_dir()] if paths is None else list(paths)
    try:
        return len(discover(targets)[0])
    except Exception:  # noqa: BLE001 - counting is a nicety; the load says what is wrong
        return 0


def phase_of(done: int, total: int, message: str, files: int) -> tuple[str, int, int, str]:
    """(phase, done, total, file) for a raw report of the pipeline."""
    if total == 1 and done == 1 and not message:
        return CACHE, 1, 1, ""
    if files <= 0 or total < files:
        return READ, done, total, message
    if done <= files and total in (2 * files, 3 * files):
        return READ, done, files, message
    if done <= 2 * files:
        return EXTRACT, done - files, files, message
    return RANK, done - 2 * files, files, ""


def phased(progress: Progress, files: int) -> Progress:
    """A pipeline progress callback that passes on phases to `progress`;
    after the last file is extracted it says the keywords are being ranked
    (the serial pipeline ranks them without reporting)."""
    def report(done: int, total: int, message: str = "") -> None:
        phase, d, t, name = phase_of(done, total, message, files)
        progress(d, t, f"{phase}\t{name}")
        if phase == EXTRACT and d == t and total == 2 * files:
            progress(0, 0, f"{RANK}\t")
    return report


def split(message: str) -> tuple[str, str]:
    """("phase", "file") from a phased message; plain messages are reading."""
    phase, sep, name = message.partition("\t")
    return (phase, name) if sep else (READ, message)
