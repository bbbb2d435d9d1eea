"""A horizontal bar chart of figures (pyqtgraph): one row per figure, the
label on the left, the value as printed beside the bar. Hovering a row shows
value, period and sentence; clicking it reports the figure.

Nothing is drawn until the chart is painted: rows handed to a chart nobody
can see (the Charts tab is not the current one, or the chart is scrolled out
of view) are kept and drawn the moment Qt paints it, so moving through zones
never pays for charts nobody sees. pyqtgraph itself is
imported with the first chart drawn: it pulls in numpy and takes a noticeable
moment, which must not delay the window or the zone list.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QCursor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QToolTip, QVBoxLayout, QWidget

from .formatting import format_value, is_missing, text_or_empty, tooltip_html
from .records import Records

BAR_COLOUR = "#6f9fd8"
TARGET_COLOUR = "#b9cfe9"  # targets are promises, drawn paler than results
SELECTED_COLOUR = "#ff8c1a"
ROW_PIXELS = 30
TITLE_PIXELS = 80  # title, bottom axis and its unit
MAX_LABEL_PIXELS = 200
HALF_BAR = 0.32
# bars drawn at most: a measure of a large archive has thousands of figures,
# whose bars took seconds to draw and no one reads; the title says how many
# are left out, the export and the tables hold them all
MAX_BARS = 120

_SCALES = [(100_000_000, "亿"), (10_000, "万"), (1, "")]
_brushes: dict[str, object] = {}


def _brush(colour: str):
    if colour not in _brushes:
        import pyqtgraph as pg
        _brushes[colour] = pg.mkBrush(colour)
    return _brushes[colour]


def axis_scale(values: list[float], unit: str) -> tuple[float, str]:
    """Divide by 1e8 or 1e4 so the axis reads 亿元/万元 like the articles, at
    the same thresholds as the value beside the biggest bar (5亿元 is on an
    axis in 亿元, not 万元)."""
    from .formatting import _NO_SCALING  # the units the bar labels never scale
    if unit in _NO_SCALING:
        return 1.0, unit
    biggest = max((abs(v) for v in values), default=0)
    for factor, prefix in _SCALES:
        if biggest >= factor:
            return float(factor), prefix + unit
    return 1.0, unit


translate = QCoreApplication.translate  # with literal strings, so lupdate finds them


def axis_unit_text(axis_unit: str) -> str:
    """The axis unit in the UI's language: 亿元 in Chinese, "100 million
    yuan" in English (the bars' own labels stay as the articles print them)."""
    names = {"元": translate("BarChart", "yuan"), "美元": translate("BarChart", "US dollars"),
             "欧元": translate("BarChart", "euros"), "港元": translate("BarChart", "HK dollars"),
             "日元": translate("BarChart", "yen"), "英镑": translate("BarChart", "pounds")}
    prefix, unit = "", axis_unit
    if axis_unit[:1] in ("亿", "万") and len(axis_unit) > 1:
        prefix, unit = axis_unit[0], axis_unit[1:]
    name = names.get(unit, unit)
    if prefix == "亿":
        return translate("BarChart", "100 million {unit}").format(unit=name)
    if prefix == "万":
        return translate("BarChart", "10,000 {unit}").format(unit=name)
    return name


