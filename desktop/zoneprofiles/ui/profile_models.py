"""Table models for the lists inside a zone's profile: key figures, policies
and articles. Each row is a dict taken from the model's DataFrame, so the
spans (`source_file`, `start`, `end`, `sentence_*`) travel with it.

Rows the analyst has reviewed carry a `status` (confirmed / corrected /
added / rejected, from zoneprofiles.userdata): they get a coloured mark in
the first column, a tint, and a tooltip that says what was done by hand."""
from __future__ import annotations

from collections.abc import Sequence

from .records import Records

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from .formatting import (format_value, is_missing, policy_kind_label,
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

FIG_LABEL, FIG_VALUE, FIG_PERIOD, FIG_KIND, FIG_SUBJECT = range(5)
POL_TITLE, POL_KIND = range(2)
ART_TITLE, ART_DATE, ART_OUTLET, ART_FILE = range(4)

MEASURES = ("level", "growth", "share")
BASES = ("actual", "target", "estimate")
# what a subject is, read from its name: a park of the zone, a company, a project
_COMPANY_ENDS = ("公司", "集团", "股份", "有限", "企业", "银行", "工厂", "厂")
_PROJECT_WORDS = ("项目", "工程")


def measure_label(measure: str) -> str:
    return {"level": translate("FigureMarks", "level"),
            "growth": translate("FigureMarks", "growth"),
            "share": translate("FigureMarks", "share")}.get(measure, measure)


def basis_label(basis: str) -> str:
    return {"actual": translate("FigureMarks", "actual"),
            "target": translate("FigureMarks", "target"),
            "estimate": translate("FigureMarks", "estimate")}.get(basis, basis)


def measure_and_basis(row: dict) -> tuple[str, str]:
    """The figure's measure and basis; from its one-word kind when a row
    (an older cache, a figure added by hand before these existed) has none."""
    measure, basis = text_or_empty(row.get("measure")), text_or_empty(row.get("basis"))
    kind = text_or_empty(row.get("kind"))
    if not measure:
        measure = kind if kind in ("growth", "share") else "level"
    if not basis:
        basis = kind if kind in ("target", "estimate") else "actual"
    return measure, basis


def figure_marks(row: dict) -> str:
    """增速 / 占比 and 目标 / 预计, joined; 实际 for a plain level."""
    measure, basis = measure_and_basis(row)
    marks = [measure_label(measure)] if measure != "level" else []
    if basis != "actual":
        marks.append(basis_label(basis))
    return "·".join(marks) or basis_label("actual")


def metric_name(row: dict) -> str:
    """The canonical metric, else the label as printed."""
    return text_or_empty(row.get("metric")) or text_or_empty(row.get("label"))


def signed_value(row: dict) -> str:
    """The value as printed with its sign: a fall reads −3.2%."""
    value = row.get("value")
    if is_missing(value) or float(value) >= 0:
        return format_value(value, row.get("unit"), row.get("qualifier"), row.get("raw"))
    text = format_value(-float(value), row.get("unit"), row.get("qualifier"), row.get("raw"))
    qualifier = text_or_empty(row.get("qualifier"))
    if qualifier and text.startswith(qualifier):  # 约−3.2%: the sign stays with the number
        return qualifier + "\u2212" + text[len(qualifier):]
    return "\u2212" + text


def resolved_period(row: dict) -> str:
    """Year and span as one text: 2023年1-9月, 2023年, 2021-2025年 ('' if unknown)."""
    year, span = row.get("year"), text_or_empty(row.get("span"))
    if "-" in span and span.replace("-", "").isdigit():
        return f"{span}年"
    if is_missing(year):
        return ""
    year = f"{int(float(year))}年"
    return year if span in ("", "全年") else year + span


def period_text(row: dict) -> str:
    """The period as printed, with what it resolves to where that says more."""
    printed, resolved = text_or_empty(row.get("period")), resolved_period(row)
    if not resolved or resolved == printed:
        return printed
    if not printed:
        return resolved
    return f"{printed}（{resolved}）"


def subject_kind(subject: str, parks: set[str]) -> str:
    """'park', 'company', 'project' or '' for a figure's subject."""
    head = subject.split("·", 1)[0]
    if head in parks:
        return "park"
    if head.endswith(_COMPANY_ENDS):
        return "company"
    if any(word in head for word in _PROJECT_WORDS):
        return "project"
    return ""


def subject_text(subject: str, parks: set[str]) -> str:
    """The subject marked with what it is: 园区：滨湖科学城, 公司：…, 项目：…"""
    if not subject:
        return ""
    mark = {"park": translate("FigureMarks", "Park: {name}"),
            "company": translate("FigureMarks", "Company: {name}"),
            "project": translate("FigureMarks", "Project: {name}")}.get(
        subject_kind(subject, parks))
    return mark.format(name=subject) if mark else subject


def article_date_text(row: dict) -> str:
    """The article's date; one taken from the file's time says so."""
    date = text_or_empty(row.get("date"))
    if date and text_or_empty(row.get("date_source")) == "file":
        return translate("FigureMarks", "{date} (file time)").format(date=date)
    return date


def article_source_line(row: dict) -> str:
    """Outlet and date, as a citation gives them: 合肥日报 · 2022-08-16."""
    return " · ".join(p for p in (text_or_empty(row.get("outlet")), article_date_text(row)) if p)


class RowsModel(QAbstractTableModel):
    """Rows of one DataFrame as dicts; subclasses say how to show a cell."""

    id_column = ""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: Sequence = []

    def set_frame(self, frame, source=None) -> None:
        """`source`: where the frame's rows are in the corpus
        (model.RowSource), read from there when it is this frame's."""
        self.beginResetModel()
        if frame is None:
            self._rows = []
        elif source is not None and source.frame is frame:
            self._rows = Records.of_source(source)
        else:
            self._rows = Records(frame)
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
        wanted = str(item_id)
        if isinstance(self._rows, Records):
            if self.id_column not in self._rows._names:
                return -1
            ids = self._rows.column(self.id_column)
        else:
            ids = [r.get(self.id_column) for r in self._rows]
        return next((i for i, v in enumerate(ids) if str(v) == wanted), -1)

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

    def fit_texts(self, rows: list[int], column: int) -> list[tuple[str, bool]]:
        """The text shown in `column` of these rows, and whether a mark
        (a reviewed row's icon) sits beside it: column_fit.ColumnFitter
        reads the column's width from them in one call, where Qt would ask
        data() for every role of every cell."""
        out = []
        display = Qt.ItemDataRole.DisplayRole
        decoration = Qt.ItemDataRole.DecorationRole
        for r in rows:
            row = self._rows[r]
            text = self.cell(row, column, display)
            out.append(("" if text is None else str(text),
                        self.status_data(row, column, decoration) is not None))
        return out

    def tooltip(self, row: dict) -> str:
        return tooltip_html(self.status_text(row), text_or_empty(row.get("sentence")))

    def alignment(self, column: int):
        return None


def _own_first(frame) -> list[int] | None:
    """Positions of the figures in the order shown: the zone's own (no
    subject) first, then each subject's together in the order subjects first
    appear; None when all are the zone's own. Done on the column at once: a
    zone of a large archive has thousands of figures, and a Python sort over
    them was a tenth of the zone switch."""
    if "subject" not in frame:
        return None
    import numpy as np  # a frame is here, so the load has imported them
    import pandas as pd
    subject = frame["subject"].to_numpy(dtype=object)
    codes, _ = pd.factorize(subject)  # in order of first appearance, missing as -1
    codes[subject == ""] = -1
    if not (codes >= 0).any():
        return None
    return np.argsort(codes, kind="stable").tolist()


class FigureTableModel(RowsModel):
    """Key figures: the zone's own first, then those about a park, a company
    or a project, each subject's together."""

    id_column = "figure_id"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.parks: set[str] = set()

    def set_parks(self, names) -> None:
        """Names of the zone's parks: their figures are marked 园区."""
        self.parks = {str(n) for n in names if n}

    def set_frame(self, frame, source=None) -> None:
        self.beginResetModel()
        if frame is None or frame.empty:
            self._rows = []
        else:
            own = source is not None and source.frame is frame
            order = _own_first(frame)
            self._rows = Records.of_source(source, order) if own else Records(frame, order)
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Measure"), self.tr("Value"), self.tr("Period"), self.tr("Kind"),
                self.tr("About")]

    def cell(self, row: dict, column: int, role):
        if column == FIG_LABEL:
            return metric_name(row)
        if column == FIG_VALUE:
            if role == SortRole:
                value = row.get("value")
                return float("-inf") if is_missing(value) else float(value)
            return signed_value(row)
        if column == FIG_PERIOD:
            if role == SortRole:
                year = row.get("year")
                return f"{0 if is_missing(year) else int(float(year)):04d} {period_text(row)}"
            return period_text(row)
        if column == FIG_KIND:
            return figure_marks(row)
        subject = text_or_empty(row.get("subject"))
        if role == SortRole:  # the zone's own first
            return ("1 " + subject) if subject else "0"
        return subject_text(subject, self.parks)

    def tooltip(self, row: dict) -> str:
        raw = text_or_empty(row.get("raw"))
        lines = [self.tr("As printed: {raw}").format(raw=raw)]
        label = text_or_empty(row.get("label"))
        if label and label != metric_name(row):
            lines.append(self.tr("Printed name: {label}").format(label=label))
        subject = text_or_empty(row.get("subject"))
        if subject:
            lines.append(self.tr("About {subject}, not the zone as a whole").format(
                subject=subject_text(subject, self.parks)))
        status = self.status_text(row)
        if status:
            return tooltip_html(status, *lines, text_or_empty(row.get("sentence")))
        return tooltip_html(lines[0], *lines[1:], text_or_empty(row.get("sentence")))

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
        return [self.tr("Article"), self.tr("Date"), self.tr("Outlet"), self.tr("File")]

    def cell(self, row: dict, column: int, role):
        if column == ART_TITLE:
            return text_or_empty(row.get("title")) or self.tr("(untitled)")
        if column == ART_DATE:
            if role == SortRole:
                return text_or_empty(row.get("date"))
            return article_date_text(row)
        if column == ART_OUTLET:
            return text_or_empty(row.get("outlet"))
        return file_name(text_or_empty(row.get("source_file")))

    def tooltip(self, row: dict) -> str:
        return tooltip_html(text_or_empty(row.get("title")), article_source_line(row),
                            text_or_empty(row.get("byline")),
                            text_or_empty(row.get("source_file")))


def file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]
