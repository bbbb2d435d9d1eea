"""The profile's tables size their columns from the display texts of the
rows fitted (column_fit.ColumnFitter with RowsModel.fit_texts), not through
Qt's sizeHintForColumn: the widths must still be those Qt asks for, so a
long label, Chinese text, a value and a reviewed row's mark stay whole, and
a narrow pane still elides only the columns named as squeezable."""
from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QTableView

from zoneprofiles.ui.column_fit import FIT_ROWS, ColumnFitter
from zoneprofiles.ui.profile_models import (ART_TITLE, FIG_LABEL, FIG_PERIOD, FIG_SUBJECT,
                                            ArticleTableModel, FigureTableModel)

LONG = "高新技术企业研发经费投入占营业收入比重（含规模以上工业企业）"


def _figures(n: int = 8, status: str | None = None) -> pd.DataFrame:
    rows = []
    for i in range(n):
        rows.append({"figure_id": f"f{i}", "zone_id": "z", "metric": LONG if i == 3 else f"GDP {i}",
                     "label": "地区生产总值", "value": 1026.5 * (i + 1), "unit": "元",
                     "raw": "1026.5亿元", "qualifier": "约" if i % 2 else "", "measure": "level",
                     "basis": "target" if i == 5 else "actual", "kind": "", "period": "2023年1-9月",
                     "year": 2023, "span": "1-9月", "subject": "滨湖科学城" if i == 6 else "",
                     "status": status if i == 1 else None,
                     "source_file": "a.txt", "start": 0, "end": 1, "sentence": "句子。"})
    return pd.DataFrame(rows)


def _table(qtbot, model, squeeze, grow, width=1400):
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    fitter = ColumnFitter(view, squeeze, grow)
    qtbot.addWidget(view)
    view.resize(width, 400)
    view.show()
    qtbot.waitExposed(view)
    return view, fitter


@pytest.mark.parametrize("status", [None, "confirmed", "rejected"])
def test_widths_are_those_qt_asks_for_the_rows_fitted(qtbot, status):
    model = FigureTableModel()
    model.set_parks(["滨湖科学城"])
    view, fitter = _table(qtbot, model, [FIG_LABEL, FIG_SUBJECT], FIG_LABEL)
    model.set_frame(_figures(status=status))
    qtbot.wait(20)
    count = model.columnCount()
    # Qt's own reading of the same rows: the cells are never cut
    assert fitter.content_widths(count) == [view.sizeHintForColumn(c) for c in range(count)]
    header = view.horizontalHeader()
    for column in range(count):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)
    # the long Chinese name is shown whole: its column is wider than the text
    assert header.sectionSize(FIG_LABEL) > view.fontMetrics().horizontalAdvance(LONG)
    # and no wider than the pane
    assert header.length() <= view.viewport().width()


def test_a_narrow_pane_elides_the_long_name_not_the_period(qtbot):
    model = FigureTableModel()
    view, _fitter = _table(qtbot, model, [FIG_LABEL, FIG_SUBJECT], FIG_LABEL, width=420)
    model.set_frame(_figures())
    qtbot.wait(20)
    header = view.horizontalHeader()
    assert header.length() <= view.viewport().width()
    assert header.sectionSize(FIG_LABEL) < view.fontMetrics().horizontalAdvance(LONG)
    assert header.sectionSize(FIG_PERIOD) >= view.sizeHintForColumn(FIG_PERIOD)


def test_widths_come_from_the_first_rows_only(qtbot):
    """A title far down a long list does not widen its column (as Qt's
    resizeContentsPrecision did it)."""
    model = ArticleTableModel()
    view, fitter = _table(qtbot, model, [ART_TITLE], ART_TITLE)
    n = FIT_ROWS + 30
    model.set_frame(pd.DataFrame({
        "article_id": [f"a{i}" for i in range(n)],
        "title": ["短标题" if i < n - 1 else LONG * 3 for i in range(n)],
        "date": ["2023-01-01"] * n, "date_source": ["text"] * n, "outlet": ["合肥日报"] * n,
        "source_file": [f"docs/{i}.txt" for i in range(n)]}))
    qtbot.wait(20)
    assert fitter.fitted_rows() == list(range(FIT_ROWS))
    title = fitter.content_widths(model.columnCount())[ART_TITLE]
    assert title < view.fontMetrics().horizontalAdvance(LONG)


def _profile_panel(qtbot, corpus, width):
    from zoneprofiles.ui.profile_panel import ProfilePanel
    panel = ProfilePanel()
    qtbot.addWidget(panel)
    panel.resize(width, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_profile(corpus.profile("临江高新区"))
    panel.tabs.setCurrentIndex(2)  # the articles
    qtbot.wait(20)
    return panel


def test_the_articles_title_takes_the_room_left_and_the_rest_stay_whole(qtbot, corpus):
    panel = _profile_panel(qtbot, corpus, 900)
    view = panel.article_view
    header = view.horizontalHeader()
    assert view.model().rowCount() > 0
    for column in range(1, view.model().columnCount()):  # date, outlet, file
        assert header.sectionSize(column) >= max(view.sizeHintForColumn(column),
                                                 header.sectionSizeHint(column))
    # as a stretched column did: the title fills the pane, no gap, no scroll bar
    assert header.sectionSize(ART_TITLE) >= view.sizeHintForColumn(ART_TITLE)
    assert view.viewport().width() - 6 <= header.length() <= view.viewport().width()
    # the policies' title likewise, once their tab is shown
    panel.tabs.setCurrentIndex(1)
    qtbot.wait(20)
    policies = panel.policy_view
    assert policies.model().rowCount() > 0
    length = policies.horizontalHeader().length()
    assert policies.viewport().width() - 6 <= length <= policies.viewport().width()


def test_a_narrow_pane_elides_the_article_title_not_the_date(qtbot, corpus):
    from zoneprofiles.ui.profile_models import ART_DATE
    panel = _profile_panel(qtbot, corpus, 330)
    view = panel.article_view
    header = view.horizontalHeader()
    assert header.sectionSize(ART_TITLE) < view.sizeHintForColumn(ART_TITLE)
    assert header.sectionSize(ART_DATE) >= view.sizeHintForColumn(ART_DATE)