class BarChart(QWidget):
    bar_clicked = Signal(dict)  # the figure's row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._plot = None   # the pyqtgraph PlotWidget, made when first drawn
        self._bars = None
        self._texts: list = []  # value labels, reused from one drawing to the next
        self._rows: list[dict] = []
        self._labels: list[str] = []
        self._values: list[float] = []
        self._axis_unit = ""
        self._title = ""
        self._selected = -1
        self._stale = False  # rows changed since the last drawing
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        # the paler bars are targets: said under the title whenever there are any
        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.legend_label.setContentsMargins(8, 2, 8, 0)
        self.legend_label.hide()
        self._layout.addWidget(self.legend_label)
        self.setFixedHeight(TITLE_PIXELS + ROW_PIXELS)

    @property
    def plot(self):
        """The plot widget, drawn up to date."""
        self._draw()
        return self._plot

    # --- data --------------------------------------------------------------------
    def set_rows(self, rows: list[dict], labels: list[str], unit: str, title: str = "") -> None:
        """`rows`: figure rows with a numeric value, in display order; `labels`
        name each row on the axis; `unit` is the values' unit."""
        values = rows.column("value") if isinstance(rows, Records) else [r.get("value") for r in rows]
        keep = [i for i, v in enumerate(values) if not is_missing(v)]
        if len(keep) > MAX_BARS:
            title = self.tr("{title} (first {shown} of {total})").format(
                title=title, shown=MAX_BARS, total=len(keep))
            keep = keep[:MAX_BARS]
        self._rows = [rows[i] for i in keep]
        self._labels = [labels[i] for i in keep]
        raw = [float(r["value"]) for r in self._rows]
        factor, self._axis_unit = axis_scale(raw, unit)
        self._values = [v / factor for v in raw]
        self._title = title
        self._selected = -1
        self._update_legend()
        # a fixed height per row: one bar is not drawn a screen high, and many
        # bars stay readable (the charts sit in a scroll area)
        legend = self.legend_label.sizeHint().height() if not self.legend_label.isHidden() else 0
        self.setFixedHeight(TITLE_PIXELS + legend + ROW_PIXELS * max(len(self._rows), 1))
        self._stale = True
        # Qt paints only what is on screen: the drawing waits for that paint
        self.update()
        if self._plot is not None:
            self._plot.viewport().update()

    def _update_legend(self) -> None:
        kinds = {text_or_empty(r.get("kind")) for r in self._rows}
        if "target" not in kinds:
            self.legend_label.hide()
            return
        def swatch(colour: str, text: str) -> str:
            import html
            return (f'<span style="color:{colour}; font-size:large">■</span>&nbsp;'
                    f"{html.escape(text)}")
        parts = [swatch(BAR_COLOUR, self.tr("reported"))] if kinds - {"target"} else []
        parts.append(swatch(TARGET_COLOUR, self.tr("target (paler: planned, not yet reached)")))
        self.legend_label.setText("&nbsp;&nbsp; ".join(parts))
        self.legend_label.show()

    def legend_text(self) -> str:
        """The legend as plain text ("" when there is none)."""
        if self.legend_label.isHidden():
            return ""
        from PySide6.QtGui import QTextDocument
        doc = QTextDocument()
        doc.setHtml(self.legend_label.text())
        return doc.toPlainText().replace("\xa0", " ")

    def axis_unit(self) -> str:
        return self._axis_unit

    def title(self) -> str:
        return self._title

    def paintEvent(self, event) -> None:
        if self._stale:
            self._draw()  # the first time: there is no plot yet to cover this widget
        super().paintEvent(event)

    def eventFilter(self, obj, event) -> bool:
        if self._stale and event.type() == QEvent.Type.Paint:
            self._draw()
        return False

    def _make_plot(self) -> None:
        import pyqtgraph as pg
        plot = pg.PlotWidget(background="w")
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=True, y=False, alpha=0.25)
        plot.getViewBox().invertY(True)  # first row on top, like a table
        self._bars = pg.BarGraphItem(x0=[], y=[], height=[], width=[], brushes=[])
        plot.addItem(self._bars)
        self._layout.addWidget(plot)
        plot.viewport().installEventFilter(self)
        plot.scene().sigMouseMoved.connect(self._on_move)
        plot.scene().sigMouseClicked.connect(self._on_click)
        self._plot = plot

    def _draw(self) -> None:
        if self._plot is None:
            self._make_plot()
        elif not self._stale:
            return
        self._stale = False
        plot = self._plot
        n = len(self._rows)
        self._bars.setOpts(x0=[0] * n, y=list(range(n)), height=[2 * HALF_BAR] * n,
                           width=self._values, brushes=self._brushes())
        while len(self._texts) < n:
            import pyqtgraph as pg
            text = pg.TextItem("", color="#333333", anchor=(0, 0.5))
            plot.addItem(text)
            self._texts.append(text)
        for i, text in enumerate(self._texts):
            if i < n:
                row = self._rows[i]
                text.setText(format_value(row.get("value"), row.get("unit"),
                                          row.get("qualifier"), row.get("raw")))
                text.setPos(max(self._values[i], 0), i)
            text.setVisible(i < n)
        axis_width = self._set_axis_labels(self._labels)
        plot.setLabel("bottom", axis_unit_text(self._axis_unit))
        title_metrics = QFontMetrics(self.font())
        # a long title (zone · unit) is shortened to the chart's width, not cut off
        plot.setTitle(title_metrics.elidedText(self._title, Qt.TextElideMode.ElideRight,
                                               max(80, int((self.width() - 24) / 1.2))))
        low = min(self._values + [0])
        high = self._x_high(low, max(1.0, float(self.width() - axis_width - 24)))
        plot.setXRange(low, high, padding=0.02)
        plot.setYRange(-0.6, max(n, 1) - 0.4, padding=0)

    def _x_high(self, low: float, plot_pixels: float) -> float:
        """The right end of the x axis that leaves room for every value's
        label beside its bar: a label w pixels wide after a bar of value v
        needs high >= v + w * (high - low) / plot_pixels."""
        high = max(self._values + [0])
        if high <= 0 and not self._texts:
            return 1.0
        metrics = QFontMetrics(self.font())
        need = high if high > 0 else 1.0
        for value, text in zip(self._values, self._texts):
            share = min(0.75, (metrics.horizontalAdvance(text.toPlainText()) + 12) / plot_pixels)
            start = max(value, 0)
            need = max(need, (start - low * share) / (1 - share))
        return need

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._plot is not None and event.size().width() != event.oldSize().width():
            self._stale = True  # the room for the value labels and the title changed
            self.update()

    def _set_axis_labels(self, labels: list[str]) -> int:
        left = self._plot.getAxis("left")
        font = left.style.get("tickFont") or QFont(self.font())
        metrics = QFontMetrics(font)
        # in a narrow window the names take at most 40% of the chart's width
        most = max(80, min(MAX_LABEL_PIXELS, int(self.width() * 0.4)))
        shown = [metrics.elidedText(label, Qt.TextElideMode.ElideRight, most)
                 for label in labels]
        left.setTicks([[(i, label) for i, label in enumerate(shown)]])
        # pyqtgraph widens the axis only after a first paint; size it now
        width = max((metrics.horizontalAdvance(s) for s in shown), default=20) + 14
        left.setWidth(width)
        return width

    def rows(self) -> list[dict]:
        return list(self._rows)

    def _brushes(self) -> list:
        return [_brush(SELECTED_COLOUR) if i == self._selected
                else _brush(TARGET_COLOUR) if text_or_empty(r.get("kind")) == "target"
                else _brush(BAR_COLOUR)
                for i, r in enumerate(self._rows)]

    def select_figure(self, figure_id) -> bool:
        index = next((i for i, r in enumerate(self._rows)
                      if str(r.get("figure_id")) == str(figure_id)), -1)
        if index != self._selected:
            self._selected = index
            if self._plot is not None and not self._stale:
                self._bars.setOpts(brushes=self._brushes())
        return index >= 0

    def selected_index(self) -> int:
        return self._selected

    # --- pointing at bars ----------------------------------------------------------
    def row_at(self, scene_pos: QPointF) -> int:
        """The row under a scene position, or -1. The whole row band counts, so
        a bar too short to see can still be hovered and clicked."""
        box = self.plot.getViewBox()
        if not self._rows or not box.sceneBoundingRect().contains(scene_pos):
            return -1
        y = box.mapSceneToView(scene_pos).y()
        index = int(round(y))
        if 0 <= index < len(self._rows) and abs(y - index) <= HALF_BAR + 0.1:
            return index
        return -1

    def bar_center(self, index: int) -> QPointF:
        """Scene position of the middle of a bar (for tests and keyboard users)."""
        box = self.plot.getViewBox()
        return box.mapViewToScene(QPointF(self._values[index] / 2, index))

    def tooltip(self, index: int) -> str:
        row = self._rows[index]
        value = format_value(row.get("value"), row.get("unit"), row.get("qualifier"),
                             row.get("raw"))
        period = text_or_empty(row.get("period"))
        return tooltip_html(f"{text_or_empty(row.get('label'))}: {value}",
                            self.tr("Period: {period}").format(period=period) if period else "",
                            text_or_empty(row.get("sentence")))

    def _on_move(self, scene_pos) -> None:
        index = self.row_at(scene_pos)
        if index < 0:
            QToolTip.hideText()
            self.plot.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self.plot.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self.tooltip(index), self.plot)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index = self.row_at(event.scenePos())
        if index >= 0:
            self.select_figure(self._rows[index].get("figure_id"))
            self.bar_clicked.emit(self._rows[index])
