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
from ..report import (ChartRef, figure_kind, figure_name, figure_subject, format_value,
                      missing, text)

FAMILY_ORDER = ("money", "count", "percent", "other")
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
        more = f"（另有 {self.omitted} 项较小的未画出，见下表）" if self.omitted else ""
        unit = f"（{self.unit}）" if self.unit else ""
        return f"{FAMILY_TITLES[self.family]}{unit}{more}"


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
        entries.append((bar_color(panel, sample), True, "浅色虚框：目标或预计数，非实际"))
    if any(b.value < 0 for p in panels for b in p.bars):
        entries.append((QColor(FALL_COLOR), False, "红色：下降（负值，画在零线左侧）"))
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
