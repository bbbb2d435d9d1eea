"""The analyst's views of canonical indicators in the window, on the corpus of
several articles per zone (tests/data/multi, read by the real loader): key
indicators first in the profile, one indicator over time, one across zones,
and a conflict resolved by review that survives a restart. Every row, point
and bar highlights exactly text[start:end] of its figure."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from zoneprofiles.ui.indicators_ui import (CONFLICT_MARK, KEY_GROWTH, KEY_METRIC, KEY_PERIOD,
                                           KEY_SOURCES, KEY_TARGET, KEY_VALUE, RESOLVED_MARK)
from zoneprofiles.ui.main_window import TAB_CHARTS, TAB_COMPARE, TAB_CONFLICTS, MainWindow
from zoneprofiles.ui.source_view import STRONG

MULTI = Path(__file__).resolve().parents[1] / "data" / "multi"
LOAD_TIMEOUT = 120_000


def _open(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.corpus_loaded, timeout=LOAD_TIMEOUT):
        win.open_paths([str(MULTI)])
    qtbot.waitUntil(lambda: win.job is None or not win.job.is_running(), timeout=LOAD_TIMEOUT)
    return win


@pytest.fixture
def win(qtbot):
    return _open(qtbot)


def _strong(win) -> str:
    (strong,) = win.source.selections(STRONG)
    start = win.source.text_offset(strong.cursor.selectionStart())
    end = win.source.text_offset(strong.cursor.selectionEnd())
    return win.corpus.texts[win.source.current_file()][start:end]


def _key_rows(win) -> dict[str, dict]:
    proxy = win.profile.key_proxy
    return {proxy.index(r, KEY_METRIC).data(): {c: proxy.index(r, c).data() for c in range(6)}
            for r in range(proxy.rowCount())}


def test_the_profile_opens_with_the_latest_value_of_each_key_indicator(win, qtbot):
    win.zone_list.select_zone("苏州工业园区")
    rows = _key_rows(win)
    assert list(rows) == ["地区生产总值", "规上工业总产值", "实际利用外资", "高新技术企业"]
    output = rows["规上工业总产值"]
    assert output[KEY_VALUE] == "6710亿元" and output[KEY_PERIOD] == "2024年前三季度"
    assert output[KEY_GROWTH] == "3.4%" and output[KEY_SOURCES] == "4"
    assert "9000亿元" in output[KEY_TARGET] and "2024年" in output[KEY_TARGET]
    assert output[KEY_TARGET].startswith("目标")  # marked as a target, never as a result
    assert rows["高新技术企业"][KEY_VALUE] == "2613家" and rows["高新技术企业"][KEY_SOURCES] == "3"
    assert win.profile.key_title.text() == "关键指标（4）"
    # a row selects its figure and highlights exactly its printed text
    view, proxy = win.profile.key_view, win.profile.key_proxy
    r = list(rows).index("规上工业总产值")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(proxy.index(r, 1)).center())
    assert _strong(win) == "6710亿元"
    assert win.profile.selected_figure()["raw"] == "6710亿元"


def test_an_indicator_over_time_keeps_spans_apart_and_points_lead_to_sentences(win, qtbot):
    win.zone_list.select_zone("苏州工业园区")
    view, proxy = win.profile.key_view, win.profile.key_proxy
    r = [proxy.index(i, 0).data() for i in range(proxy.rowCount())].index("规上工业总产值")
    pos = view.visualRect(proxy.index(r, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert win.tabs.currentIndex() == TAB_CHARTS
    series = win.charts.series
    assert win.charts.currentWidget() is series and series.metric() == "规上工业总产值"
    levels = [p for p in series.rows() if p["measure"] == "level" and p["basis"] == "actual"]
    assert {p["period_label"] for p in levels} == {"2022年", "2023年", "2024年上半年",
                                                   "2024年前三季度"}
    qtbot.waitExposed(series.view)
    plot, _points = series._panels[0]
    items = plot.listDataItems()
    # one line per span and basis: 全年 joined, 上半年 and 前三季度 alone, the target apart
    lines = sorted((len(i.xData), i.opts["pen"].style() == Qt.PenStyle.DashLine) for i in items)
    assert lines == [(1, False), (1, False), (1, True), (2, False)]
    assert len(series._panels) == 2  # growth on its own panel
    target = next(p for p in series.rows() if p["basis"] == "target")
    assert "目标" in series.tooltip(target) and "2024年" in series.tooltip(target)
    point = next(p for p in levels if p["period_label"] == "2023年")
    qtbot.wait(100)  # laid out and drawn: the points are where the view shows them
    pos = series.view.mapFromScene(series.point_scene_pos(point))
    with qtbot.waitSignal(series.point_clicked, timeout=2000):
        qtbot.mouseClick(series.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert _strong(win) == point["raw"] == "8620亿元"
    assert win.profile.selected_figure()["figure_id"] == point["figure_id"]


def test_one_indicator_across_six_zones_for_one_year_bars_lead_to_sentences(win, qtbot, tmp_path):
    qtbot.keyClick(win, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentIndex() == TAB_COMPARE
    compare = win.compare
    assert compare.metric_combo.itemText(0) == "规上工业总产值 · 6 个园区"
    assert compare.choose("规上工业总产值", 2023)
    rows = compare.rows()
    assert [r["zone"] for r in rows] == ["苏州工业园区", "武汉东湖高新区", "西安高新区", "成都高新区",
                                         "合肥高新区", "长沙高新区"]
    assert {r["period_label"] for r in rows} == {"2023年"} and {r["basis"] for r in rows} == {"actual"}
    chart = compare.chart
    qtbot.waitExposed(chart)
    index = [r["zone"] for r in chart.rows()].index("长沙高新区")
    pos = chart.plot.mapFromScene(chart.bar_center(index))
    with qtbot.waitSignal(chart.bar_clicked, timeout=2000):
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert win.zone_list.current_zone_id() == "长沙高新区"
    assert _strong(win) == "2150亿元"
    # a target is its own comparison, drawn paler, never beside the actual values
    assert compare.choose("规上工业总产值", 2024, basis="target")
    assert [(r["zone"], r["raw"], r["kind"]) for r in compare.rows()] == [
        ("苏州工业园区", "9000亿元", "target")]
    assert "目标" in chart.legend_text()
    # a province filter
    assert compare.choose("规上工业总产值", 2023, province="安徽省")
    assert [r["zone"] for r in compare.rows()] == ["合肥高新区"]
    # 导出…: the table with its sources, every period and basis
    compare.choose("规上工业总产值", 2023)
    out = tmp_path / "compare.csv"
    win.save_file_name = lambda *_a: str(out)
    qtbot.mouseClick(compare.export_button, Qt.MouseButton.LeftButton)
    import pandas as pd
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert {"zone", "period", "basis", "value", "source_file", "start", "end", "sentence"} <= set(table)
    assert set(table["basis"]) == {"actual", "target"} and table["zone"].nunique() == 6
    for _, row in table.iterrows():
        assert win.corpus.texts[row["source_file"]][row["start"]:row["end"]] == row["raw"]


def test_a_conflict_is_flagged_resolved_by_review_undone_and_kept_after_a_restart(win, qtbot):
    win.zone_list.select_zone("成都高新区")
    assert _key_rows(win)["规上工业总产值"][KEY_SOURCES] == "2 " + CONFLICT_MARK
    qtbot.keyClick(win, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert win.tabs.currentIndex() == TAB_CONFLICTS
    view = win.conflicts
    assert view.count() == 2
    raws = [view.model.row(r)["raw"] for r in range(view.count())]
    assert sorted(raws) == ["2980亿元", "3120亿元"]
    other = raws.index("3120亿元")
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.view.visualRect(view.model.index(other, 0)).center())
    assert _strong(win) == "3120亿元"
    qtbot.mouseClick(view.choose_button, Qt.MouseButton.LeftButton)
    # the choice shows in the key indicators, the comparison and the series
    assert _key_rows(win)["规上工业总产值"][KEY_VALUE] == "3120亿元"
    assert _key_rows(win)["规上工业总产值"][KEY_SOURCES] == "2 " + RESOLVED_MARK
    win.compare.choose("规上工业总产值", 2023)
    assert {r["zone"]: r["raw"] for r in win.compare.rows()}["成都高新区"] == "3120亿元"
    assert win.conflicts.selected_row()["raw"] == "3120亿元"
    # Ctrl+Z takes it back, and again the choice is made
    qtbot.keyClick(win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _key_rows(win)["规上工业总产值"][KEY_VALUE] == "2980亿元"
    win.review.choose(next(view.model.row(r) for r in range(view.count())
                           if view.model.row(r)["raw"] == "3120亿元"))
    win.close()
    again = _open(qtbot)  # a restart: a new store on the same file
    again.zone_list.select_zone("成都高新区")
    assert _key_rows(again)["规上工业总产值"][KEY_VALUE] == "3120亿元"
    chosen = [again.conflicts.model.row(r) for r in range(again.conflicts.count())]
    assert [r["raw"] for r in chosen if r["chosen"]] == ["3120亿元"]
    assert all(r["resolved"] for r in chosen)
