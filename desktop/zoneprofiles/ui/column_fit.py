"""Table columns that fit the pane instead of scrolling sideways: every
column gets the width its contents ask for while there is room; in a narrow
pane only the columns named as squeezable (a metric's or a figure's name, a
target) give up width, elided with "…" (the full text is in the tooltip),
so short columns such as the period, 目标 and 来源数 stay whole and in view.

A column's width is read from the display texts of the rows fitted (a model
that offers `fit_texts`, as profile_models.RowsModel does), measured with the
view's font metrics and padded as Qt's item delegate pads a cell: Qt's own
sizeHintForColumn asks the Python model's data() for eight roles of every
cell through the proxy, which was most of a zone switch's time."""
from __future__ import annotations

import math

from PySide6.QtCore import QAbstractProxyModel, QEvent, QObject, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView


FIT_ROWS = 20
_WIDTHS_KEPT = 20_000  # text widths remembered per table: a corpus's periods and kinds repeat


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, squeeze: list[int], grow: int) -> None:
        super().__init__(view)
        self.view, self.squeeze, self.grow = view, list(squeeze), grow
        header = view.horizontalHeader()
        # a column's width from its first rows (Qt reads 1,000 by default): a
        # zone with thousands of figures made each fit a tenth of a second
        header.setResizeContentsPrecision(FIT_ROWS)
        view.verticalHeader().setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(False)
        for col in range(header.count()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)  # its Show: a fit put off while it was hidden
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._later)
        self._pending = False
        self._wants: list[int] | None = None
        self._hidden = False
        self._font = None
        self._text_widths: dict[str, int] = {}

    def _later(self, *_args) -> None:
        self._wants = None  # new contents: their widths are read again
        if self.view.isVisible() and self.view.model().rowCount():
            # a table on screen is fitted at once: fitted after its first
            # paint, it painted again at each zone switch with the new widths
            self.fit()
            return
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.fit)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize or (
                event.type() == QEvent.Type.Show and self._hidden):
            self.fit()
        return False

    def fit(self) -> None:
        self._pending = False
        if not self.view.isVisible():
            # a hidden table reads every row for its widths (Qt's rule when
            # none is on screen): it is fitted when it is shown
            self._hidden = True
            return
        self._hidden = False
        view, header = self.view, self.view.horizontalHeader()
        count = header.count()
        if not count:
            return
        # a resize of the pane only shares the same widths out again
        wants = self._wants
        if wants is None or len(wants) != count:
            wants = self._wants = [max(w, header.sectionSizeHint(c))
                                   for c, w in enumerate(self.content_widths(count))]
        room = view.viewport().width() - 4  # rounding: never a scroll bar for a pixel or two
        widths = list(wants)
        over = sum(widths) - room
        if over > 0:
            floor = view.fontMetrics().horizontalAdvance("指标") + 12  # two characters and "…"
            give = {c: max(0, wants[c] - floor) for c in self.squeeze}
            total = sum(give.values())
            if total:
                for c, can in give.items():
                    widths[c] -= min(can, round(over * can / total) + 1)
        else:
            widths[self.grow] += -over
        for c, w in enumerate(widths):
            header.resizeSection(c, max(w, header.minimumSectionSize()))

    def fitted_rows(self) -> list[int]:
        """The rows (of the view's model) a width is read from, as Qt's
        sizeHintForColumn picks them: FIT_ROWS from the top row on screen
        down, then above it when the end is reached."""
        n = self.view.model().rowCount()
        top = max(0, self.view.rowAt(0))
        rows = list(range(top, min(n, top + FIT_ROWS)))
        if len(rows) < FIT_ROWS:
            rows[:0] = range(max(0, top - (FIT_ROWS - len(rows))), top)
        return [r for r in rows if not self.view.isRowHidden(r)]

    def content_widths(self, count: int) -> list[int]:
        """Each column's width for its contents in the rows fitted, as the
        view's sizeHintForColumn gives it, without a data() call per role
        and cell (a model without `fit_texts` is asked by Qt as before)."""
        view = self.view
        model = view.model()
        source = model.sourceModel() if isinstance(model, QAbstractProxyModel) else model
        fit_texts = getattr(source, "fit_texts", None)
        if fit_texts is None:
            return [view.sizeHintForColumn(c) for c in range(count)]
        rows = self.fitted_rows()
        if source is not model:
            rows = [model.mapToSource(model.index(r, 0)).row() for r in rows]
        font = view.font()
        if font != self._font:  # another font: other widths
            self._font, self._text_widths = font, {}
            self._metrics = QFontMetricsF(font)
            style = view.style()
            # QCommonStyle's item layout: a margin either side of the text,
            # and of the decoration (a reviewed row's mark) beside it
            self._margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                  None, view) + 1)
            icon = view.iconSize().width()
            if icon <= 0:
                icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
            self._icon = icon + self._margin
        known, advance, margin = self._text_widths, self._metrics.horizontalAdvance, self._margin
        if len(known) > _WIDTHS_KEPT:
            known.clear()
        grid = 1 if view.showGrid() else 0  # as sizeHintForColumn: the grid line's pixel
        widths = []
        for column in range(count):
            best = 0
            for text, decorated in fit_texts(rows, column):
                w = known.get(text)
                if w is None:
                    w = known[text] = math.ceil(advance(text)) + margin
                if decorated:
                    w += self._icon
                if w > best:
                    best = w
            widths.append(best + grid)
        return widths
