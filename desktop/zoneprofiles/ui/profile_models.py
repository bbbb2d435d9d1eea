"""Table models for the lists inside a zone's profile: key figures, policies
and articles. Each row is a dict taken from the model's DataFrame, so the
spans (`source_file`, `start`, `end`, `sentence_*`) travel with it.

Rows the analyst has reviewed carry a `status` (confirmed / corrected /
added / rejected, from zoneprofiles.userdata): they get a coloured mark in
the first column, a tint, and a tooltip that says what was done by hand."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from .formatting import (figure_kind_label, format_value, is_missing, policy_kind_label,
                         text_or_empty, tooltip_html)

translate = QCoreApplication.translate
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4  # 'extracted', 'confirmed', 'corrected', 'added', 'rejected'

CONFIRMED, CORRECTED, ADDED, REJECTED = "confirmed", "corrected", "added", "rejected"
# mark colour and row tint per status; the shape differs too, for colour-blind eyes
STATUS_COLOURS = {CONFIRMED: ("#2f9e44", "#ebf7ee"), CORRECTED: ("#e67700", "#fff4e0"),
                  ADDED: ("#1c7ed6", "#e7f1fc"), REJECTED: ("#868e96", "#f1f3f5")}
_icons: dict[str, QIcon] = {}


def status_of(row: dict) -> str:
    status = row.get("status")
    return status if isinstance(status, str) and status else "extracted"


def status_icon(status: str) -> QIcon | None:
    """A small round mark: a tick (confirmed), a pen stroke (corrected), a
    plus (added) or a cross (rejected), drawn here so no image file is needed."""
    if status not in STATUS_COLOURS:
        return None
    if status not in _icons:
        size = 16
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS[status][0]))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        painter.setPen(QPen(QColor("#ffffff"), 2))
        lines = {CONFIRMED: [(4.5, 8.5, 7, 11), (7, 11, 11.5, 5)],
                 CORRECTED: [(5, 11, 11, 5)],
                 ADDED: [(8, 4.5, 8, 11.5), (4.5, 8, 11.5, 8)],
                 REJECTED: [(5, 5, 11, 11), (11, 5, 5, 11)]}[status]
        for x1, y1, x2, y2 in lines:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        painter.end()
        _icons[status] = QIcon(pixmap)
    return _icons[status]

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
        return 0 if parent.isValid() else len(self._header_cache())

    def _header_cache(self) -> list[str]:
        # views ask for the column count thousands of times per zone switch;
        # the language only changes on restart, so the translated list is kept
        cached = getattr(self, "_headers_cached", None)
        if cached is None:
            cached = self._headers_cached = self.headers()
        return cached

    def headers(self) -> list[str]:
        raise NotImplementedError

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._header_cache()[section]
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
        if role == StatusRole:
            return status_of(row)
        return self.status_data(row, index.column(), role)

    def status_data(self, row: dict, column: int, role):
        status = status_of(row)
        if status not in STATUS_COLOURS:
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return status_icon(status)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[status][1]))
        if status == REJECTED and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#868e96"))
        if status == REJECTED and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def status_text(self, row: dict) -> str:
        """What the analyst did to this row, for its tooltip ('' if nothing)."""
        return {CONFIRMED: translate("RowsModel", "Confirmed by you"),
                CORRECTED: translate("RowsModel", "Changed by hand"),
                ADDED: translate("RowsModel", "Added by hand"),
                REJECTED: translate("RowsModel", "Rejected: not shown in the profile, charts or print")
                }.get(status_of(row), "")

    def cell(self, row: dict, column: int, role):
        raise NotImplementedError

    def tooltip(self, row: dict) -> str:
        return tooltip_html(self.status_text(row), text_or_empty(row.get("sentence")))

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
        printed = self.tr("As printed: {raw}").format(raw=raw)
        status = self.status_text(row)
        if status:
            return tooltip_html(status, printed, text_or_empty(row.get("sentence")))
        return tooltip_html(printed, text_or_empty(row.get("sentence")))

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
