"""The key-figures chart of a printed profile, drawn with QPainter to a QImage
that the QTextDocument holds as a resource.

Figures are drawn in one panel per unit, panels ordered by unit family
(money, counts, percentages): bars of 亿元 and 家 on one axis would compare
nothing. Each bar carries its value as the report prints it, so the chart
reads correctly even where bars differ by orders of magnitude.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd
from PySide6.QtCore import QLineF, QRectF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPainter,
                           QPen, QTextDocument)

from ..model import unit_family
from ..report import (ChartRef, _magnitude, figure_kind, figure_name, figure_subject,
                      format_value, missing, text)

FAMILY_ORDER = ("money", "count", "percent", "other")
def _page_words(chinese: str) -> str:
    from ..report import words  # the printout's language (report.page_language)
    return words(chinese)


FAMILY_TITLES = {"money": "金额", "count": "数量", "percent": "比例与增速", "other": "其他"}
FAMILY_COLORS = {"money": "#2f6db5", "count": "#3a9a6a", "percent": "#d08a2c", "other": "#7a6fb0"}

# Families tried in order; the first one installed wins. Noto Sans CJK SC is
# what scripts/system-deps.sh installs; the others are what Windows and macOS ship.
CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN",
                "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Heiti SC",
                "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans SC", "SimHei",
                "SimSun", "Noto Serif CJK SC", "AR PL UMing CN")

MAX_BARS_PER_PANEL = 8
MAX_BARS = 24
MAX_PANELS = 6  # with MAX_BARS, keeps the chart well inside one printed page

# layout in document pixels (96 per inch), before the image's supersampling
_ROW = 22.0
_TITLE = 26.0
_GAP = 10.0
_PAD = 8.0


def cjk_families() -> list[str]:
    """Installed families able to print Simplified Chinese, best first."""
    installed = set(QFontDatabase.families())
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    ordered = [f for f in CJK_FAMILIES if f in installed]
    ordered += [f for f in chinese if f not in ordered and not f.startswith("@")]
    return ordered


def cjk_font(pixel_size: int = 13) -> QFont:
    font = QFont()
    families = cjk_families()
    if families:
        # the rest stay as fallbacks for characters the first one lacks
        font.setFamilies(families[:4])
    font.setPixelSize(pixel_size)
    # Noto Sans CJK SC's 'locl' swaps digits next to Latin letters ("30GWh")
    # for glyphs outside its cmap; a PDF then cannot map them back to text,
    # so the figure would not copy or search. The SC face needs no locl for Han.
    if hasattr(font, "setFeature"):  # Qt 6.7 and later
        font.setFeature(QFont.Tag("locl"), 0)
    return font


FALL_COLOR = "#c0392b"  # a fall is drawn left of zero, in red
PLANNED_ALPHA = 90       # targets and estimates: a light bar, never a result's solid one


@dataclass
class Bar:
    label: str
    value: float
    text: str
    basis: str = ""  # '' for an actual, else 目标 / 预计

    @property
    def planned(self) -> bool:
        return bool(self.basis)


@dataclass
class Panel:
    family: str
    unit: str
    bars: list[Bar] = field(default_factory=list)
    omitted: int = 0

    @property
    def title(self) -> str:
        from ..report import words  # the printout's language
        more = words("（另有 {n} 项较小的未画出，见下表）", n=self.omitted) if self.omitted else ""
        unit = words("（{unit}）", unit=self.unit) if self.unit else ""
        return f"{words(FAMILY_TITLES[self.family])}{unit}{more}"


def chart_panels(figures: pd.DataFrame, own_only: bool = True,
                 max_height: float | None = None) -> list[Panel]:
    """The bars to draw: labelled figures with a number, one panel per unit,
    the zone's own figures only unless `own_only` is False (a park's or a
    company's numbers are not the zone's). Signed: a fall is a bar below zero.
    The bar budget is dealt round the panels in turn, so a zone with many
    sums of money still shows its percentages; where a panel is cut, its
    largest figures stay, in the order they were read; fewer bars when the
    chart would be taller than `max_height`."""
    panels: dict[str, Panel] = {}
    seen: set[tuple] = set()
    for f in figures.itertuples(index=False):
        if own_only and figure_subject(f):
            continue
        label = figure_name(f)[0]
        if missing(f.value) or not label:  # a bar without a name says nothing
            continue
        try:
            value = float(f.value)
        except (TypeError, ValueError):
            continue
        if not math.isfinite(value):
            continue
        unit = text(f.unit)
        measure, basis = figure_kind(f)
        shown = format_value(value, unit, f.qualifier, f.raw)
        if not unit and measure == "占比" and 0 < value <= 1:
            # 三分之一: a fraction, drawn with the percentages, read as printed
            value, unit, shown = value * 100, "%", text(f.raw) or shown
        if measure and measure in label:
            measure = ""  # 地区生产总值增速 says it already
        label = " ".join(x for x in (label, measure, text(f.period)) if x)
        key = (label, value, unit, basis)
        if key in seen:  # the same figure quoted twice draws once
            continue
        seen.add(key)
        panel = panels.setdefault(unit, Panel(unit_family(unit), unit))
        if basis:
            shown += f"（{basis}）"
        panel.bars.append(Bar(label, value, shown, basis))
    ordered = _choose_panels(list(panels.values()))
    budget = MAX_BARS
    while True:
        out = _deal(ordered, budget)
        if max_height is None or budget <= 1 or chart_height(out) <= max_height:
            return out
        budget -= 1


def _deal(ordered: list[Panel], budget: int) -> list[Panel]:
    """`budget` bars dealt round the panels in turn; copies, the panels stay whole."""
    share = {id(p): 0 for p in ordered}
    while budget > 0:
        dealt = False
        for panel in ordered:
            if budget and share[id(panel)] < min(len(panel.bars), MAX_BARS_PER_PANEL):
                share[id(panel)] += 1
                budget -= 1
                dealt = True
        if not dealt:
            break
    out = []
    for panel in ordered:
        keep = share[id(panel)]
        if keep == 0:
            continue
        bars, omitted = panel.bars, 0
        if keep < len(bars):
            largest = sorted(range(len(bars)), key=lambda i: -abs(bars[i].value))[:keep]
            omitted = len(bars) - keep
            bars = [bars[i] for i in sorted(largest)]
        out.append(Panel(panel.family, panel.unit, list(bars), omitted))
    return out


def _choose_panels(panels: list[Panel]) -> list[Panel]:
    """At most MAX_PANELS: the fullest panel of each family first, then the
    fullest of the rest; shown in family order."""
    by_size = sorted(panels, key=lambda p: (-len(p.bars), FAMILY_ORDER.index(p.family)))
    chosen: list[Panel] = []
    for family in FAMILY_ORDER:
        first = next((p for p in by_size if p.family == family), None)
        if first is not None:
            chosen.append(first)
    chosen += [p for p in by_size if p not in chosen]
    chosen = chosen[:MAX_PANELS]
    return sorted(chosen, key=lambda p: (FAMILY_ORDER.index(p.family), -len(p.bars)))


def _has_legend(panels: list[Panel]) -> bool:
    return any(b.planned or b.value < 0 for p in panels for b in p.bars)


def chart_height(panels: list[Panel]) -> int:
    rows = sum(len(p.bars) for p in panels)
    legend = _ROW if _has_legend(panels) else 0.0
    return int(_PAD * 2 + len(panels) * (_TITLE + _GAP) - _GAP + rows * _ROW + legend)


def bar_extent(value: float, lo: float, hi: float, plot_left: float,
               plot_w: float) -> tuple[float, float, float]:
    """(left, right, zero) x of a bar on an axis from `lo` to `hi` (both
    include 0): a negative value runs left from zero, a positive one right."""
    span = (hi - lo) or 1.0
    zero_x = plot_left + (0.0 - lo) / span * plot_w
    x = plot_left + (value - lo) / span * plot_w
    left, right = sorted((zero_x, x))
    return left, right, zero_x


def bar_color(panel: Panel, bar: Bar) -> QColor:
    color = QColor(FALL_COLOR if bar.value < 0 else FAMILY_COLORS[panel.family])
    if bar.planned:
        color.setAlpha(PLANNED_ALPHA)
    return color


def render_chart(figures: pd.DataFrame, width: int, scale: float = 3.0,
                 font: QFont | None = None, own_only: bool = True,
                 max_height: float | None = None) -> QImage | None:
    """The chart `width` document pixels wide, drawn at `scale` times that
    resolution so it stays sharp on paper; None when nothing can be drawn."""
    panels = chart_panels(figures, own_only, max_height)
    if not panels:
        return None
    height = chart_height(panels)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        base = QFont(font) if font is not None else cjk_font()
        base.setPixelSize(12)
        _draw(painter, panels, float(width), base)
    finally:
        painter.end()
    return image


def _draw(painter: QPainter, panels: list[Panel], width: float, base: QFont) -> None:
    title_font = QFont(base)
    title_font.setBold(True)
    metrics = QFontMetricsF(base)
    label_w = width * 0.36
    value_w = max(metrics.horizontalAdvance(b.text) for p in panels for b in p.bars) + 10
    plot_left = _PAD + label_w + 8
    plot_w = max(40.0, width - plot_left - value_w - _PAD)
    y = _PAD
    painter.setPen(QPen(QColor("#c8d0da"), 1))
    painter.drawRect(QRectF(0.5, 0.5, width - 1, chart_height(panels) - 1))
    for panel in panels:
        painter.setFont(title_font)
        painter.setPen(QColor("#12365f"))
        painter.drawText(QRectF(_PAD, y, width - 2 * _PAD, _TITLE),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, panel.title)
        y += _TITLE
        lo = min(0.0, min(b.value for b in panel.bars))
        hi = max(0.0, max(b.value for b in panel.bars))
        zero_x = bar_extent(0.0, lo, hi, plot_left, plot_w)[2]
        painter.setFont(base)
        for bar in panel.bars:
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(QRectF(_PAD, y, label_w, _ROW),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
            left, right, _ = bar_extent(bar.value, lo, hi, plot_left, plot_w)
            rect = QRectF(left, y + 4, max(right - left, 1.0), _ROW - 8)
            color = bar_color(panel, bar)
            painter.fillRect(rect, color)
            if bar.planned:  # outlined, so a light bar still reads on grey paper
                outline = QColor(color)
                outline.setAlpha(255)
                painter.setPen(QPen(outline, 1, Qt.PenStyle.DashLine))
                painter.drawRect(rect)
            painter.setPen(QColor("#1a1a1a"))
            painter.drawText(QRectF(right + 4, y, value_w, _ROW),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, bar.text)
            y += _ROW
        painter.setPen(QPen(QColor("#8090a0"), 1))
        painter.drawLine(QLineF(zero_x, y - len(panel.bars) * _ROW, zero_x, y))
        y += _GAP
    if _has_legend(panels):
        _draw_legend(painter, panels, QRectF(_PAD, y - _GAP + 4, width - 2 * _PAD, _ROW), base)


def _draw_legend(painter: QPainter, panels: list[Panel], band: QRectF, font: QFont) -> None:
    """What the light and the red bars mean."""
    entries = []
    if any(b.planned for p in panels for b in p.bars):
        sample = next(b for p in panels for b in p.bars if b.planned)
        panel = next(p for p in panels if sample in p.bars)
        entries.append((bar_color(panel, sample), True, _page_words("浅色虚框：目标或预计数，非实际")))
    if any(b.value < 0 for p in panels for b in p.bars):
        entries.append((QColor(FALL_COLOR), False, _page_words("红色：下降（负值，画在零线左侧）")))
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    x = band.left()
    for color, dashed, words in entries:
        swatch = QRectF(x, band.top() + 5, 18, band.height() - 10)
        painter.fillRect(swatch, color)
        if dashed:
            outline = QColor(color)
            outline.setAlpha(255)
            painter.setPen(QPen(outline, 1, Qt.PenStyle.DashLine))
            painter.drawRect(swatch)
        painter.setPen(QColor("#333333"))
        text_w = metrics.horizontalAdvance(words) + 4
        painter.drawText(QRectF(x + 24, band.top(), text_w, band.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        x += 24 + text_w + 18


def add_chart(doc: QTextDocument, figures: pd.DataFrame, uri: str, width: int,
              font: QFont | None = None, own_only: bool = True,
              max_height: float | None = None) -> ChartRef | None:
    """Render the chart into `doc` as an image resource at `uri`, at most
    `max_height` tall (fewer bars when it would be taller)."""
    image = render_chart(figures, width, font=font, own_only=own_only, max_height=max_height)
    if image is None:
        return None
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(uri), image)
    return ChartRef(uri, width, chart_height(chart_panels(figures, own_only, max_height)))


# --- the key indicators over time (issue 13) -------------------------------------------
# One small panel per canonical indicator with values for at least two
# periods: the zone's actual levels as points by period, joined only within
# one span (全年 to 全年; a 上半年 is never joined to a 全年), targets and
# estimates as hollow marks of their own, never on the actual line. Periods
# are slots in time order (by the date each period ends).

SERIES_COLUMNS_PER_ROW = 2
SERIES_PANEL_H = 178.0
SERIES_LEGEND_H = 22.0
MAX_SERIES_PANELS = 6
SPAN_COLORS = ("#2f6db5", "#d08a2c", "#3a9a6a", "#7a6fb0", "#8c564b")
PLAN_COLOR = "#9a4a00"  # targets and estimates, as the tables print them


@dataclass
class SeriesPoint:
    period: str        # 2024年前三季度
    slot: int          # x position: index into the panel's periods
    value: float
    text: str          # the value as printed, 6710亿元
    basis: str         # actual | target | estimate
    line: str          # the span it is joined within (全年); '' for a mark alone
    conflict: bool = False


@dataclass
class SeriesPanel:
    metric: str
    unit: str
    periods: list[str] = field(default_factory=list)
    points: list[SeriesPoint] = field(default_factory=list)

    @property
    def lines(self) -> dict[str, list[SeriesPoint]]:
        """Actual points by span, in time order: what may be joined."""
        out: dict[str, list[SeriesPoint]] = {}
        for p in sorted(self.points, key=lambda p: p.slot):
            if p.basis == "actual":
                out.setdefault(p.line, []).append(p)
        return out


@dataclass
class DrawnSeries:
    """What render_series drew, in document pixels: each panel's rectangle,
    each point's centre, and each joining segment (panel, span, a, b)."""
    image: QImage
    panels: list[SeriesPanel]
    rects: list[QRectF] = field(default_factory=list)
    points: list[tuple[int, SeriesPoint, float, float]] = field(default_factory=list)
    segments: list[tuple[int, str, tuple[float, float], tuple[float, float]]] = field(
        default_factory=list)


