"""Searching as an analyst expects: the words of a query must all be in the
article (AND), "quotes" keep a phrase whole, each place found shows its
article's zone and date, and the results can be limited to one zone."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from test_main_window import _type_chinese
from zoneprofiles.ui.main_window import TAB_SEARCH
from zoneprofiles.ui.search_panel import COL_DATE, COL_MATCH, COL_ZONE, parse_query


def _search(window, qtbot, query):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_SEARCH
    edit = window.search.query_edit
    assert edit.hasFocus()
    edit.clear()
    _type_chinese(edit, query)
    QTest.keyClick(edit, Qt.Key.Key_Return)
    model = window.search.model
    return [(model.index(r, COL_MATCH).data(), model.index(r, COL_ZONE).data(),
             model.index(r, COL_DATE).data()) for r in range(model.rowCount())]


def test_words_are_and_and_quotes_keep_a_phrase(window, qtbot):
    search = window.search
    assert "氢能 广州" in search.query_edit.placeholderText()
    assert "引号" in search.query_edit.placeholderText()
    # both words are in article b1 only, though far apart
    rows = _search(window, qtbot, "外资 总部企业")
    assert {m for m, _, _ in rows} == {"外资", "总部企业"}
    assert {(z, d) for _, z, d in rows} == {("东山经开区", "2023-10-20")}
    assert search.status_label.text() == f"共找到 {len(rows)} 处。"
    # one word no article of the other has: AND finds nothing (OR would find 外资)
    assert _search(window, qtbot, "外资 机器人") == []
    assert search.status_label.text() == "没有找到。"
    # as a phrase the two words are not printed together
    assert _search(window, qtbot, '"外资 总部企业"') == []
    rows = _search(window, qtbot, "“实际使用外资”")
    assert [m for m, _, _ in rows] == ["实际使用外资"]


def test_the_results_can_be_limited_to_a_zone(window, qtbot):
    rows = _search(window, qtbot, "企业")
    assert {z for _, z, _ in rows} >= {"东山经开区", "临江高新区、滨湖科学城"}
    combo = window.search.zone_combo
    assert combo.itemText(0) == "全部园区"
    combo.setCurrentIndex(combo.findData("东山经开区"))
    model = window.search.model
    zones = {model.index(r, COL_ZONE).data() for r in range(model.rowCount())}
    assert zones == {"东山经开区"}


def test_parse_query():
    assert parse_query('氢能 广州') == ["氢能", "广州"]
    assert parse_query('"氢能 产业" 广州') == ["氢能 产业", "广州"]
    assert parse_query('“集成电路”  ') == ["集成电路"]
    assert parse_query('   ') == []
