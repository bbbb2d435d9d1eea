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
    """Building the window imports no dialog, no hidden tab and no profile
    tables, nor importlib.metadata for the version: its first paint waits
    for none of them. Once it is on screen, finish_start builds the rest."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "QSettings.setDefaultFormat(QSettings.Format.IniFormat)\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})\n"
        "from zoneprofiles.ui.app import create_application\n"
        "from zoneprofiles.ui.main_window import MainWindow\n"
        "app = create_application([])\n"
        "window = MainWindow()\n"
        "late = ('importlib.metadata', 'zoneprofiles.ui.search_panel',\n"
        "        'zoneprofiles.ui.indicators_ui', 'zoneprofiles.ui.profile_models',\n"
        "        'zoneprofiles.ui.notes_panel', 'zoneprofiles.ui.import_report',\n"
        "        'zoneprofiles.ui.review_dialogs', 'zoneprofiles.ui.loader')\n"
        "print('imported=' + ','.join(m for m in late if m in sys.modules))\n"
        "window.finish_start()\n"
        "print(window.profile.page_built(), type(window.search).__name__,\n"
        "      type(window.compare).__name__, type(window.conflicts).__name__)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ZONEPROFILES_DATA_DIR=str(tmp_path / "data"),
               ZONEPROFILES_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env)
    imported, built = result.stdout.strip().splitlines()
    assert imported == "imported="
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
