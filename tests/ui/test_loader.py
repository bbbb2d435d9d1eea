"""The background job helper: work runs off the UI thread and its result,
error, progress or cancellation comes back as signals on the UI thread."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from zoneprofiles.ui.loader import Job, JobCancelled


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    seen = {}

    def work(progress, cancelled):
        seen["thread"] = threading.current_thread()
        for i in range(3):
            progress(i + 1, 3, f"文件{i + 1}.txt")
        return "完成"

    job = Job(work)
    reports = []
    delivered_on = []
    job.progress.connect(lambda d, t, m: reports.append((d, t, m)))
    job.succeeded.connect(lambda _r: delivered_on.append(QThread.currentThread()))
    with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
        job.start()
    assert blocker.args == ["完成"]
    assert seen["thread"] is not threading.main_thread()
    assert delivered_on == [QThread.currentThread()]
    qtbot.waitUntil(lambda: len(reports) == 3)
    assert reports[-1] == (3, 3, "文件3.txt")
    assert not job.is_running()


def test_an_error_in_the_work_is_reported_not_raised(qtbot):
    def work(progress, cancelled):
        raise ValueError("编码无法识别")

    job = Job(work)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        job.start()
    message, details = blocker.args
    assert message == "编码无法识别"
    assert "ValueError" in details


def test_a_cancelled_job_never_delivers_its_result(qtbot):
    release = threading.Event()

    def work(progress, cancelled):
        release.wait(5)
        if cancelled():
            raise JobCancelled()
        return "迟到的结果"

    job = Job(work)
    results = []
    job.succeeded.connect(results.append)
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.start()
        job.cancel()
        release.set()
    assert results == []
    assert job.wait(1000)


def test_work_that_ignores_cancel_still_counts_as_cancelled(qtbot):
    release = threading.Event()

    def work(progress, cancelled):
        release.wait(5)
        return "部分结果"

    job = Job(work)
    results = []
    job.succeeded.connect(results.append)
    with qtbot.waitSignals([job.cancelled, job.finished], timeout=5000):
        job.start()
        job.cancel()
        release.set()
    assert results == []
