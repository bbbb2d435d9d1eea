"""The profile's tables at 1024×700 (issue 14, item 5 leftovers), in English
and Chinese: the key indicators (目标, 来源数 included) and the key figures
(the Period whole) fit the middle pane without sideways scrolling; a metric
name too long for the pane is elided and whole in its tooltip."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zoneprofiles.ui.i18n import install_translators
from zoneprofiles.ui.indicators_ui import KEY_METRIC, KEY_SOURCES, KEY_TARGET
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.profile_models import FIG_PERIOD

MULTI = Path(__file__).resolve().parents[1] / "data" / "multi"


def _narrow(qtbot, language):
    install_translators(language)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.corpus_loaded, timeout=120_000):
        win.open_paths([str(MULTI)])
    qtbot.waitUntil(lambda: win.job is None or not win.job.is_running(), timeout=120_000)
    win.zone_list.select_zone("苏州工业园区")
    qtbot.wait(50)
    return win


def _fits(view):
    header = view.horizontalHeader()
    return (view.horizontalScrollBar().maximum() == 0
            and header.length() <= view.viewport().width())


def _whole(view, column):
    """Every cell of the column and its heading have the width they ask for."""
    header = view.horizontalHeader()
    return header.sectionSize(column) >= max(view.sizeHintForColumn(column),
                                             header.sectionSizeHint(column))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_key_indicators_and_key_figures_fit_a_1024_window(qtbot, language):
    win = _narrow(qtbot, language)
    key = win.profile.key_view
    assert key.model().rowCount() > 0
    assert _fits(key), "the key indicators scroll sideways"
    target = key.model().headerData(KEY_TARGET, Qt.Orientation.Horizontal)
    sources = key.model().headerData(KEY_SOURCES, Qt.Orientation.Horizontal)
    if language == "zh_CN":
        assert (target, sources) == ("目标", "来源数")
    for column in (KEY_SOURCES,) + tuple(c for c in range(key.model().columnCount())
                                         if c not in (KEY_METRIC, KEY_TARGET)):
        assert _whole(key, column), key.model().headerData(column, Qt.Orientation.Horizontal)
    # the right edge of 来源数 is inside the pane: seen without scrolling
    header = key.horizontalHeader()
    assert header.sectionViewportPosition(KEY_SOURCES) + header.sectionSize(KEY_SOURCES) \
        <= key.viewport().width()
    # an elided metric is whole in its tooltip
    metric = key.model().index(0, KEY_METRIC)
    assert metric.data() in metric.data(Qt.ItemDataRole.ToolTipRole)

    win.profile.tabs.setCurrentIndex(0)
    figures = win.profile.figure_view
    qtbot.wait(20)
    assert _fits(figures), "the key figures scroll sideways"
    assert _whole(figures, FIG_PERIOD), "the period is cut"


def test_a_narrower_pane_elides_names_not_the_short_columns(qtbot):
    win = _narrow(qtbot, "en")
    win.splitter.setSizes([300, 380, 344])  # the analyst narrows the middle pane
    qtbot.wait(50)
    key = win.profile.key_view
    assert _whole(key, KEY_SOURCES)
    assert key.horizontalHeader().sectionSize(KEY_METRIC) < key.sizeHintForColumn(KEY_METRIC) \
        or _whole(key, KEY_METRIC)