def _pick(rows: pd.DataFrame, prefer_id) -> tuple[pd.Series, bool]:
    """One value for one period of one line: the key indicator's own figure
    when it is among them, else an exact value, else the latest article;
    with whether the sources disagree."""
    from ..indicators import agree

    rows = rows.assign(_exact=(rows["qualifier"].fillna("") == ""))
    chosen = None
    if prefer_id is not None and not missing(prefer_id):
        hit = rows[rows["figure_id"] == prefer_id]
        if len(hit):
            chosen = hit.iloc[0]
    if chosen is None:
        chosen = rows.sort_values(["_exact", "date"], ascending=False, kind="stable").iloc[0]
    clash = any(not agree((float(v), text(q)), (float(chosen["value"]), text(chosen["qualifier"])))
                for v, q in zip(rows["value"], rows["qualifier"]))
    return chosen, clash


def series_panels(corpus, zone_id: str, key: pd.DataFrame | None = None) -> list[SeriesPanel]:
    """The panels to draw for a zone, in the order of its key indicators."""
    if key is None:
        key = corpus.key_indicators(zone_id)
    if key is None or key.empty:
        return []
    panels = []
    for _, k in key.iterrows():
        s = corpus.series(zone_id, k["metric"])
        if s is None or s.empty:
            continue
        s = s[s["value"].notna() & s["year"].notna()]
        measure = "level" if (s["measure"] == "level").any() else "share"
        s = s[s["measure"] == measure]
        if s.empty:
            continue
        unit = text(k.get("unit")) if not missing(k.get("unit")) else \
            s["unit"].fillna("").value_counts().index[0]
        s = s[s["unit"].fillna("") == unit]
        keys = sorted({(text(r.period_end), text(r.period_label)) for r in s.itertuples()})
        if len(keys) < 2:
            continue
        periods = [label for _end, label in keys]
        slot = {label: i for i, label in enumerate(periods)}
        panel = SeriesPanel(text(k["metric"]), unit, periods)
        for (basis, span, label), rows in s.groupby(["basis", "span_key", "period_label"], sort=False):
            row, clash = _pick(rows, k.get("figure_id"))
            shown = format_value(row["value"], row["unit"], row["qualifier"], row["raw"])
            panel.points.append(SeriesPoint(label, slot[label], float(row["value"]), shown,
                                            basis, text(span) if basis == "actual" else "", clash))
        panels.append(panel)
        if len(panels) == MAX_SERIES_PANELS:
            break
    return panels


