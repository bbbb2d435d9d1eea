"""The table models and the search, tested without a window."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from zoneprofiles.ui.profile_models import (FIG_LABEL, FIG_VALUE, FigureTableModel,
                                            PolicyTableModel)
from zoneprofiles.ui.profile_models import RowRole as FigRowRole
from zoneprofiles.ui.profile_models import SortRole as FigSortRole
from zoneprofiles.ui.search_panel import SearchResultsModel, search_hits
from zoneprofiles.ui.zone_list import (COL_ARTICLES, COL_FIGURES, COL_KIND, COL_NAME, RowRole,
                                       SortRole, ZoneFilterProxy, ZoneIdRole, ZoneTableModel)

from ui_fixtures import FILE_A, FILE_B, TEXT_A, TEXT_B


def _zone_model(corpus):
    model = ZoneTableModel()
    model.set_zones(corpus.zones)
    proxy = ZoneFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def _names(proxy):
    return [proxy.index(r, COL_NAME).data() for r in range(proxy.rowCount())]


def test_zone_model_shows_one_row_per_zone_with_counts(corpus):
    model, _ = _zone_model(corpus)
    assert model.rowCount() == 3
    row = model.row_of("临江高新区")
    assert model.index(row, COL_NAME).data() == "临江高新区"
    assert model.index(row, COL_KIND).data() == "高新区"
    assert model.index(row, COL_FIGURES).data() == 4
    assert model.index(row, COL_FIGURES).data(SortRole) == 4
    assert model.index(row, COL_NAME).data(RowRole)["province"] == "江苏省"
    assert model.index(row, COL_NAME).data(ZoneIdRole) == "临江高新区"
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "园区"


def test_zone_tooltip_names_the_aliases_and_the_parent(corpus):
    model, _ = _zone_model(corpus)
    park = model.index(model.row_of("滨湖科学城"), COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    zone = model.index(model.row_of("临江高新区"), COL_NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert "所属：临江高新区" in park
    assert "临江高新技术产业开发区" in zone


def test_filter_by_alias_kind_and_province(corpus):
    _, proxy = _zone_model(corpus)
    proxy.set_text("经济技术开发区")  # an alias of 东山经开区, not its name
    assert _names(proxy) == ["东山经开区"]
    proxy.set_text("")
    proxy.set_kind("科学城")
    assert _names(proxy) == ["滨湖科学城"]
    proxy.set_kind("")
    proxy.set_province("江苏省")
    assert sorted(_names(proxy)) == ["临江高新区", "滨湖科学城"]
    proxy.set_province("")
    assert proxy.rowCount() == 3


def test_sort_by_figures_and_articles_uses_numbers(corpus):
    _, proxy = _zone_model(corpus)
    proxy.sort(COL_FIGURES, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[0] == "临江高新区"
    proxy.sort(COL_ARTICLES, Qt.SortOrder.DescendingOrder)
    assert _names(proxy)[0] == "滨湖科学城"


def test_empty_model_has_no_rows():
    model = ZoneTableModel()
    model.set_zones(None)
    assert model.rowCount() == 0
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(QModelIndex()) == 5


def test_figure_model_formats_values_and_sorts_by_number(corpus):
    model = FigureTableModel()
    model.set_frame(corpus.profile("临江高新区").figures)
    shown = {model.index(r, FIG_LABEL).data(): model.index(r, FIG_VALUE).data()
             for r in range(model.rowCount())}
    assert shown["地区生产总值"] == "约1026.5亿元"
    assert shown["新增工业机器人"] == "1.21万台/套"
    gdp = model.row_of(model.row(0)["figure_id"])
    assert model.index(gdp, FIG_VALUE).data(FigSortRole) == 1.0265e11
    tip = model.index(gdp, FIG_LABEL).data(Qt.ItemDataRole.ToolTipRole)
    assert "原文：约1026.5亿元" in tip and "实现地区生产总值" in tip
    row = model.index(gdp, FIG_LABEL).data(FigRowRole)
    assert TEXT_A[row["start"]:row["end"]] == row["raw"]


def test_policy_model_names_the_kind_in_chinese(corpus):
    model = PolicyTableModel()
    model.set_frame(corpus.policies)
    kinds = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert kinds == {"临江高新区促进集成电路产业发展若干措施": "文件", "招商十条": "政策包"}


def test_search_hits_point_at_the_query_in_the_text(corpus):
    hits = search_hits(corpus, "东山经开区")
    assert hits and all(h["source_file"] == FILE_B for h in hits)
    for hit in hits:
        assert TEXT_B[hit["start"]:hit["end"]] == "东山经开区"
    model = SearchResultsModel()
    model.set_hits(hits, {"b1": "东山经开区:外资项目加快落地"})
    assert model.index(0, 0).data() == "东山经开区:外资项目加快落地"
    assert model.index(0, 2).data() == "东山经开区"


def test_search_finds_nothing_for_blank_or_absent_text(corpus):
    assert search_hits(corpus, "   ") == []
    assert search_hits(corpus, "不存在的园区") == []
    assert search_hits(None, "临江") == []


def test_search_hits_are_in_reading_order(corpus):
    hits = search_hits(corpus, "滨湖科学城")
    assert [h["start"] for h in hits] == sorted(h["start"] for h in hits)
    assert {h["source_file"] for h in hits} == {FILE_A}
