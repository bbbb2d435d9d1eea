"""The small words an analyst reads: English plurals, the import report's
Reason without the path again, the note dialog quiet until typed in, the
profile pane saying the articles are loading, and a window that goes at
once when closed."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt

from review_helpers import answer_next_dialog
from test_load_progress import pipeline_like
from zoneprofiles.model import LoadProblem
from zoneprofiles.ui import main_window as main_window_module
from zoneprofiles.ui.i18n import install_translators
from zoneprofiles.ui.import_report import ImportReportDialog
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.profile_panel import TAB_NOTES

PROBLEM = LoadProblem("文章/照片.txt", "文章/照片.txt: binary data (PNG image), not text", True)


def test_english_plurals_in_the_import_report_and_status_bar(qtbot, corpus):
    install_translators("en")
    report = ImportReportDialog([PROBLEM], 1)
    qtbot.addWidget(report)
    from PySide6.QtWidgets import QLabel
    text = report.findChild(QLabel).text()
    assert text.startswith("1 file loaded, 1 could not be read")
    assert report.rows() == [("文章/照片.txt", "Not loaded", "Binary data (PNG image), not text")]
    win = MainWindow()
    qtbot.addWidget(win)
    win.load_status.set_problems(1)
    assert win.load_status.problems_button.text() == "⚠ 1 file with problems"
    win.load_status.set_problems(2)
    assert win.load_status.problems_button.text() == "⚠ 2 files with problems"


def test_the_reason_column_does_not_repeat_the_path(qtbot):
    report = ImportReportDialog([PROBLEM, LoadProblem("乙.txt", "编码无法识别", False)], 3)
    qtbot.addWidget(report)
    assert report.rows() == [("文章/照片.txt", "未加载", "Binary data (PNG image), not text"),
                             ("乙.txt", "已加载（有警告）", "编码无法识别")]


def test_the_note_dialog_waits_for_typing_before_it_complains(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    window.profile.tabs.setCurrentIndex(TAB_NOTES)
    seen = {}

    def fill(dialog):
        seen["ok_before"] = dialog.ok_button().isEnabled()
        dialog.text_edit.setPlainText("草稿")
        dialog.text_edit.clear()  # typed, then took back: now it is worth saying
        seen["problem_after"] = dialog.error.text()
        dialog.text_edit.setPlainText("外资增速需核对。")

    answer = answer_next_dialog(fill)
    qtbot.mouseClick(window.profile.notes.add_button, Qt.MouseButton.LeftButton)
    assert answer["problem_before"] == ""  # no "请填写笔记内容" before anything was typed
    assert seen["ok_before"] is False
    assert seen["problem_after"] == "请填写笔记内容。"
    assert window.profile.notes.texts() == ["外资增速需核对。"]


def test_while_the_first_articles_load_the_profile_says_so(qtbot, monkeypatch, corpus):
    monkeypatch.setattr(main_window_module, "load_work",
                        pipeline_like(ranking_s=0.2, result=corpus))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.load_finished, timeout=10_000):
        win.open_paths(["/somewhere"])
        assert win.profile.empty_label.text() == "正在加载文章…"
        assert win.profile.stack.currentWidget() is win.profile.empty_label
    assert win.profile.empty_label.text() == "在左侧列表中选择一个园区以查看其档案。"


class _HideClock(QObject):
    def __init__(self):
        super().__init__()
        self.hidden_at = None

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Hide and self.hidden_at is None:
            self.hidden_at = time.monotonic()
        return False


def test_closing_during_a_load_closes_the_window_at_once(qtbot, monkeypatch, corpus):
    monkeypatch.setattr(main_window_module, "load_work", pipeline_like(ranking_s=1.5))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    job = win.open_paths(["/somewhere"])
    qtbot.waitUntil(lambda: win.load_status.phase == "rank", timeout=5000)
    clock = _HideClock()
    win.installEventFilter(clock)
    started = time.monotonic()
    win.close()
    assert clock.hidden_at is not None and clock.hidden_at - started < 0.2
    assert not job.is_running()  # still: no reading thread outlives the window
