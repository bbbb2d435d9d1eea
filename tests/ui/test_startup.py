"""The window can paint before anything slow happens: opening the app
imports neither pandas, jieba nor pyqtgraph; the loading job does."""
from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt


def test_the_window_modules_leave_heavy_libraries_to_the_loading_job():
    code = (
        "import sys\n"
        "import zoneprofiles.ui.app, zoneprofiles.ui.main_window\n"
        "heavy = [m for m in ('pandas', 'jieba', 'pyqtgraph', 'numpy', 'zoneprofiles.pipeline')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""


def test_the_first_window_leaves_hidden_parts_and_metadata_for_later(tmp_path):
    """Building the window makes its frame (menus, toolbar, status bar) and
    imports no pane, no dialog, no hidden tab, nor importlib.metadata for the
    version: its first paint waits for none of them. Once it is on screen,
    finish_start builds the rest."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})\n"
        "from zoneprofiles.ui.app import create_application\n"
        "from zoneprofiles.ui.main_window import MainWindow\n"
        "app = create_application([])\n"
        "window = MainWindow()\n"
        "late = ('importlib.metadata', 'dataclasses', 'zoneprofiles.ui.search_panel',\n"
        "        'zoneprofiles.ui.zone_list', 'zoneprofiles.ui.source_view',\n"
        "        'zoneprofiles.ui.profile_panel', 'zoneprofiles.ui.banner',\n"
        "        'zoneprofiles.ui.indicators_ui', 'zoneprofiles.ui.profile_models',\n"
        "        'zoneprofiles.ui.notes_panel', 'zoneprofiles.ui.import_report',\n"
        "        'zoneprofiles.ui.review_dialogs', 'zoneprofiles.ui.loader')\n"
        "print('imported=' + ','.join(m for m in late if m in sys.modules))\n"
        "print(window.panes_built(), len(window.menuBar().actions()) >= 4)\n"
        "window.finish_start()\n"
        "print(window.profile.page_built(), type(window.search).__name__,\n"
        "      type(window.compare).__name__, type(window.conflicts).__name__)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZONEPROFILES_DATA_DIR=str(tmp_path / "data"),
               ZONEPROFILES_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env)
    imported, frame, built = result.stdout.strip().splitlines()
    assert imported == "imported="
    assert frame == "False True"
    assert built == "True SearchPanel CompareView ConflictsView"


def _tab_stops(window) -> list:
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_parts_built_late_keep_the_tab_order_of_the_layout(qtbot):
    """Tab goes through the zone list, the profile, the tabs built later in
    their order and then the source text, as if all had been built at once."""
    from zoneprofiles.ui.main_window import TAB_COMPARE, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show_tab(TAB_COMPARE)  # built first, before the tabs in front of it
    window.show()
    qtbot.waitExposed(window)
    window.finish_start()
    stops = _tab_stops(window)
    order = [window.zone_list.filter_edit, window.profile.figure_view, window.search.query_edit,
             window.compare.metric_combo, window.conflicts.choose_button, window.source.editor]
    assert [stops.index(w) for w in order] == sorted(stops.index(w) for w in order)
    assert window.tabs.widget(TAB_COMPARE) is window.compare


def test_panes_built_after_the_frame_take_their_places_and_sizes(qtbot):
    """The frame paints with placeholders; the panes then take their places
    at the sizes the splitter had, and Tab still reaches the status bar's
    buttons after the panes, as when everything was built at once."""
    from zoneprofiles.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    assert not window.panes_built()
    sizes = window.splitter.sizes()
    window.build_panes()
    assert [window.splitter.widget(i) for i in range(3)] == [window.zone_list, window.tabs,
                                                            window.source]
    qtbot.waitUntil(lambda: window.zone_list.isVisible() and window.source.isVisible())
    assert window.splitter.sizes() == sizes
    # Back and Forward get their arrows beside their names with the panes
    assert window.navigation_bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert not window.history.back.icon().isNull()
    stops = _tab_stops(window)
    buttons = [w for w in stops if window.statusBar().isAncestorOf(w)]
    assert stops.index(window.zone_list.filter_edit) < stops.index(window.source.editor)
    assert all(stops.index(b) > stops.index(window.source.editor) for b in buttons)
