"""Loading many files: the status bar names the phase (reading, extracting,
ranking keywords) with counts of files in that phase, and Esc stops the load
at once, leaving the articles and zone on screen as they were."""
from __future__ import annotations

import time

from PySide6.QtCore import Qt

from ui_fixtures import write_articles
from zoneprofiles.ui import main_window as main_window_module
from zoneprofiles.ui.load_phases import EXTRACT, RANK, READ, phase_of, phased

FILES = 10


def pipeline_like(files: int = FILES, ranking_s: float = 3.0, step_s: float = 0.01,
                  result=None):
    """A load that reports as load_corpus does on one process (reading then
    extracting, `done` out of 2 × files), then ranks keywords for
    `ranking_s` without looking at `cancelled` (as the pipeline's ranking
    does not)."""
    def factory(paths):
        def work(progress, cancelled):
            report = phased(progress, files)
            for i in range(2 * files):
                if cancelled():
                    return None
                time.sleep(step_s)
                report(i + 1, 2 * files, f"文章{i % files:03d}.txt")
            time.sleep(ranking_s)
            return result
        return work
    return factory


def test_phases_have_their_own_counts():
    assert phase_of(3, 20, "a.txt", 10) == (READ, 3, 10, "a.txt")
    assert phase_of(13, 20, "a.txt", 10) == (EXTRACT, 3, 10, "a.txt")
    assert phase_of(13, 30, "a.txt", 10) == (EXTRACT, 3, 10, "a.txt")  # worker processes
    assert phase_of(25, 30, "", 10) == (RANK, 5, 10, "")
    got = []
    report = phased(lambda d, t, m: got.append((d, t, m)), 2)
    for done in range(1, 5):
        report(done, 4, "x.txt")
    assert got == [(1, 2, "read\tx.txt"), (2, 2, "read\tx.txt"), (1, 2, "extract\tx.txt"),
                   (2, 2, "extract\tx.txt"), (0, 0, "rank\t")]


def test_the_status_bar_names_each_phase(window, qtbot, monkeypatch, corpus):
    monkeypatch.setattr(main_window_module, "load_work",
                        pipeline_like(ranking_s=0.3, result=corpus))
    bars, messages = [], []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(window.load_finished, timeout=10_000) as blocker:
        job = window.open_paths(["/somewhere"])
        job.progress.connect(lambda *_: bars.append(
            (window.load_status.text(), window.load_status.progress.maximum())))
    assert blocker.args == ["loaded"]
    assert ("正在读取 1 / 10 个文件", 10) in bars and ("正在读取 10 / 10 个文件", 10) in bars
    assert ("正在提取 10 / 10 个文件", 10) in bars
    assert not any("/ 20" in text for text, _ in bars)  # no "… / 2000 files"
    assert bars[-1] == ("", 0)  # ranking: a busy bar, said in words beside it
    assert "正在读取 文章000.txt…" in messages
    assert "正在从 文章009.txt 提取数据和政策…" in messages
    ranking = messages.index("正在排列各园区的关键词和产业…")
    assert ranking > messages.index("正在从 文章009.txt 提取数据和政策…")


def test_escape_cancels_at_once_and_keeps_the_zone(window, qtbot, monkeypatch, corpus):
    window.zone_list.select_zone("东山经开区")
    before = window.corpus
    monkeypatch.setattr(main_window_module, "load_work", pipeline_like(ranking_s=3.0))
    job = window.open_paths(["/somewhere"])
    # wait until the load is stuck where it does not look at `cancelled`
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "正在排列各园区的关键词和产业…",
                    timeout=5000)
    assert window.load_status.cancel_button.isVisible()
    started = time.monotonic()
    with qtbot.waitSignal(window.load_finished, timeout=2000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert time.monotonic() - started < 0.5
    assert blocker.args == ["cancelled"]
    assert window.statusBar().currentMessage() == "已取消，仍显示之前的文章。"
    assert not window.load_status.progress.isVisible()
    assert window.corpus is before
    assert window.zone_list.current_zone_id() == "东山经开区"
    assert window.profile.name_label.text() == "东山经开区"
    assert job.is_cancelled()
    job.wait(10_000)  # the thread ends on its own; its result is dropped
    qtbot.wait(50)
    assert window.corpus is before and window.profile.name_label.text() == "东山经开区"


def test_the_real_pipeline_reports_read_then_extract(qtbot, tmp_path):
    from zoneprofiles.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    folder = tmp_path / "文章"
    write_articles(folder)
    phases = []
    with qtbot.waitSignal(win.load_finished, timeout=120_000) as blocker:
        job = win.open_paths([str(folder)])
        job.progress.connect(lambda d, t, m: phases.append((m.split("\t")[0], d, t)))
    assert blocker.args == ["loaded"], win.statusBar().currentMessage()
    assert phases[:2] == [("read", 1, 2), ("read", 2, 2)]
    assert ("extract", 2, 2) in phases
