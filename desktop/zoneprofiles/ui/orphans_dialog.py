"""Work that lost its place: notes and corrections whose article text was
edited so their passage is gone, or whose figure is no longer read. The
store keeps them; here the analyst sees them and may forget them.

A second list holds work on files or zones that are simply not open now:
nothing is wrong with it, it comes back when they are."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout)

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "note": translate("Orphans", "Note"),
        "confirm_figure": translate("Orphans", "Confirmed figure"),
        "reject_figure": translate("Orphans", "Rejected figure"),
        "correct_figure": translate("Orphans", "Corrected figure"),
        "confirm_policy": translate("Orphans", "Confirmed policy"),
        "reject_policy": translate("Orphans", "Rejected policy"),
        "correct_policy": translate("Orphans", "Corrected policy"),
        "add_figure": translate("Orphans", "Added figure"),
        "add_policy": translate("Orphans", "Added policy"),
        "merge": translate("Orphans", "Merged zones"),
        "split": translate("Orphans", "Split zone"),
    }
    return labels.get(kind, kind)


def reason_label(reason: str) -> str:
    labels = {
        "text-changed": translate("Orphans", "The article was edited and the quoted text is no "
                                             "longer in it"),
        "not-extracted": translate("Orphans", "The text is still there, but no figure or policy "
                                              "is read from it any more"),
        "merge-cycle": translate("Orphans", "The zones were already merged the other way round"),
        "damaged": translate("Orphans", "The saved record is incomplete"),
        "file-not-loaded": translate("Orphans", "Its article is not among the files open"),
        "zone-not-loaded": translate("Orphans", "The zone is not in the files open"),
    }
    return labels.get(reason, reason)


class OrphansDialog(QDialog):
    forget_requested = Signal(list)  # change ids

    def __init__(self, orphans: list, not_loaded: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Work that lost its place"))
        self.resize(820, 380)
        intro = QLabel(self.tr(
            "These notes and corrections no longer match the articles: their passage was edited "
            "away or is no longer read. They are kept until you forget them; orphaned notes still "
            "show on their zone."))
        intro.setWordWrap(True)
        self.orphans = self._table(orphans)
        self.not_loaded = self._table(not_loaded)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.orphans, self.tr("Lost their place ({n})").format(n=len(orphans)))
        self.tabs.addTab(self.not_loaded, self.tr("Files not open ({n})").format(n=len(not_loaded)))
        self.forget_button = QPushButton(self.tr("&Forget Selected"))
        self.forget_button.setToolTip(self.tr("Delete the selected items from your saved work"))
        self.forget_button.clicked.connect(self._forget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _table(self, items: list) -> QTableWidget:
        headers = [self.tr("What"), self.tr("Zone"), self.tr("Quoted text"), self.tr("Content"),
                   self.tr("Why")]
        table = QTableWidget(len(items), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        for r, item in enumerate(items):
            cells = [kind_label(item.kind), item.zone or "", item.quote or "", item.detail or "",
                     reason_label(item.reason)]
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(str(value))
                cell.setToolTip(str(value) + (f"\n{item.source_file}" if c == 2 and item.source_file
                                              else ""))
                cell.setData(Qt.ItemDataRole.UserRole, item.change_id)
                table.setItem(r, c, cell)
        header = table.horizontalHeader()
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c in (2, 3, 4)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        return table

    def rows(self, table: QTableWidget | None = None) -> list[tuple[str, ...]]:
        table = table or self.orphans
        return [tuple(table.item(r, c).text() for c in range(table.columnCount()))
                for r in range(table.rowCount())]

    def _forget(self) -> None:
        table = self.tabs.currentWidget()
        ids = sorted({table.item(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                      for i in table.selectionModel().selectedRows()})
        if ids:
            self.forget_requested.emit(ids)
            for row in sorted({i.row() for i in table.selectionModel().selectedRows()},
                              reverse=True):
                table.removeRow(row)
