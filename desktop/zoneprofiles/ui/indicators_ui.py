"""The analyst's views of canonical indicators (zoneprofiles.indicators):
a zone's key indicators (a table at the top of its profile), one indicator
over time (a chart), one indicator across zones (Compare, Ctrl+4) and the
sources that disagree (Conflicts, Ctrl+5).

Every row, point and bar carries its figure's provenance (`figure_id`,
`zone_id`, `source_file`, `start`, `end`, `sentence`): the window selects the
figure and highlights text[start:end], as it does for the key figures.
Periods of different spans (全年, 上半年, 前三季度) are separate lines and are
never joined; a target is drawn dashed with hollow marks, or as a paler bar,
never as an actual value.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor
from PySide6.QtWidgets import (QComboBox, QCompleter, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QToolTip, QVBoxLayout, QWidget)

from .formatting import format_value, is_missing, text_or_empty, tooltip_html
from .profile_models import RowsModel, RowRole, basis_label, signed_value
from .results_view import results_view
from .when_shown import WhenShown

translate = QCoreApplication.translate

KEY_METRIC, KEY_VALUE, KEY_PERIOD, KEY_GROWTH, KEY_TARGET, KEY_SOURCES = range(6)
CONFLICT_MARK, RESOLVED_MARK = "⚠", "✓"
SPAN_COLOURS = {"全年": "#1c6dd0", "上半年": "#2f9e44", "前三季度": "#e8590c", "一季度": "#9c36b5",
                "年末": "#1c6dd0"}
OTHER_COLOURS = ["#c2255c", "#0c8599", "#5f3dc4", "#868e96"]


def _num(value) -> float | None:
    if is_missing(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def conflict_text(row: dict) -> str:
    """⚠ where the articles disagree, ✓ once the analyst chose the value."""
    if not row.get("conflict") or is_missing(row.get("conflict")):
        return ""
    return RESOLVED_MARK if row.get("resolved") is True or row.get("resolved") == 1 else CONFLICT_MARK


def growth_text(row: dict) -> str:
    growth = _num(row.get("growth"))
    if growth is None:
        return ""
    return signed_value({"value": growth, "unit": "%", "raw": row.get("growth_raw"),
                         "qualifier": ""})


def target_text(row: dict) -> str:
    target = _num(row.get("target"))
    if target is None:
        return ""
    value = format_value(target, row.get("target_unit"), "", row.get("target_raw"))
    period = text_or_empty(row.get("target_period_label"))
    text = translate("Indicators", "target {value}").format(value=value)
    return f"{text}（{period}）" if period else text


def with_source(row: dict, prefix: str) -> dict:
    """The row pointing at its growth or target figure instead of its level."""
    out = dict(row)
    for name in ("source_file", "start", "end", "sentence"):
        out[name] = row.get(f"{prefix}_{name}")
    out["figure_id"] = None
    out["sentence_start"] = out["sentence_end"] = None
    return out


class KeyIndicatorModel(RowsModel):
    """One row per canonical indicator of the zone (indicators.key_indicators)."""

    id_column = "metric"

    def set_frame(self, frame, zone_id: str = "") -> None:
        self.beginResetModel()
        # the rows as dicts through one object array: DataFrame.to_dict boxes
        # every cell of its forty columns one by one (milliseconds a switch)
        names = [] if frame is None else list(frame.columns)
        rows = [] if frame is None else [dict(zip(names, values))
                                         for values in frame.to_numpy(dtype=object).tolist()]
        for row in rows:
            row["zone_id"] = zone_id
            row["label"] = row.get("metric")
            row["period"] = row.get("period_label")
            if is_missing(row.get("source_file")) or not text_or_empty(row.get("source_file")):
                # only a growth or a target printed: the row leads to that one
                prefix = "growth" if _num(row.get("growth")) is not None else "target"
                row.update({k: v for k, v in with_source(row, prefix).items()
                            if k in ("source_file", "start", "end", "sentence")})
        self._rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        return [self.tr("Indicator"), self.tr("Latest"), self.tr("Period"), self.tr("Growth"),
                self.tr("Target"), self.tr("Sources")]

    def cell(self, row: dict, column: int, role):
        if column == KEY_METRIC:
            return text_or_empty(row.get("metric"))
        if column == KEY_VALUE:
            if _num(row.get("value")) is None:
                return ""
            if role != Qt.ItemDataRole.DisplayRole:
                return _num(row.get("value"))
            return signed_value(row)
        if column == KEY_PERIOD:
            return text_or_empty(row.get("period_label"))
        if column == KEY_GROWTH:
            return growth_text(row)
        if column == KEY_TARGET:
            return target_text(row)
        n = row.get("n_sources")  # the sources, and ⚠ where they disagree (✓ once chosen)
        if role != Qt.ItemDataRole.DisplayRole:
            return 0 if is_missing(n) else int(n)
        return " ".join(p for p in ("" if is_missing(n) else str(int(n)), conflict_text(row)) if p)

    def status_data(self, row: dict, column: int, role):
        mark = conflict_text(row)
        if mark and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#fff4e0" if mark == CONFLICT_MARK else "#ebf7ee"))
        if column == KEY_TARGET and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#5c7cfa"))  # a target is a plan, not a result
        return None

    def tooltip(self, row: dict) -> str:
        lines = [text_or_empty(row.get("metric"))]  # whole, when a narrow pane elides it
        mark = conflict_text(row)
        if mark == CONFLICT_MARK:
            lines.append(self.tr("Articles disagree on this value: choose one in Conflicts (Ctrl+5)"))
        elif mark == RESOLVED_MARK:
            lines.append(self.tr("Articles disagreed; the value shown is the one you chose"))
        lines.append(self.tr("Printed by {n} articles. Double-click: the indicator over time").format(
            n=row.get("n_sources")))
        return tooltip_html(*lines, text_or_empty(row.get("sentence")))

    def alignment(self, column: int):
        if column in (KEY_VALUE, KEY_GROWTH, KEY_SOURCES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


# --- one indicator over time ------------------------------------------------------------

def _line_style(basis: str):
    """(pen style, hollow marks) of a line: targets dashed and hollow,
    estimates dotted, actual values solid."""
    if basis == "target":
        return Qt.PenStyle.DashLine, True
    if basis == "estimate":
        return Qt.PenStyle.DotLine, False
    return Qt.PenStyle.SolidLine, False


def _swatch(colour: str, basis: str, name: str) -> str:
    """A legend entry: ● and a solid stroke for actual values, ○ dashed for targets."""
    import html
    mark = "○&nbsp;╌" if basis == "target" else ("●&nbsp;┈" if basis == "estimate" else "●&nbsp;—")
    # one entry never breaks between its mark and its name
    return (f'<span style="white-space:nowrap"><span style="color:{colour}; font-weight:bold">'
            f"{mark}</span>&nbsp;{html.escape(name).replace(' ', '&nbsp;')}</span>")


def span_colour(span: str, others: dict) -> str:
    if span in SPAN_COLOURS:
        return SPAN_COLOURS[span]
    if span not in others:
        others[span] = OTHER_COLOURS[len(others) % len(OTHER_COLOURS)]
    return others[span]


def series_lines(rows: list[dict]) -> tuple[list[str], dict[str, list[dict]]]:
    """(periods in time order, rows per line), a line being one measure,
    basis and span: only its own points are joined."""
    periods = sorted({(text_or_empty(r.get("period_end")), text_or_empty(r.get("period_label")))
                      for r in rows}, key=lambda p: (p[0] or "9999", p[1]))
    labels = list(dict.fromkeys(label for _end, label in periods))
    lines: dict[str, list[dict]] = {}
    for r in rows:
        lines.setdefault(text_or_empty(r.get("line")), []).append(r)
    for members in lines.values():
        members.sort(key=lambda r: labels.index(text_or_empty(r.get("period_label"))))
    return labels, lines


class SeriesChart(QWidget):
    """Every value of one indicator for one zone over time: levels above (in
    the unit most of them use), growth on its own panel below, each point
    clickable to its sentence."""

    point_clicked = Signal(dict)
    metric_chosen = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._view = None  # the pyqtgraph GraphicsLayoutWidget, made when first shown
        self._panels: list = []  # (plot item, points: list[(x, y, row)])
        self._rows: list[dict] = []
        self._pending = None  # (frame or a function giving it, zone id, metric) not read yet
        self._zone = ""
        self._metric = ""
        self._selected = None
        self._stale = False
        self.metric_combo = QComboBox()
        self.metric_combo.setToolTip(self.tr("The indicator to follow over time"))
        self.metric_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_combo.setMinimumContentsLength(10)
        self.metric_combo.activated.connect(
            lambda i: self.metric_chosen.emit(self.metric_combo.itemData(i) or ""))
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.legend_label = QLabel()  # the lines' colours and marks, above the chart, never over it
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)
        self.empty_label = QLabel(self.tr("Double-click a key indicator in the profile to see "
                                          "it over time."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Indicator:")))
        top.addWidget(self.metric_combo, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addLayout(top)
        self._layout.addWidget(self.caption)
        self._layout.addWidget(self.legend_label)
        self._layout.addWidget(self.empty_label, 1)

    def set_metrics(self, metrics: list[str]) -> None:
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for metric in metrics:
            self.metric_combo.addItem(metric, metric)
        self.metric_combo.blockSignals(False)

    def show_series(self, frame, zone: str, metric: str, zone_id: str = "") -> None:
        """`frame`: the series (indicators.series), or a function that gives it:
        then it is asked for only when the chart is drawn or its rows are read,
        so a zone switch with the chart out of sight does not compute it."""
        self._pending = (frame, zone_id, metric)
        self._zone, self._metric = zone, metric
        index = self.metric_combo.findData(metric)
        if index >= 0:
            self.metric_combo.setCurrentIndex(index)
        self._selected = None
        self._stale = True
        if self.isVisible():
            self._draw()

    def _take_pending(self) -> None:
        pending, self._pending = self._pending, None
        if pending is None:
            return
        frame, zone_id, metric = pending
        if callable(frame):
            frame = frame()
        rows = [] if frame is None else [r for r in frame.to_dict("records")
                                         if _num(r.get("value")) is not None]
        for r in rows:
            r["zone_id"] = zone_id
            r["label"] = metric
            r["period"] = r.get("period_label")
        self._rows = rows

    def rows(self) -> list[dict]:
        self._take_pending()
        return list(self._rows)

    def metric(self) -> str:
        return self._metric

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._draw()

    def _make_view(self) -> None:
        import pyqtgraph as pg
        view = pg.GraphicsLayoutWidget()
        view.setBackground("w")
        view.scene().sigMouseMoved.connect(self._on_move)
        view.scene().sigMouseClicked.connect(self._on_click)
        self._layout.addWidget(view, 1)
        self._view = view

    @property
    def view(self):
        if self._view is None or self._stale:
            self._draw()
        return self._view

    def _draw(self) -> None:
        import pyqtgraph as pg

        from .bar_chart import axis_scale, axis_unit_text
        if self._view is None:
            self._make_view()
        self._stale = False
        self._take_pending()
        view = self._view
        view.clear()
        self._panels = []
        rows = self._rows
        self.empty_label.setVisible(not rows)
        view.setVisible(bool(rows))
        if not rows:
            self.caption.setText("")
            self.legend_label.setText("")
            return
        labels, lines = series_lines(rows)
        levels = [r for r in rows if r.get("measure") != "growth"]
        units: dict[str, int] = {}
        for r in levels:
            units[text_or_empty(r.get("unit"))] = units.get(text_or_empty(r.get("unit")), 0) + 1
        unit = max(units, key=lambda u: (units[u], u)) if units else ""
        left_out = sum(n for u, n in units.items() if u != unit)
        panels = []
        if levels:
            factor, axis_unit = axis_scale([_num(r["value"]) for r in levels
                                            if text_or_empty(r.get("unit")) == unit], unit)
            panels.append(("level", factor, axis_unit_text(axis_unit) or self.tr("value")))
        if any(r.get("measure") == "growth" for r in rows):
            panels.append(("growth", 1.0, self.tr("growth, %")))
        ticks = [[(i, label.replace("年", "年\n", 1) if len(label) > 6 else label)
                  for i, label in enumerate(labels)]]
        others: dict = {}
        legend: dict[str, str] = {}
        for n, (measure, factor, axis_title) in enumerate(panels):
            plot = view.addPlot(row=n, col=0)
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setLabel("left", axis_title)
            plot.getAxis("bottom").setTicks(ticks)
            plot.getAxis("bottom").setHeight(40)
            plot.setXRange(-0.5, len(labels) - 0.5, padding=0.02)
            points = []
            for line, members in lines.items():
                members = [r for r in members if (r.get("measure") == "growth") == (measure == "growth")
                           and (measure == "growth" or text_or_empty(r.get("unit")) == unit)]
                if not members:
                    continue
                basis, span = text_or_empty(members[0].get("basis")), text_or_empty(
                    members[0].get("span_key"))
                style, hollow = _line_style(basis)
                colour = span_colour(span, others)
                xs = [labels.index(text_or_empty(r.get("period_label"))) for r in members]
                ys = [_num(r["value"]) / factor for r in members]
                name = f"{span or self.tr('no period')} · {basis_label(basis)}"
                item = pg.PlotDataItem(xs, ys, pen=pg.mkPen(colour, width=2, style=style),
                                       symbol="o", symbolSize=9,
                                       symbolPen=pg.mkPen(colour, width=2),
                                       symbolBrush=pg.mkBrush("w" if hollow else colour),
                                       name=name)
                plot.addItem(item)
                legend.setdefault(name, _swatch(colour, basis, name))
                points += [(x, y, r) for x, y, r in zip(xs, ys, members)]
            if measure == "growth":
                plot.addLine(y=0, pen=pg.mkPen("#adb5bd", width=1))
            self._panels.append((plot, points))
            if len(self._panels) > 1:
                plot.setXLink(self._panels[0][0])
        heading = self.tr("{zone} · {metric}: every value printed, by period").format(
            zone=self._zone, metric=self._metric)
        note = self.tr("Lines join only periods of the same span; targets dashed with hollow marks.")
        if left_out:
            note += " " + self.tr("{n} values in another unit are not drawn.").format(n=left_out)
        self.caption.setText(f"{heading}\n{note}")
        self.legend_label.setText("&nbsp;&nbsp; ".join(legend.values()))

    # --- pointing at points ----------------------------------------------------------
    def point_at(self, scene_pos: QPointF, pixels: float = 12.0) -> dict | None:
        best, best_d = None, pixels
        for plot, points in self._panels:
            box = plot.getViewBox()
            if not box.sceneBoundingRect().adjusted(-pixels, -pixels, pixels, pixels).contains(scene_pos):
                continue
            for x, y, row in points:
                p = box.mapViewToScene(QPointF(x, y))
                d = math.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y())
                if d <= best_d:
                    best, best_d = row, d
        return best

    def point_scene_pos(self, row: dict) -> QPointF:
        """Where a row's point is drawn (for tests and keyboard users)."""
        self.view  # noqa: B018 - drawn up to date
        for plot, points in self._panels:
            for x, y, r in points:
                if r is row or (r.get("figure_id") == row.get("figure_id")
                                and r.get("start") == row.get("start")):
                    return plot.getViewBox().mapViewToScene(QPointF(x, y))
        raise KeyError("no such point")

    def tooltip(self, row: dict) -> str:
        value = signed_value(row)
        basis = text_or_empty(row.get("basis"))
        what = f"{self._metric}: {value}"
        if basis != "actual":
            what += f"（{basis_label(basis)}）"
        return tooltip_html(what, self.tr("Period: {period}").format(
            period=text_or_empty(row.get("period_label"))), text_or_empty(row.get("sentence")))

    def _on_move(self, scene_pos) -> None:
        row = self.point_at(scene_pos)
        if row is None:
            QToolTip.hideText()
            self._view.setCursor(Qt.CursorShape.ArrowCursor)
            return
        self._view.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self.tooltip(row), self._view)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        row = self.point_at(event.scenePos())
        if row is not None:
            self._selected = row
            self.point_clicked.emit(row)


