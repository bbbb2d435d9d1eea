"""Charts an analyst can read alone: the axis in the unit the bars print
(3.2亿美元 on an axis in 亿美元, not 万美元), a legend saying the paler bars
are targets, the zone's name on each chart, the axis unit in English in the
English UI."""
from __future__ import annotations

from zoneprofiles.ui.i18n import install_translators
from zoneprofiles.ui.main_window import TAB_CHARTS, MainWindow


def _open_charts(win, qtbot, zone):
    win.zone_list.select_zone(zone)
    win.acts.show_charts.trigger()  # View ▸ Charts
    assert win.tabs.currentIndex() == TAB_CHARTS
    charts = [c for c in win.charts.zone.charts if c.isVisibleTo(win.charts.zone)]
    qtbot.waitUntil(lambda: all(c.plot is not None for c in charts))
    return charts


def _value_texts(chart):
    return [t.toPlainText() for t in chart._texts if t.isVisible()]


def _axis(chart):
    return chart.plot.getAxis("bottom").labelText


def test_axis_unit_matches_the_bar_labels(window, qtbot):
    charts = _open_charts(window, qtbot, "东山经开区")
    dollars = next(c for c in charts if c.rows()[0]["unit"] == "美元")
    assert _value_texts(dollars) == ["3.2亿美元"]
    assert _axis(dollars) == "亿美元"
    yuan = next(c for c in charts if c.rows()[0]["unit"] == "元")
    assert _axis(yuan) == "亿元" and _value_texts(yuan)[0].endswith("亿元")


def test_each_chart_names_its_zone_and_targets_have_a_legend(window, qtbot):
    charts = _open_charts(window, qtbot, "临江高新区")
    assert charts and all(c.title().startswith("临江高新区 · ") for c in charts)
    assert all("临江高新区" in c.plot.plotItem.titleLabel.text for c in charts)
    counts = next(c for c in charts if any(r.get("kind") == "target" for r in c.rows()))
    legend = counts.legend_text()
    assert "目标" in legend and "实际" in legend
    assert counts.legend_label.isVisible()
    # a chart without targets has no legend to explain
    money = next(c for c in charts if c.rows()[0]["unit"] == "元")
    assert money.legend_text() == "" and not money.legend_label.isVisible()


def test_axis_units_in_english(qtbot, corpus):
    install_translators("en")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    win.set_corpus(corpus)
    charts = _open_charts(win, qtbot, "东山经开区")
    dollars = next(c for c in charts if c.rows()[0]["unit"] == "美元")
    assert _axis(dollars) == "100 million US dollars"
    assert "target" not in dollars.legend_text()