def series_height(panels: list[SeriesPanel], width: float) -> int:
    cols = SERIES_COLUMNS_PER_ROW if width >= 480 else 1
    rows = math.ceil(len(panels) / cols)
    return int(_PAD * 2 + rows * SERIES_PANEL_H + SERIES_LEGEND_H)


def fit_series(panels: list[SeriesPanel], width: float, max_height: float | None) -> list[SeriesPanel]:
    """As many panels as fit in `max_height` (at least one row)."""
    if max_height is None:
        return panels
    cols = SERIES_COLUMNS_PER_ROW if width >= 480 else 1
    out = list(panels)
    while len(out) > cols and series_height(out, width) > max_height:
        out = out[:len(out) - 1]
    return out


def _span_color(panel: SeriesPanel, span: str) -> QColor:
    spans = list(panel.lines)
    i = spans.index(span) if span in spans else 0
    return QColor(SPAN_COLORS[i % len(SPAN_COLORS)])


def render_series(panels: list[SeriesPanel], width: int, scale: float = 3.0,
                  font: QFont | None = None) -> DrawnSeries | None:
    """The panels `width` document pixels wide at `scale` times that
    resolution; None when there is nothing to draw."""
    if not panels:
        return None
    height = series_height(panels, width)
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    drawn = DrawnSeries(image, panels)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        base = QFont(font) if font is not None else cjk_font()
        base.setPixelSize(11)
        _draw_series(painter, drawn, float(width), float(height), base)
    finally:
        painter.end()
    return drawn