# --- one indicator across zones ---------------------------------------------------------

class CompareView(WhenShown, QWidget):
    """One canonical indicator across zones for one period and basis, one
    bar per zone, largest first; kind and province filter the zones."""

    figure_clicked = Signal(dict)
    export_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from .bar_chart import BarChart
        self._corpus = None
        self._rows: list[dict] = []
        self.metric_combo = QComboBox()
        self.metric_combo.setEditable(True)  # type to search: 工业 finds 规上工业总产值
        self.metric_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.metric_combo.setToolTip(self.tr("The indicator to compare; type to search"))
        self.metric_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_combo.setMinimumContentsLength(10)
        completer = self.metric_combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.period_combo = QComboBox()
        self.period_combo.setToolTip(self.tr("The period: other periods are never mixed in"))
        self.basis_combo = QComboBox()
        for basis in ("actual", "estimate", "target"):
            self.basis_combo.addItem(basis_label(basis), basis)
        self.basis_combo.setToolTip(self.tr("Actual values, estimates or targets: never together"))
        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("Only zones of this kind"))
        self.province_combo = QComboBox()
        self.province_combo.setToolTip(self.tr("Only zones in this province"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save this indicator for every zone and period, "
                                              "with the sources, as CSV or Excel"))
        self.export_button.clicked.connect(self.export_requested)
        self.chart = BarChart()
        self.chart.bar_clicked.connect(self.figure_clicked)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(self.tr("Indicator:")))
        row1.addWidget(self.metric_combo, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.period_combo, 1)
        row2.addWidget(self.basis_combo)
        row2.addWidget(self.export_button)
        row3 = QHBoxLayout()
        row3.addWidget(self.kind_combo, 1)
        row3.addWidget(self.province_combo, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addLayout(row1)
        layout.addLayout(row2)
        layout.addLayout(row3)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)
        self.metric_combo.activated.connect(self._metric_changed)
        for combo in (self.period_combo, self.kind_combo, self.province_combo):
            combo.activated.connect(self._redraw)
        self.basis_combo.activated.connect(self._metric_changed)

    # --- choices ---------------------------------------------------------------------
    def set_corpus(self, corpus) -> None:
        """Its queries run when the view is shown or first asked for its
        state: while hidden, at a start, they held the interpreter the load's
        thread needed (0.1 s of the seeds' time to a filled zone list)."""
        self._corpus = corpus
        self.when_shown(lambda: self._fill(corpus))

    def _fill(self, corpus) -> None:
        from zoneprofiles import indicators
        current = self.metric()
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        if corpus is not None:
            for m in indicators.metric_zones(corpus).to_dict("records"):
                self.metric_combo.addItem(self.tr("{metric} · {n} zones").format(
                    metric=m["metric"], n=int(m["zones"])), m["metric"])
        index = self.metric_combo.findData(current) if current else -1
        self.metric_combo.setCurrentIndex(max(index, 0) if self.metric_combo.count() else -1)
        self.metric_combo.blockSignals(False)
        self._fill_filters()
        self._metric_changed()

    def _fill_filters(self) -> None:
        zones = self._corpus.zones if self._corpus is not None else None
        for combo, column, everything in ((self.kind_combo, "kind", self.tr("All kinds")),
                                          (self.province_combo, "province",
                                           self.tr("All provinces"))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, "")
            values = [] if zones is None or column not in zones else sorted(
                {text_or_empty(v) for v in zones[column]} - {""})
            for v in values:
                combo.addItem(v, v)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
            combo.blockSignals(False)

    def metric(self) -> str:
        self.catch_up()
        index = self.metric_combo.currentIndex()
        return self.metric_combo.itemData(index) or "" if index >= 0 else ""

    def basis(self) -> str:
        self.catch_up()
        return self.basis_combo.currentData() or "actual"

    def period(self) -> tuple[int, str] | None:
        self.catch_up()
        data = self.period_combo.currentData()
        return tuple(data) if data else None

    def choose(self, metric: str, year: int | None = None, span: str | None = None,
               basis: str = "actual", kind: str = "", province: str = "") -> bool:
        """Show `metric` (for `year`/`span`, `basis`, filters) as a user would pick it."""
        self.catch_up()
        index = self.metric_combo.findData(metric)
        if index < 0:
            return False
        self.metric_combo.setCurrentIndex(index)
        self.basis_combo.setCurrentIndex(max(0, self.basis_combo.findData(basis)))
        self._metric_changed()
        if year is not None:
            from zoneprofiles.indicators import span_key
            wanted = [year, span_key(span or "全年")]
            found = next((i for i in range(self.period_combo.count())
                          if list(self.period_combo.itemData(i) or []) == wanted), -1)
            if found < 0:
                return False
            self.period_combo.setCurrentIndex(found)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
        self.province_combo.setCurrentIndex(max(0, self.province_combo.findData(province)))
        self._redraw()
        return True

    def _metric_changed(self, *_args) -> None:
        from zoneprofiles import indicators
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        metric = self.metric()
        if self._corpus is not None and metric:
            for p in indicators.metric_periods(self._corpus, metric, self.basis()).to_dict("records"):
                self.period_combo.addItem(self.tr("{period} · {n} zones").format(
                    period=p["period_label"], n=int(p["zones"])), [int(p["year"]), p["span"]])
        # the period most zones have (compare's own default) until one is picked
        if self._corpus is not None and metric:
            default = indicators.compare(self._corpus, metric, basis=self.basis())
            if not default.empty:
                wanted = [int(default["year"].iloc[0]), default["span"].iloc[0]]
                for i in range(self.period_combo.count()):
                    if list(self.period_combo.itemData(i)) == wanted:
                        self.period_combo.setCurrentIndex(i)
        self.period_combo.blockSignals(False)
        self._redraw()

    # --- the chart -------------------------------------------------------------------
    def rows(self) -> list[dict]:
        self.catch_up()
        return list(self._rows)

    def _redraw(self, *_args) -> None:
        from zoneprofiles import indicators
        metric, period = self.metric(), self.period()
        rows: list[dict] = []
        if self._corpus is not None and metric and period:
            frame = indicators.compare(self._corpus, metric, period[0], period[1], self.basis())
            kind, province = self.kind_combo.currentData(), self.province_combo.currentData()
            if kind:
                frame = frame[frame["kind"] == kind]
            if province:
                frame = frame[frame["province"] == province]
            rows = frame.to_dict("records")
        for r in rows:
            r["label"] = r.get("metric")
            r["period"] = r.get("period_label")
            r["kind"] = "target" if r.get("basis") == "target" else "actual"  # paler bars
        self._rows = rows
        names = [text_or_empty(r.get("zone")) + (f" {conflict_text(r)}" if conflict_text(r) else "")
                 for r in rows]
        unit = text_or_empty(rows[0].get("unit")) if rows else ""
        label = period and next((self.period_combo.itemText(i).split(" · ")[0]
                                 for i in range(self.period_combo.count())
                                 if self.period_combo.itemData(i) == list(period)), "")
        title = f"{metric} · {label} · {basis_label(self.basis())}" if rows else ""
        self.chart.set_rows(rows, names, unit, title)
        if not metric:
            self.caption.setText(self.tr("No indicator has values yet."))
        elif not rows:
            self.caption.setText(self.tr("No zone has this indicator for this period and basis."))
        else:
            text = self.tr("{n} zones, one value each for this period and basis; click a bar "
                           "for its sentence.").format(n=len(rows))
            if any(conflict_text(r) == CONFLICT_MARK for r in rows):
                text += " " + self.tr("⚠ articles disagree (see Conflicts).")
            self.caption.setText(text)

    def export_table(self):
        """What 导出… writes: every zone, period and basis of the indicator, with sources."""
        self.catch_up()
        from zoneprofiles import indicators
        metric = self.metric()
        if self._corpus is None or not metric:
            return None
        table = indicators.compare_table(self._corpus, metric)
        kind, province = self.kind_combo.currentData(), self.province_combo.currentData()
        if kind:
            table = table[table["kind"] == kind]
        if province:
            table = table[table["province"] == province]
        cols = ["zone", "kind", "province", "metric", "period_label", "basis", "value", "unit",
                "raw", "n_sources", "conflict", "resolved", "source_file", "start", "end",
                "sentence"]
        return table[cols].rename(columns={"period_label": "period"}).reset_index(drop=True)


