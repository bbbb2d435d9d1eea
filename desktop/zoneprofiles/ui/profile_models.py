"""Table models for the lists inside a zone's profile: key figures, policies
and articles. Each row is a dict taken from the model's DataFrame, so the
spans (`source_file`, `start`, `end`, `sentence_*`) travel with it."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from .formatting import (figure_kind_label, format_value, is_missing, policy_kind_label,
                         text_or_empty, tooltip_html)

SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3

FIG_LABEL, FIG_VALUE, FIG_PERIOD, FIG_KIND = range(4)
POL_TITLE, POL_KIND = range(2)
ART_TITLE, ART_FILE = range(2)


class RowsModel(QAbstractTableModel):
    """Rows of one DataFrame as dicts; subclasses say how to show a cell."""

    id_column = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []

    def set_frame(self, frame) -> None:
        self.beginResetModel()
        self._rows = [] if frame is None else frame.to_dict("records")
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row(self, row: int) -> dict:
        return self._rows[row]

    @staticmethod
    def id_role() -> int:
        return IdRole

    def row_of(self, item_id) -> int:
        for i, r in enumerate(self._rows):
            if str(r.get(self.id_column)) == str(item_id):
                return i
        return -1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == RowRole:
            return row
        if role == IdRole:
            return str(row.get(self.id_column))
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return self.cell(row, index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        return None

    def cell(self, row: dict, column: int, role):
        raise NotImplementedError

    def tooltip(self, row: dict) -> str:
        return tooltip_html("", text_or_empty(row.get("sentence")))

    def alignment(self, column: int):
        return None


class FigureTableModel(RowsModel):
    id_column = "figure_id"

    def headers(self) -> list[str]:
        return [self.tr("Measure"), self.tr("Value"), self.tr("Period"), self.tr("Kind")]

    def cell(self, row: dict, column: int, role):
        if column == FIG_LABEL:
            return text_or_empty(row.get("label"))
        if column == FIG_VALUE:
            if role == SortRole:
                value = row.get("value")
                return float("-inf") if is_missing(value) else float(value)
            return format_value(row.get("value"), row.get("unit"), row.get("qualifier"),
                                row.get("raw"))
        if column == FIG_PERIOD:
            return text_or_empty(row.get("period"))
        return figure_kind_label(text_or_empty(row.get("kind")))

    def tooltip(self, row: dict) -> str:
        raw = text_or_empty(row.get("raw"))
        return tooltip_html(self.tr("As printed: {raw}").format(raw=raw),
                            text_or_empty(row.get("sentence")))

    def alignment(self, column: int):
        if column == FIG_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PolicyTableModel(RowsModel):
    id_column = "policy_id"

    def headers(self) -> list[str]:
        return [self.tr("Policy"), self.tr("Kind")]

    def cell(self, row: dict, column: int, role):
        if column == POL_TITLE:
            return text_or_empty(row.get("title"))
        return policy_kind_label(text_or_empty(row.get("kind")))


class ArticleTableModel(RowsModel):
    id_column = "article_id"

    def headers(self) -> list[str]:
        return [self.tr("Article"), self.tr("File")]

    def cell(self, row: dict, column: int, role):
        if column == ART_TITLE:
            return text_or_empty(row.get("title")) or self.tr("(untitled)")
        return file_name(text_or_empty(row.get("source_file")))

    def tooltip(self, row: dict) -> str:
        return tooltip_html(text_or_empty(row.get("title")), text_or_empty(row.get("byline")),
                            text_or_empty(row.get("source_file")))


def file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
