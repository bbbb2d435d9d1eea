"""Facts an analyst can trust, as the window shows them: each key figure's
metric, signed value, measure and basis, resolved period and subject; each
article's date and outlet in the profile, the source pane and Ctrl+C."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from ui_fixtures import FILE_A, FILE_B, TEXT_A, TEXT_B, build_corpus
from zoneprofiles.ui.profile_models import (ART_DATE, ART_OUTLET, ART_TITLE, FIG_KIND, FIG_LABEL,
                                            FIG_PERIOD, FIG_SUBJECT, FIG_VALUE, RowRole)
from zoneprofiles.ui.source_view import STRONG


def trusted_corpus():
    """The test corpus with what the extractor now reads filled in."""
    corpus = build_corpus()
    f = corpus.figures.set_index("figure_id")
    f.loc["f1", ["metric", "label", "measure", "basis", "year", "span"]] = \
        ["地区生产总值", "实现地区生产总值", "level", "actual", 2023, "全年"]
    f.loc["f2", ["metric", "measure", "basis", "year", "span"]] = \
        ["地区生产总值", "growth", "actual", 2023, "全年"]
    f.loc["f3", ["subject", "measure", "basis"]] = ["临江智造集团", "level", "actual"]
    f.loc["f4", ["year", "span"]] = [2023, "1-9月"]
    f.loc["f5", ["measure", "basis"]] = ["level", "target"]
    # a fall: 实际使用外资 down 15% (the sign is the model's; the text is as printed)
    f.loc["f9", ["metric", "value", "measure", "basis"]] = ["实际使用外资", -15.0, "growth", "estimate"]
    corpus.figures = f.reset_index()
    a = corpus.articles.set_index("article_id")
    a.loc["a1", ["outlet", "date_source"]] = ["临江日报", "dateline"]
    a.loc["a2", ["date_source"]] = ["file"]
    a.loc["b1", ["outlet", "date_source"]] = ["东山发布", "header"]
    corpus.articles = a.reset_index()
    return corpus


@pytest.fixture
def corpus():
    return trusted_corpus()


def _rows(win):
    proxy = win.profile.figure_proxy
    return [{c: proxy.index(r, c).data() for c in (FIG_LABEL, FIG_VALUE, FIG_PERIOD, FIG_KIND,
                                                   FIG_SUBJECT)} for r in range(proxy.rowCount())]


def _click(qtbot, view, index):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def _strong(win):
    (strong,) = win.source.selections(STRONG)
    return win.source.text_offset(strong.cursor.selectionStart()), \
        win.source.text_offset(strong.cursor.selectionEnd())


def test_key_figures_show_metric_sign_marks_period_and_subject(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    rows = _rows(window)
    header = window.profile.figure_proxy.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in range(5)] == \
        ["指标", "数值", "时间", "类型", "对象"]
    # the zone's own figures first, then the company's, then the park's
    assert [r[FIG_SUBJECT] for r in rows] == ["", "", "", "公司：临江智造集团"] + ["园区：滨湖科学城"] * 3
    gdp, growth, robots = rows[0], rows[1], rows[2]
    assert (gdp[FIG_LABEL], gdp[FIG_VALUE], gdp[FIG_KIND], gdp[FIG_PERIOD]) == \
        ("地区生产总值", "约1026.5亿元", "实际", "2023年")
    assert (growth[FIG_LABEL], growth[FIG_VALUE], growth[FIG_KIND]) == ("地区生产总值", "7.2%", "增速")
    assert robots[FIG_PERIOD] == "今年1-9月（2023年1-9月）"
    target = next(r for r in rows if r[FIG_LABEL] == "集聚企业")
    assert target[FIG_KIND] == "目标"
    # the metric is shown, the printed label is one hover away
    tip = window.profile.figure_proxy.index(0, FIG_LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "原文名称：实现地区生产总值" in tip and "原文：约1026.5亿元" in tip
    company_tip = window.profile.figure_proxy.index(3, FIG_VALUE).data(Qt.ItemDataRole.ToolTipRole)
    assert "关于公司：临江智造集团，不是园区整体的数据" in company_tip

    window.zone_list.select_zone("东山经开区")
    fall = next(r for r in _rows(window) if r[FIG_KIND] == "增速·预计")
    assert fall[FIG_VALUE] == "\u221215%" and fall[FIG_LABEL] == "实际使用外资"


def test_clicking_a_park_figure_in_the_parent_still_shows_its_source(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    proxy, view = window.profile.figure_proxy, window.profile.figure_view
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, FIG_LABEL).data() == "总投资")
    _click(qtbot, view, proxy.index(row, FIG_SUBJECT))
    figure = proxy.index(row, 0).data(RowRole)
    assert figure["subject"] == "滨湖科学城"
    assert window.source.current_file() == FILE_A
    start, end = _strong(window)
    assert TEXT_A[start:end] == "突破180亿元" == figure["raw"]
    # sorting by value keeps click-to-source right
    view.sortByColumn(FIG_VALUE, Qt.SortOrder.DescendingOrder)
    _click(qtbot, view, proxy.index(0, FIG_LABEL))
    start, end = _strong(window)
    assert TEXT_A[start:end] == "约1026.5亿元"


def test_articles_show_date_and_outlet_everywhere(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    window.profile.tabs.setCurrentIndex(2)
    proxy, view = window.profile.article_proxy, window.profile.article_view
    shown = {proxy.index(r, ART_TITLE).data(): (proxy.index(r, ART_DATE).data(),
                                                proxy.index(r, ART_OUTLET).data())
             for r in range(proxy.rowCount())}
    assert shown["临江高新区：创新引领高质量发展"] == ("2023-10-12", "临江日报")
    assert shown["滨湖科学城再添新项目"] == ("2023-11-02（文件时间）", "")

    row = next(r for r in range(proxy.rowCount())
               if proxy.index(r, ART_TITLE).data() == "滨湖科学城再添新项目")
    _click(qtbot, view, proxy.index(row, ART_TITLE))
    assert "滨湖科学城再添新项目 · 2023-11-02（文件时间）" in window.source.header.text()

    # Ctrl+C on an article copies its citation
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == \
        f"《滨湖科学城再添新项目》 · 2023-11-02（文件时间）\n{FILE_A}"


def test_copying_a_figure_cites_title_outlet_and_date(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    proxy, view = window.profile.figure_proxy, window.profile.figure_view
    window.profile.tabs.setCurrentIndex(0)
    _click(qtbot, view, proxy.index(0, FIG_LABEL))
    assert "东山经开区:外资项目加快落地 · 东山发布 · 2023-10-20" in window.source.header.text()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert f"出处：{FILE_B}，《东山经开区:外资项目加快落地》 · 东山发布 · 2023-10-20，第" in copied
    row = proxy.index(0, 0).data(RowRole)
    assert TEXT_B[row["start"]:row["end"]] == row["raw"]
