"""Table columns that fit the pane instead of scrolling sideways: every
column gets the width its contents ask for while there is room; in a narrow
pane only the columns named as squeezable (a metric's or a figure's name, a
target) give up width, elided with "…" (the full text is in the tooltip),
so short columns such as the period, 目标 and 来源数 stay whole and in view."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView


FIT_ROWS = 20


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

    def _later(self, *_args) -> None:
        self._wants = None  # new contents: their widths are read again
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
            wants = self._wants = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c))
                                   for c in range(count)]
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