# --- sources that disagree --------------------------------------------------------------

CON_ZONE, CON_METRIC, CON_PERIOD, CON_VALUE, CON_USED = range(5)


class ConflictModel(RowsModel):
    id_column = "figure_id"

    def headers(self) -> list[str]:
        return [self.tr("Zone"), self.tr("Indicator"), self.tr("Period"), self.tr("Value"),
                self.tr("Used")]

    def cell(self, row: dict, column: int, role):
        if column == CON_ZONE:
            return text_or_empty(row.get("zone"))
        if column == CON_METRIC:
            basis = text_or_empty(row.get("basis"))
            metric = text_or_empty(row.get("metric"))
            return metric if basis == "actual" else f"{metric}（{basis_label(basis)}）"
        if column == CON_PERIOD:
            return text_or_empty(row.get("period_label"))
        if column == CON_VALUE:
            if role != Qt.ItemDataRole.DisplayRole:
                return _num(row.get("value"))
            return signed_value(row)
        if not row.get("chosen"):
            return ""
        return self.tr("✓ chosen") if row.get("resolved") else self.tr("default")

    def tooltip(self, row: dict) -> str:
        if row.get("chosen"):
            used = (self.tr("The value you chose: the profile, charts, print and export show it")
                    if row.get("resolved") else
                    self.tr("Shown until you choose: the value most articles agree with"))
        else:
            used = self.tr("Not shown: select it and Use This Value to use it instead")
        return tooltip_html(used, self.tr("Article of {date}").format(
            date=text_or_empty(row.get("date"))), text_or_empty(row.get("sentence")))

    def status_data(self, row: dict, column: int, role):
        if row.get("chosen") and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#ebf7ee" if row.get("resolved") else "#f1f3f5"))
        return None

    def alignment(self, column: int):
        if column == CON_VALUE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ConflictsView(QWidget):
    """Every group of figures whose articles disagree, one row per figure;
    "Use This Value" saves the analyst's choice (undo: Ctrl+Z)."""

    figure_selected = Signal(dict)
    choose_requested = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ConflictModel(self)
        self.view = results_view(self.model)
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CON_METRIC, QHeaderView.ResizeMode.Stretch)  # elided if narrow
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Use This Value"))
        self.choose_button.setToolTip(self.tr("The selected article's value is the one to use in "
                                              "the profile, charts, print and export (Ctrl+Z takes "
                                              "it back)"))
        self.choose_button.setEnabled(False)
        self.choose_button.clicked.connect(self._choose)
        self.view.doubleClicked.connect(lambda _i: self._choose())
        self.view.selectionModel().currentRowChanged.connect(self._on_row)
        self.view.clicked.connect(self._on_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.caption, 1)
        bottom.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bottom)
        layout.addWidget(self.view, 1)

    def set_corpus(self, corpus) -> None:
        frame = corpus.conflicts() if corpus is not None and hasattr(corpus, "conflicts") else None
        self.model.set_frame(frame)
        groups = 0 if frame is None else frame["conflict_id"].nunique()
        open_ = 0 if frame is None or frame.empty else \
            frame.groupby("conflict_id")["resolved"].first().eq(False).sum()
        if not groups:
            self.caption.setText(self.tr("No two articles disagree on a value."))
        else:
            text = (self.tr("{n} values on which articles disagree, {open} still to decide.")
                    if groups != 1 else
                    self.tr("1 value on which articles disagree, {open} still to decide."))
            self.caption.setText(text.format(n=groups, open=int(open_)) + " " + self.tr(
                "Select a row to read its sentence; Use This Value to keep it."))
        self.choose_button.setEnabled(False)

    def count(self) -> int:
        return self.model.rowCount()

    def select_figure(self, figure_id) -> bool:
        row = self.model.row_of(figure_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def selected_row(self) -> dict | None:
        index = self.view.selectionModel().currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _on_row(self, index: QModelIndex, _prev=None) -> None:
        if not index.isValid():
            return
        row = index.data(RowRole)
        self.choose_button.setEnabled(not (row.get("chosen") and row.get("resolved")))
        self.figure_selected.emit(row)

    def _choose(self) -> None:
        row = self.selected_row()
        if row is not None and not (row.get("chosen") and row.get("resolved")):
            self.choose_requested.emit(row)
