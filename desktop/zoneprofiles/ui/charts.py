"""Charts: the selected zone's figures as bar charts, one per unit family
(money, counts, percentages), and one metric compared across zones.

Clicking a bar reports the figure's row; the main window selects it in the
profile and highlights its span in the source view.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QScrollArea, QTabWidget,
                               QVBoxLayout, QWidget)

from .bar_chart import MAX_BARS, BarChart
from .formatting import text_or_empty, unit_family_label
from .records import Records
from .when_shown import WhenShown

FAMILIES = ("money", "count", "percent", "other")


def figure_axis_label(row: dict, with_period: bool = True) -> str:
    label = text_or_empty(row.get("label")) or text_or_empty(row.get("raw"))
    period = text_or_empty(row.get("period"))
    return f"{label}（{period}）" if with_period and period else label


def chart_groups(rows, unit_family) -> list[tuple[str, str, list[dict]]]:
    """(title, axis unit, rows sorted by value) per chart: one chart per unit
    family, split by unit for money and counts (元 beside 美元, or 家 beside
    平方米, on one axis would mislead); percentages share one chart. `rows`:
    dicts, or Records (read through its columns: a zone of a large archive
    has thousands of figures)."""
    if isinstance(rows, Records):
        units = [text_or_empty(u) for u in rows.column("unit")]
        values = rows.column("value")
        take = rows.subset
    else:
        units = [text_or_empty(r.get("unit")) for r in rows]
        values = [r["value"] for r in rows]
        take = (lambda positions: [rows[k] for k in positions])  # noqa: E731
    groups: dict[tuple[str, str], list[int]] = {}
    for i, unit in enumerate(units):
        family = unit_family(unit)
        groups.setdefault((family, unit if family in ("money", "count") else ""), []).append(i)
    result = []
    for family in FAMILIES:
        keys = sorted(k for k in groups if k[0] == family)
        for key in keys:
            members = sorted(groups[key], key=lambda k: -float(values[k]))
            found = {units[k] for k in members}
            unit = found.pop() if len(found) == 1 else ""
            title = unit_family_label(family)
            if family == "count" or (family == "money" and len(keys) > 1):
                from .bar_chart import axis_unit_text  # 元 reads yuan in English
                title = f"{title}（{axis_unit_text(unit) if family == 'money' else unit}）"
            result.append((title, unit, take(members)))
    return result


class ZoneCharts(WhenShown, QWidget):
    """One chart per unit family of the zone's figures."""

    figure_clicked = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        from zoneprofiles.model import unit_family  # pandas is loaded by now: a corpus exists
        self._unit_family = unit_family
        self._charts: list[BarChart] = []
        self._zone_name = ""
        self.empty_label = QLabel(self.tr("Select a zone with figures to see its charts."))
        self.empty_label.setEnabled(False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner = QWidget()
        self._inner_layout = QVBoxLayout(inner)
        self._inner_layout.addWidget(self.empty_label)
        self._inner_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def charts(self) -> list[BarChart]:
        self.catch_up()
        return self._charts

    def show_figures(self, figures, zone_name: str = "") -> None:
        """`figures`: the zone's figures DataFrame (or None). While the charts
        are out of sight they are only noted: moving through zones with the
        Charts tab closed costs nothing here. `zone_name` heads each chart."""
        self._zone_name = zone_name
        self.when_shown(lambda: self._draw(figures))

    def _draw(self, figures) -> None:
        rows = [] if figures is None or figures.empty else Records(figures[figures["value"].notna()])
        groups = chart_groups(rows, self._unit_family)
        while len(self._charts) < len(groups):
            chart = BarChart()
            chart.bar_clicked.connect(self.figure_clicked)
            self._inner_layout.insertWidget(len(self._charts) + 1, chart)
            self._charts.append(chart)
        for i, chart in enumerate(self._charts):
            if i < len(groups):
                title, unit, members = groups[i]
                if self._zone_name:  # a chart copied or shown alone says whose it is
                    title = f"{self._zone_name} · {title}"
                shown = members[:MAX_BARS]  # labels for the bars drawn
                chart.set_rows(members, [figure_axis_label(r) for r in shown]
                               + [""] * (len(members) - len(shown)), unit, title)
            else:
                chart.set_rows([], [], "")
            chart.setVisible(i < len(groups))
        self.empty_label.setVisible(not rows)

    def select_figure(self, figure_id) -> None:
        for chart in self.charts:
            chart.select_figure(figure_id)

    def chart_for(self, figure_id) -> BarChart | None:
        for chart in self.charts:
            if chart.isVisibleTo(self) and any(str(r.get("figure_id")) == str(figure_id) for r in chart.rows()):
                return chart
        return None


class CompareChart(QWidget):
    """One metric (label + unit) across every zone that reports it."""

    figure_clicked = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._corpus = None
        self._metrics: list[tuple[str, str, int]] = []
        self.metric_combo = QComboBox()
        self.metric_combo.setToolTip(self.tr("The measure to compare across zones"))
        self.metric_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.metric_combo.setMinimumContentsLength(12)
        self.chart = BarChart()
        self.chart.bar_clicked.connect(self.figure_clicked)
        self.empty_label = QLabel(self.tr("No measure is reported for more than one zone."))
        self.empty_label.setEnabled(False)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Measure:")))
        top.addWidget(self.metric_combo, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)
        self.metric_combo.currentIndexChanged.connect(self._show_metric)

    def set_corpus(self, corpus) -> None:
        self._corpus = corpus
        metrics = corpus.metrics().to_dict("records") if corpus is not None else []
        # a figure without a label cannot be compared with anything meaningfully
        self._metrics = [(text_or_empty(m.get("label")), text_or_empty(m.get("unit")), int(m["zones"]))
                         for m in metrics if text_or_empty(m.get("label"))]
        self.metric_combo.blockSignals(True)
        self.metric_combo.clear()
        for label, unit, zones in self._metrics:
            title = label + (f"（{unit}）" if unit else "")
            self.metric_combo.addItem(self.tr("{metric} · {n} zones").format(metric=title, n=zones))
        self.metric_combo.blockSignals(False)
        self.empty_label.setVisible(self.metric_combo.count() == 0)
        self._show_metric()

    def choose_metric(self, label: str, unit: str) -> bool:
        index = next((i for i, m in enumerate(self._metrics) if m[:2] == (label, unit)), -1)
        if index >= 0:
            self.metric_combo.setCurrentIndex(index)
        return index >= 0

    def _show_metric(self) -> None:
        index = self.metric_combo.currentIndex()
        if self._corpus is None or not 0 <= index < len(self._metrics):
            self.chart.set_rows([], [], "")
            return
        label, unit, _zones = self._metrics[index]
        frame = self._corpus.compare(label, unit)
        frame = frame[frame["value"].notna()]
        # sorted through the columns: a measure of a large archive has thousands
        # of figures, of which the chart draws the first (bar_chart.MAX_BARS)
        values = frame["value"].tolist()
        rows = Records(frame, sorted(range(len(values)), key=lambda k: -float(values[k])))
        names = [f"{text_or_empty(n) or z}" + (f"（{text_or_empty(p)}）" if text_or_empty(p) else "")
                 for n, z, p in zip(rows.column("name"), rows.column("zone_id"),
                                    rows.column("period"))]
        self.chart.set_rows(rows, names, unit, label)


class ChartsPanel(QTabWidget):
    figure_clicked = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.zone = ZoneCharts()
        self.compare = CompareChart()
        from .indicators_ui import SeriesChart
        self.series = SeriesChart()  # one key indicator of the zone over time
        self.addTab(self.zone, self.tr("This zone"))
        self.addTab(self.compare, self.tr("Compare zones"))
        self.addTab(self.series, self.tr("Over time"))
        self.zone.figure_clicked.connect(self.figure_clicked)
        self.compare.figure_clicked.connect(self.figure_clicked)
        self.series.point_clicked.connect(self.figure_clicked)

    def set_corpus(self, corpus) -> None:
        self.compare.set_corpus(corpus)
        self.zone.show_figures(None)

    def show_profile(self, profile) -> None:
        if profile is None:
            self.zone.show_figures(None)
            return
        name = text_or_empty(profile.zone.get("name")) or str(profile.zone.get("zone_id"))
        self.zone.show_figures(profile.figures, name)

    def select_figure(self, figure_id) -> None:
        self.zone.select_figure(figure_id)
        self.compare.chart.select_figure(figure_id)