def _draw_series(painter: QPainter, drawn: DrawnSeries, width: float, height: float,
                 base: QFont) -> None:
    panels = drawn.panels
    cols = SERIES_COLUMNS_PER_ROW if width >= 480 else 1
    gap = _PAD
    panel_w = (width - 2 * _PAD - (cols - 1) * gap) / cols
    painter.setPen(QPen(QColor("#c8d0da"), 1))
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    small = QFont(base)
    small.setPixelSize(10)
    title_font = QFont(base)
    title_font.setBold(True)
    title_font.setPixelSize(12)
    for i, panel in enumerate(panels):
        r, c = divmod(i, cols)
        rect = QRectF(_PAD + c * (panel_w + gap), _PAD + r * SERIES_PANEL_H,
                      panel_w, SERIES_PANEL_H - 6)
        drawn.rects.append(rect)
        _draw_series_panel(painter, drawn, i, panel, rect, title_font, small)
    _draw_series_legend(painter, QRectF(_PAD, height - _PAD - SERIES_LEGEND_H + 2,
                                        width - 2 * _PAD, SERIES_LEGEND_H - 4), small,
                        any(p.conflict for panel in panels for p in panel.points))


def _draw_series_panel(painter: QPainter, drawn: DrawnSeries, index: int, panel: SeriesPanel,
                       rect: QRectF, title_font: QFont, small: QFont) -> None:
    painter.setPen(QPen(QColor("#dde3ea"), 1))
    painter.drawRect(rect)
    painter.setFont(title_font)
    painter.setPen(QColor("#12365f"))
    unit = _magnitude(max(abs(q.value) for q in panel.points), panel.unit)[1] + panel.unit
    title = panel.metric + (f"（{unit}）" if unit else "")
    painter.drawText(QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, 20),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetricsF(title_font).elidedText(title, Qt.TextElideMode.ElideRight,
                                                          rect.width() - 12))
    plot = QRectF(rect.left() + 10, rect.top() + 40, rect.width() - 20, rect.height() - 40 - 34)
    values = [p.value for p in panel.points]
    lo, hi = min(0.0, min(values)), max(0.0, max(values))
    span = (hi - lo) or 1.0

    def y_of(v: float) -> float:
        return plot.bottom() - (v - lo) / span * plot.height()

    n = len(panel.periods)
    step = plot.width() / n

    def x_of(slot: int) -> float:
        return plot.left() + step * (slot + 0.5)

    # zero line and the period slots
    painter.setPen(QPen(QColor("#8090a0"), 1))
    painter.drawLine(QLineF(plot.left(), y_of(0.0), plot.right(), y_of(0.0)))
    painter.setFont(small)
    metrics = QFontMetricsF(small)
    for slot, label in enumerate(panel.periods):
        year, _, rest = label.partition("年")
        if rest and rest not in ("末", "初", "底"):
            lines = [f"{year}年", rest]
        else:
            lines = [label]
        painter.setPen(QColor("#444444"))
        for j, words in enumerate(lines):
            words = metrics.elidedText(words, Qt.TextElideMode.ElideRight, step - 2)
            painter.drawText(QRectF(x_of(slot) - step / 2, plot.bottom() + 3 + j * 13, step, 13),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, words)
    # actual lines: joined within a span only
    for span_name, points in panel.lines.items():
        color = _span_color(panel, span_name)
        painter.setPen(QPen(color, 2))
        for a, b in zip(points, points[1:]):
            pa, pb = (x_of(a.slot), y_of(a.value)), (x_of(b.slot), y_of(b.value))
            painter.drawLine(QLineF(*pa, *pb))
            drawn.segments.append((index, span_name, pa, pb))
    # the marks, with their values; staggered above and below when crowded
    for p in sorted(panel.points, key=lambda p: (p.slot, p.basis != "actual")):
        x, y = x_of(p.slot), y_of(p.value)
        if p.basis == "actual":
            color = _span_color(panel, p.line)
            painter.setPen(QPen(color, 1))
            painter.setBrush(color)
            painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))
        else:
            color = QColor(PLAN_COLOR)
            painter.setPen(QPen(color, 1.6, Qt.PenStyle.SolidLine))
            painter.setBrush(QColor("white"))
            if p.basis == "target":
                from PySide6.QtGui import QPolygonF
                from PySide6.QtCore import QPointF
                painter.drawPolygon(QPolygonF([QPointF(x, y - 6), QPointF(x + 6, y),
                                               QPointF(x, y + 6), QPointF(x - 6, y)]))
            else:
                painter.drawEllipse(QRectF(x - 5, y - 5, 10, 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        drawn.points.append((index, p, x, y))
        words = p.text + ("＊" if p.conflict else "")
        if p.basis == "target":
            words += _page_words("（目标）")
        elif p.basis == "estimate":
            words += _page_words("（预计）")
        painter.setPen(QColor(PLAN_COLOR) if p.basis != "actual" else QColor("#1a1a1a"))
        above = max(rect.top() + 22, y - 20)
        w = min(max(step * 1.6, metrics.horizontalAdvance(words) + 4), rect.width() - 4)
        left = min(max(rect.left() + 2, x - w / 2), rect.right() - 2 - w)
        painter.drawText(QRectF(left, above, w, 14),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(words, Qt.TextElideMode.ElideRight, w))


def _draw_series_legend(painter: QPainter, band: QRectF, font: QFont, conflict: bool) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPolygonF
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    x, cy = band.left(), band.center().y()
    entries = [("line", _page_words("实际（颜色分时段，只连同一时段：全年不与上半年、前三季度相连）")),
               ("target", _page_words("目标")), ("estimate", _page_words("预计"))]
    if conflict:
        entries.append(("", _page_words("＊各来源数值不一，见关键指标表")))
    for kind, words in entries:
        if kind == "line":
            painter.setPen(QPen(QColor(SPAN_COLORS[0]), 2))
            painter.drawLine(QLineF(x, cy, x + 18, cy))
            painter.setBrush(QColor(SPAN_COLORS[0]))
            painter.drawEllipse(QRectF(x + 5, cy - 4, 8, 8))
        elif kind == "target":
            painter.setPen(QPen(QColor(PLAN_COLOR), 1.6))
            painter.setBrush(QColor("white"))
            painter.drawPolygon(QPolygonF([QPointF(x + 9, cy - 6), QPointF(x + 15, cy),
                                           QPointF(x + 9, cy + 6), QPointF(x + 3, cy)]))
        elif kind == "estimate":
            painter.setPen(QPen(QColor(PLAN_COLOR), 1.6))
            painter.setBrush(QColor("white"))
            painter.drawEllipse(QRectF(x + 4, cy - 5, 10, 10))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        lead = 22 if kind else 0
        w = metrics.horizontalAdvance(words) + 4
        painter.setPen(QColor("#333333"))
        painter.drawText(QRectF(x + lead, band.top(), w, band.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, words)
        x += lead + w + 14


def add_series_chart(doc: QTextDocument, corpus, zone_id: str, uri: str, width: int,
                     font: QFont | None = None, max_height: float | None = None,
                     panels: list[SeriesPanel] | None = None) -> ChartRef | None:
    """Render the zone's indicators over time into `doc` at `uri`, at most
    `max_height` tall (fewer panels when it would be taller)."""
    panels = series_panels(corpus, zone_id) if panels is None else panels
    panels = fit_series(panels, width, max_height)
    drawn = render_series(panels, width, font=font)
    if drawn is None:
        return None
    doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(uri), drawn.image)
    return ChartRef(uri, width, series_height(panels, width))
