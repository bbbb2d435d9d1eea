"""Opening files and folders through the real pipeline, in the background:
the window is there first, broken files are reported, the rest loads."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from ui_fixtures import write_articles
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.source_view import STRONG

LOAD_TIMEOUT = 120_000  # generous: jieba builds its dictionary cache on a first run


@pytest.fixture
def empty_window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.job is not None:
        win.job.cancel()
        win.job.wait(LOAD_TIMEOUT)


def _folder_with_a_broken_file(tmp_path: Path) -> Path:
    folder = tmp_path / "文章"
    write_articles(folder)
    (folder / "损坏的文件.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 64)
    return folder


def test_opening_a_folder_with_a_broken_file_loads_the_rest_and_reports_it(
        empty_window, qtbot, tmp_path):
    win = empty_window
    folder = _folder_with_a_broken_file(tmp_path)
    with qtbot.waitSignal(win.load_finished, timeout=LOAD_TIMEOUT) as blocker:
        win.open_paths([str(folder)])
    assert blocker.args == ["loaded"]
    corpus = win.corpus
    assert len(corpus.texts) == 2
    assert any(Path(p.path).name == "损坏的文件.txt" and p.fatal for p in corpus.problems)
    assert win.zone_list.model.rowCount() > 0
    report = win.import_report()  # opened at once: the user chose these files
    assert report is not None and report.isVisible()
    rows = report.rows()
    assert any("损坏的文件.txt" in path and result == "未加载" for path, result, _ in rows)
    assert "无法读取" in win.statusBar().currentMessage()
    assert win.load_status.problems_button.isVisibleTo(win)
    assert win.settings.recent_paths()[0] == str(folder)


def test_the_window_is_usable_while_articles_load(empty_window, qtbot, tmp_path):
    win = empty_window
    folder = tmp_path / "文章"
    write_articles(folder)
    job = win.open_paths([str(folder)])
    # the job reports back only through the event loop, so this is before any result
    assert win.isVisible() and win.corpus is None
    assert win.load_status.progress.isVisibleTo(win)
    assert win.load_status.cancel_button.isVisibleTo(win)
    assert win.zone_list.empty_label.text() == "正在加载文章…"
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        pass
    assert not job.is_running() or job.wait(LOAD_TIMEOUT)
    assert not win.load_status.progress.isVisibleTo(win)


def test_cancelling_keeps_what_was_shown(empty_window, qtbot, tmp_path, corpus):
    win = empty_window
    win.set_corpus(corpus)
    folder = tmp_path / "文章"
    write_articles(folder)
    with qtbot.waitSignal(win.load_finished, timeout=LOAD_TIMEOUT) as blocker:
        win.open_paths([str(folder)])
        qtbot.mouseClick(win.load_status.cancel_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["cancelled"]
    assert win.corpus is corpus
    assert win.statusBar().currentMessage() == "已取消，仍显示之前的文章。"


def test_loaded_figures_highlight_their_printed_text(empty_window, qtbot, tmp_path):
    win = empty_window
    folder = tmp_path / "文章"
    write_articles(folder)
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        win.open_paths([str(folder)])
    figures = win.corpus.figures
    assert not figures.empty
    for zone_id in figures["zone_id"].unique()[:3]:
        win.zone_list.select_zone(zone_id)
        for figure_id in win.profile.figure_ids():
            row = figures[figures["figure_id"].astype(str) == figure_id].iloc[0]
            assert win.profile.select_item("figure", figure_id)
            (strong,) = win.source.selections(STRONG)
            assert strong.cursor.selectedText() == row["raw"]
            assert win.source.text_offset(strong.cursor.selectionStart()) == row["start"]


def test_dropping_a_folder_opens_it(empty_window, qtbot, tmp_path):
    win = empty_window
    folder = tmp_path / "拖入"
    write_articles(folder)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        win.dropEvent(event)
    assert len(win.corpus.texts) == 2


def test_the_bundled_articles_load_and_show_a_zone(empty_window, qtbot):
    win = empty_window
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        win.open_seeds()
    assert win.corpus.problems == [] or all(not p.fatal for p in win.corpus.problems)
    assert win.zone_list.current_zone_id()
    assert win.profile.name_label.text()
    win.reload()  # F5 reads the same (bundled) articles again
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        pass
    assert win.corpus.name


def test_run_app_shows_the_window_before_the_articles(qtbot, tmp_path):
    from zoneprofiles.ui.app import run_app

    folder = tmp_path / "文章"
    write_articles(folder)
    seen = {}

    def watch():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows:
            QTimer.singleShot(10, watch)
            return
        win = windows[0]
        seen.setdefault("first", (win.isVisible(), win.corpus))
        if win.corpus is None:
            QTimer.singleShot(20, watch)
            return
        seen["zones"] = win.zone_list.model.rowCount()
        seen["title"] = win.windowTitle()
        win.close()

    QTimer.singleShot(0, watch)
    assert run_app([str(folder)]) == 0
    visible, corpus = seen["first"]
    assert visible and corpus is None
    assert seen["zones"] > 0
    assert seen["title"].startswith("园区档案")


def test_closing_while_loading_stops_the_job(qtbot, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    folder = tmp_path / "文章"
    write_articles(folder)
    job = win.open_paths([str(folder)])
    win.close()
    assert not job.is_running()
    assert job.is_cancelled()
