"""The window at 1024×700, in English and in Chinese: the zone names keep a
readable width, chart value labels and titles are not cut, the sample
articles' name and the axis units are English in the English UI, and the
tabs fit without scrolling."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from zoneprofiles.ui.i18n import install_translators
from zoneprofiles.ui.main_window import TAB_CHARTS, MainWindow
from zoneprofiles.ui.zone_list import COL_ARTICLES, COL_NAME


def _window(qtbot, corpus, language):
    install_translators(language)
    corpus.name = "内置示例"  # what the pipeline calls the bundled samples
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    win.set_corpus(corpus)
    qtbot.wait(50)
    return win


def _tabs_fit(bar):
    return all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_zone_names_keep_a_readable_width(qtbot, corpus, language):
    win = _window(qtbot, corpus, language)
    header = win.zone_list.view.horizontalHeader()
    assert header.sectionSize(COL_NAME) >= win.zone_list.name_width()
    name = win.zone_list.proxy.index(0, COL_NAME).data()
    shown = win.zone_list.view.visualRect(win.zone_list.proxy.index(0, COL_NAME)).width()
    assert win.zone_list.view.fontMetrics().horizontalAdvance(name) < shown
    # the list dragged wider, the column that stepped aside comes back
    total = sum(win.splitter.sizes())
    win.splitter.setSizes([420, total - 420 - 300, 300])
    qtbot.waitUntil(lambda: not header.isSectionHidden(COL_ARTICLES))


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_chart_value_labels_and_titles_are_not_cut(qtbot, corpus, language):
    win = _window(qtbot, corpus, language)
    win.zone_list.select_zone("临江高新区")
    win.acts.show_charts.trigger()
    assert win.tabs.currentIndex() == TAB_CHARTS
    charts = [c for c in win.charts.zone.charts if c.isVisibleTo(win.charts.zone)]
    assert charts
    for chart in charts:
        plot = chart.plot
        qtbot.waitUntil(lambda: plot.isVisible())
        view_box = plot.getViewBox()
        box = view_box.sceneBoundingRect()
        for text in chart._texts:
            if text.isVisible():
                left = view_box.mapViewToScene(text.pos()).x()
                right = left + text.textItem.boundingRect().width()
                assert right <= box.right() + 2, text.toPlainText()
        title = plot.plotItem.titleLabel
        assert title.item.boundingRect().width() <= plot.width()


def test_english_ui_names_the_samples_and_units_in_english(qtbot, corpus):
    win = _window(qtbot, corpus, "en")
    assert win.windowTitle() == "Zone Profiles — Sample articles"
    win.zone_list.select_zone("东山经开区")
    win.acts.show_charts.trigger()
    charts = [c for c in win.charts.zone.charts if c.isVisibleTo(win.charts.zone)]
    titles = [c.title() for c in charts]
    assert "东山经开区 · Money（US dollars）" in titles
    assert all("100 million" in c.plot.getAxis("bottom").labelText
               for c in charts if c.rows()[0]["unit"] in ("元", "美元"))


def test_chinese_ui_tabs_fit_at_1024(qtbot, corpus):
    win = _window(qtbot, corpus, "zh_CN")
    win.zone_list.select_zone("临江高新区")
    assert win.windowTitle() == "园区档案 — 内置示例" or win.windowTitle().endswith("内置示例")
    assert _tabs_fit(win.tabs.tabBar())
    assert _tabs_fit(win.profile.tabs.tabBar())
    win.acts.show_charts.trigger()
    assert _tabs_fit(win.charts.tabBar())
    # the Back and Forward buttons say what they are
    assert win.navigation_bar.widgetForAction(win.history.back).text() == "后退"
