"""The one helper that runs work off the UI thread.

`Job(work)` runs `work(progress, cancelled)` on a pool thread, where
`progress(done, total, message)` and `cancelled()` are plain callables: the
work is core code and knows nothing of Qt or widgets. What it returns (or
raises) comes back on the UI thread as a signal. A cancelled job reports
`cancelled` whatever the work did after the request, so a late result never
replaces the data on screen.
"""
from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class JobCancelled(Exception):
    """Raised by work that notices `cancelled()` and stops early."""


class _Relay(QObject):
    """Lives on the UI thread; the pool thread emits through it, so every
    connection to it is queued back to the UI thread."""

    progress = Signal(int, int, str)
    done = Signal(object, object)  # result, (message, details) or None


class _Runnable(QRunnable):
    def __init__(self, job: "Job") -> None:
        super().__init__()
        self.setAutoDelete(False)  # the Job owns it; Python keeps it alive
        self._job = job

    def run(self) -> None:
        job = self._job
        try:
            result = job._work(job._report_progress, job.is_cancelled)
            outcome = None
        except BaseException as exc:  # noqa: BLE001 - reported, never lost
            result = None
            outcome = (str(exc) or type(exc).__name__, traceback.format_exc())
        try:
            job._relay.done.emit(result, outcome)
        except RuntimeError:  # the window went away meanwhile: nobody is listening
            pass
        finally:
            job._ended.set()  # after the emit, so a waiting window outlives it


class Job(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # message for the user, traceback for details
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self._started = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.done.connect(self._on_done)
        self._runnable = _Runnable(self)

    def start(self, pool: QThreadPool | None = None) -> "Job":
        self._started = True
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._started and not self._ended.is_set()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the work returned (not until its signals arrived)."""
        if not self._started:
            return True
        return self._ended.wait(None if timeout_ms < 0 else timeout_ms / 1000)

    def _report_progress(self, done: int, total: int, message: str = "") -> None:
        try:
            self._relay.progress.emit(int(done), int(total), str(message))
        except RuntimeError:  # the window went away meanwhile
            pass

    @Slot(object, object)
    def _on_done(self, result: Any, outcome: tuple[str, str] | None) -> None:
        if self.is_cancelled():
            self.cancelled.emit()
        elif outcome is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(*outcome)
        self.finished.emit()


def run_job(work: Work, parent: QObject | None = None) -> Job:
    return Job(work, parent).start()


UNNAMED_PATH = "assignments"  # LoadProblem.path of the files that name no zone


def unnamed_message() -> str:
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate(
        "Loader", "Its articles speak of a zone without naming it: assign one with "
                  "File ▸ Assign a Zone to Files…")


def corpus_work(paths: list[str] | None) -> Work:
    """The background job that reads the corpus, with the zones the analyst
    assigned to files and folders (assignments_file.py). A damaged
    assignments file is a warning in the import report; the files still
    load. Files whose articles speak of an unnamed zone are listed there too.
    The pipeline (pandas, jieba) is imported here, on the worker thread."""
    def work(progress, cancelled):
        from zoneprofiles.ingest.plan import plan_load, start_helper_if_extracting
        from zoneprofiles.problems import LoadProblem
        from zoneprofiles.assignments_file import load_assignments, unnamed_zone_files

        from .load_phases import count_files, phased
        targets = [Path(p) for p in paths] if paths else None
        assignments, problem = load_assignments()
        # before the pipeline's imports (pandas): new files start jieba's
        # loading in the keyword helper half a second sooner
        plan = plan_load(targets, assignments=assignments or None)
        start_helper_if_extracting(plan)
        from zoneprofiles.pipeline import load_corpus
        corpus = load_corpus(targets, progress=phased(progress, count_files(targets)),
                             cancelled=cancelled, assignments=assignments or None, plan=plan)
        extra = [LoadProblem("assignments.json", problem, fatal=False)] if problem else []
        message = unnamed_message()
        extra += [LoadProblem(name, message, fatal=False)
                  for name in unnamed_zone_files(corpus, assignments, paths or None)]
        corpus.problems = list(corpus.problems) + extra  # a cached corpus is not changed
        return corpus
    return work
