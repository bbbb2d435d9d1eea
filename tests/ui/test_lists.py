"""Lists in the order a Chinese reader looks things up (pinyin: 长治 under
chang), parks in their zone's province so the province filter keeps them,
and a zone no article names saying why its profile is empty."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from test_main_window import _type_chinese
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.zone_list import COL_NAME, COL_REGION, with_parent_places


def _more_zones(corpus):
    """The test corpus and: 长治高新区 (山西省), a park of 临江高新区 that
    the gazetteer gave no place, and 浙江自贸区, which no article names but
    its 东山片区 is part of."""
    extra = pd.DataFrame([
        ("长治高新区", "长治高新区", "高新区", "长治高新区", None, "山西省", "长治市", 0, 0, 0),
        ("临江软件园", "临江软件园", "产业园", "临江软件园", "临江高新区", None, None, 0, 0, 0),
        ("浙江自贸区", "浙江自贸区", "自贸区", "浙江自贸区", None, "浙江省", None, 0, 0, 0),
        ("东山片区", "东山片区", "自贸片区", "东山片区", "浙江自贸区", "浙江省", "东山市", 0, 0, 0),
    ], columns=list(corpus.zones.columns[:10]))
    zones = pd.concat([corpus.zones, extra], ignore_index=True)
    corpus.zones = zones
    return corpus


@pytest.fixture
def win(qtbot, corpus):
    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1366, 740)
    w.show()
    qtbot.waitExposed(w)
    w.set_corpus(_more_zones(corpus))
    return w


def _click_header(qtbot, view, column):
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    from PySide6.QtCore import QPoint
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def _names(win):
    return [win.zone_list.proxy.index(r, COL_NAME).data()
            for r in range(win.zone_list.proxy.rowCount())]


def test_provinces_are_offered_in_pinyin_order(win, qtbot):
    combo = win.zone_list.province_combo
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    shown = [combo.itemText(i) for i in range(combo.count())]
    combo.hidePopup()
    # jiang, shan, zhe; code-point order would put 山西省 first
    assert shown == ["全部省份", "江苏省", "山西省", "浙江省"]


def test_clicking_the_zone_header_sorts_by_pinyin_with_changzhi_under_chang(win, qtbot):
    _click_header(qtbot, win.zone_list.view, COL_NAME)
    header = win.zone_list.view.horizontalHeader()
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        _click_header(qtbot, win.zone_list.view, COL_NAME)
    # bin, chang, dong, lin gao, lin ruan, zhe (长治 is not zhang: after 浙江 it would be)
    assert _names(win) == ["滨湖科学城", "长治高新区", "东山经开区", "东山片区", "临江高新区",
                           "临江软件园", "浙江自贸区"]


def test_a_park_without_a_place_is_in_its_zones_province(win, qtbot):
    combo = win.zone_list.province_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the first province after 全部省份
    assert combo.currentText() == "江苏省"
    assert "临江软件园" in _names(win)
    assert set(_names(win)) == {"临江高新区", "滨湖科学城", "临江软件园"}
    win.zone_list.select_zone("临江软件园")
    assert win.profile.meta_label.text() == "产业园 · 江苏省 临江市"


def test_a_parks_place_comes_down_the_chain_and_never_replaces_its_own():
    zones = pd.DataFrame([
        ("a", None, "广东省", "广州市"), ("b", "a", None, None), ("c", "b", "", ""),
        ("d", "a", "广东省", "佛山市"), ("e", "a", "广东省", None)],
        columns=["zone_id", "parent_id", "province", "city"])
    filled = with_parent_places(zones)
    assert list(filled["province"]) == ["广东省"] * 5
    assert list(filled["city"]) == ["广州市", "广州市", "广州市", "佛山市", "广州市"]


def test_a_zone_no_article_names_says_why_its_profile_is_empty(win, qtbot):
    win.zone_list.focus_filter()
    _type_chinese(win.zone_list.filter_edit, "浙江自贸")
    qtbot.keyClick(win.zone_list.filter_edit, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: win.profile.name_label.text() == "浙江自贸区")
    assert win.profile.tabs.tabText(0) == "关键数据（0）"
    why = win.source.header.text()
    assert why.startswith("没有文章直接提到浙江自贸区本身") and "东山片区" in why
    # a zone with articles asks, as before, for an item to be picked
    win.zone_list.select_zone("东山经开区")
    assert win.source.header.text() == "选择一项数据、政策或文章，查看其原文出处。"


def test_region_column_sorts_by_pinyin(win, qtbot):
    header = win.zone_list.view.horizontalHeader()
    header.setSectionHidden(COL_REGION, False)
    _click_header(qtbot, win.zone_list.view, COL_REGION)
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        _click_header(qtbot, win.zone_list.view, COL_REGION)
    regions = [win.zone_list.proxy.index(r, COL_REGION).data()
               for r in range(win.zone_list.proxy.rowCount())]
    assert regions[0].startswith("江苏省") and regions[-1].startswith("浙江省")
    assert regions.index("山西省 长治市") == 3
