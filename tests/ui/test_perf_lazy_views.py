"""The views do no work nobody sees, and still show the right thing the
moment they are looked at: charts are drawn when their tab is shown (for the
zone selected then), and the zone filter works from names worked out once."""
from __future__ import annotations

from ui_fixtures import FILE_B
from zoneprofiles.ui.main_window import TAB_CHARTS, TAB_PROFILE


def _shown_figure_zones(window) -> set[str]:
    return {r["zone_id"] for chart in window.charts.zone.charts
            if chart.isVisibleTo(window.charts.zone) for r in chart.rows()}


def test_charts_hidden_while_zones_change_show_the_current_zone(window, qtbot):
    window.show_tab(TAB_PROFILE)
    for zone in ("临江高新区", "东山经开区", "临江高新区", "东山经开区"):
        window.zone_list.select_zone(zone)
    window.show_tab(TAB_CHARTS)
    qtbot.waitExposed(window.charts)
    assert _shown_figure_zones(window) == {"东山经开区"}
    chart = next(c for c in window.charts.zone.charts if c.isVisibleTo(window.charts.zone)
                 and c.rows())
    qtbot.waitExposed(chart)
    # drawn as the tab showed: a click on a bar selects that figure
    row = chart.rows()[0]
    point = chart.plot.mapFromScene(chart.bar_center(0))
    from PySide6.QtCore import Qt
    with qtbot.waitSignal(chart.bar_clicked, timeout=2000):
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.profile.selected_figure()["figure_id"] == row["figure_id"]
    assert window.source.current_file() == FILE_B


def test_a_chart_redrawn_for_fewer_figures_shows_only_those(window, qtbot):
    window.show_tab(TAB_CHARTS)
    window.zone_list.select_zone("临江高新区")
    many = {len(c.rows()) for c in window.charts.zone.charts if c.isVisibleTo(window.charts.zone)}
    window.zone_list.select_zone("东山经开区")
    qtbot.wait(50)  # charts are drawn when painted
    for chart in window.charts.zone.charts:
        if chart.isVisibleTo(window.charts.zone):
            labels = [t for t in chart._texts if t.isVisible()]
            assert len(labels) == len(chart.rows())
    assert many


def test_the_zone_filter_matches_names_and_aliases(window):
    zone_list = window.zone_list
    zone_list.filter_edit.setText("东山经济技术")
    assert zone_list.visible_zone_ids() == ["东山经开区"]
    zone_list.filter_edit.setText("临江")
    assert "临江高新区" in zone_list.visible_zone_ids()
    assert "东山经开区" not in zone_list.visible_zone_ids()
    # asking for a zone the filter hides shows it
    assert zone_list.select_zone("东山经开区")
    assert zone_list.current_zone_id() == "东山经开区"
    assert not zone_list.select_zone("没有这个开发区")
