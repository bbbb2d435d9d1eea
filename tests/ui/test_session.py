"""Restarting the app brings the analyst back where they were: the folder
they had open (read from the cache, not extracted again), the zone, the
zone list's sort order and the tab; File ▸ Open Recent reopens earlier ones."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui_fixtures import write_articles
from zoneprofiles.ui.main_window import TAB_SEARCH, MainWindow
from zoneprofiles.ui.settings import APPLICATION
from zoneprofiles.ui.zone_list import COL_NAME

LOAD_TIMEOUT = 120_000


def _run_app_until_loaded(paths):
    """run_app as the user starts it; returns what the window showed once
    its articles were on screen."""
    from zoneprofiles.ui.app import run_app

    seen = {}

    def watch():
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        if not windows or windows[0].corpus is None:
            QTimer.singleShot(20, watch)
            return
        win = windows[0]
        header = win.zone_list.view.horizontalHeader()
        seen.update(name=win.corpus.name, zone=win.zone_list.current_zone_id(),
                    profile=win.profile.name_label.text(), tab=win.tabs.currentIndex(),
                    sort=(header.sortIndicatorSection(), header.sortIndicatorOrder()),
                    phase=win.load_status.phase, title=win.windowTitle())
        win.close()

    QTimer.singleShot(0, watch)
    assert run_app(paths) == 0
    return seen


def test_a_restart_reopens_the_folder_zone_sort_and_tab(qtbot, tmp_path):
    # the settings run_app reads (it names the application; the folder is tmp_path's)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = tmp_path / "我的文章"
    write_articles(folder)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        win.open_paths([str(folder)])
    zone = next(z for z in win.zone_list.visible_zone_ids()
                if z != win.zone_list.current_zone_id())
    win.zone_list.select_zone(zone)
    header = win.zone_list.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # sort by name
                     pos=QPoint(header.sectionViewportPosition(COL_NAME) + 10,
                                header.height() // 2))
    assert header.sortIndicatorSection() == COL_NAME
    sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    win.show_tab(TAB_SEARCH)
    win.close()

    seen = _run_app_until_loaded([])
    assert seen["name"] == str(folder)  # not the bundled samples
    assert seen["phase"] == "cache"  # opened from the cache, not extracted again
    assert seen["zone"] == zone and seen["profile"] == zone
    assert seen["sort"] == sort
    assert seen["tab"] == TAB_SEARCH
    assert str(folder) in seen["title"]


def test_without_a_saved_session_the_samples_open(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.last_session_paths() is None  # None: the bundled articles


def test_a_session_whose_folder_is_gone_opens_the_samples(qtbot, tmp_path):
    win = MainWindow()
    qtbot.addWidget(win)
    win.settings.set_session_paths([str(tmp_path / "已删除")])
    assert win.last_session_paths() is None


def test_open_recent_reopens_an_earlier_folder(qtbot, tmp_path):
    first, second = tmp_path / "第一批", tmp_path / "第二批"
    write_articles(first)
    write_articles(second)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    for folder in (first, second):
        with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
            win.open_paths([str(folder)])
    (tmp_path / "第三批").mkdir()
    win.settings.add_recent_paths([str(tmp_path / "第三批")])
    (tmp_path / "第三批").rmdir()

    file_menu = win.menuBar().actions()[0].menu()
    recent = next(a.menu() for a in file_menu.actions() if a.text() == "最近打开(&R)")
    recent.aboutToShow.emit()
    texts = [a.text() for a in recent.actions()]
    assert texts[0] == f"&1 {tmp_path / '第三批'}（找不到）"
    assert not recent.actions()[0].isEnabled()
    assert texts[1:3] == [f"&2 {second}", f"&3 {first}"]
    assert texts[-1] == "清空列表"
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        recent.actions()[2].trigger()
    assert win.corpus.name == str(first)
