"""A read-only table of results (search hits, conflicting sources): one row
selected at a time, no editing, no wrapping, rows one text line high."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def results_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    # columns sized to their contents read this many rows, not Qt's 1,000:
    # a result list of tens of thousands of rows stays quick to fill
    view.horizontalHeader().setResizeContentsPrecision(200)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view
