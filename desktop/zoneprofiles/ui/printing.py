"""Printing and PDF export of zone profiles: one QTextDocument, laid out in
pages, painted page by page to a printer, the print preview or a PDF.

The document is laid out in pixels at 96 per inch on a page the size of the
device's printable area, then scaled to the device, so the screen's DPI never
changes what is printed. Fonts are set in pixels for the same reason.
"""
from __future__ import annotations

import math
import os
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Iterable

from PySide6.QtCore import (QCoreApplication, QLineF, QMarginsF, QRectF, QSizeF, QStandardPaths,
                            Qt, QUrl)
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QGuiApplication, QImage,
                           QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPdfWriter,
                           QRawFont, QTextDocument, QTextOption)

from ..model import Corpus
from ..report import ChartRef, document_html, footer_text, page_language, text, words
from .report_chart import add_chart, add_series_chart, chart_panels, cjk_font, series_panels

LAYOUT_DPI = 96.0
MARGINS_MM = QMarginsF(18, 15, 18, 12)
FOOTER_PX = 26.0  # below each page's text: the running footer with the page number
BODY_PX = 13
CHART_SHARE = 0.66  # of a page: the chart leaves room for the header above it
MIN_ROOM_SHARE = 0.25  # less room than this left below the key indicators: the chart takes the next page
CHART_SLACK_PX = 10.0  # the image's line is a little taller than the image


def _tr(source: str) -> str:
    """Only for text lupdate need not find; literal strings are written as
    QCoreApplication.translate("Printing", "…") so that it does."""
    return QCoreApplication.translate("Printing", source)


def a4_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       MARGINS_MM, QPageLayout.Unit.Millimeter)


def _text_area(layout: QPageLayout) -> QSizeF:
    """The document page (layout pixels) for a page layout: its printable
    area less the footer band."""
    rect = layout.paintRect(QPageLayout.Unit.Millimeter)
    px = LAYOUT_DPI / 25.4
    # whole pixels: the layout works in 1/64 px, and a fractional page height
    # would leave a page's first line a hair above its own page
    return QSizeF(math.floor(rect.width() * px), math.floor(rect.height() * px - FOOTER_PX))


def build_document(corpus: Corpus, zone_ids: Iterable[str], *,
                   layout: QPageLayout | None = None,
                   printed_on: date | None = None, language: str | None = None) -> QTextDocument:
    """The profiles of `zone_ids` as one paginated document (A4 unless
    `layout` says otherwise), charts included, contents page numbered;
    `language` ("zh", "en") of the page's own words (report.LANGUAGES)."""
    with page_language(language):  # the charts' words too
        return _build_document(corpus, list(dict.fromkeys(zone_ids)), layout, printed_on, language)


def _build_document(corpus: Corpus, zone_ids: list[str], layout: QPageLayout | None,
                    printed_on: date | None, language: str | None) -> QTextDocument:
    if not zone_ids:
        raise ValueError("no zones to print")
    page = _text_area(layout or a4_layout())
    doc = QTextDocument()
    doc.setDefaultFont(cjk_font(BODY_PX))
    doc.setDocumentMargin(0)
    # long file names and numbers must wrap inside their cell, never widen a table
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setPageSize(page)
    width = int(page.width())
    page_h = page.height()
    font = cjk_font(BODY_PX)
    # each zone's chart: its key indicators over time, or, with none to draw,
    # today's bar chart of its own figures
    panels = {zid: series_panels(corpus, zid) for zid in zone_ids}
    uris = {zid: (f"zoneprofiles-series:{i}" if panels[zid] else f"zoneprofiles-chart:{i}")
            for i, zid in enumerate(zone_ids)}
    profiles = {zid: corpus.profile(zid).figures for zid in zone_ids if not panels[zid]}
    wanted = [zid for zid in zone_ids if panels[zid] or chart_panels(profiles[zid])]

    def html(charts: dict, series: dict, page_numbers=None) -> str:
        return document_html(corpus, zone_ids, charts=charts, series=series,
                             printed_on=printed_on, page_numbers=page_numbers, language=language)

    # first pass with a one-pixel stand-in: where each chart would start
    blank = QImage(1, 1, QImage.Format.Format_RGB32)
    blank.fill(QColor("white"))
    stand_in = {}
    for zid in wanted:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(uris[zid]), blank)
        stand_in[zid] = ChartRef(uris[zid], width, 1)
    doc.setHtml(html({z: r for z, r in stand_in.items() if not panels[z]},
                     {z: r for z, r in stand_in.items() if panels[z]}))
    tops = image_tops(doc)
    charts, series = {}, {}
    for zid in wanted:
        top = tops.get(uris[zid])
        room = page_h - (top % page_h) - CHART_SLACK_PX if top is not None else page_h
        # the rest of the page when enough is left (no gap before the chart),
        # else a fresh page; never taller than CHART_SHARE of a page
        limit = min(room, page_h * CHART_SHARE) if room >= page_h * MIN_ROOM_SHARE \
            else page_h * CHART_SHARE
        if panels[zid]:
            ref = add_series_chart(doc, corpus, zid, uris[zid], width, font, limit,
                                   panels=panels[zid])
            if ref is not None:
                series[zid] = ref
        else:
            ref = add_chart(doc, profiles[zid], uris[zid], width, font, max_height=limit)
            if ref is not None:
                charts[zid] = ref
    doc.setHtml(html(charts, series))
    if len(zone_ids) > 1:
        # second pass: the contents page learns where each zone starts
        pages = zone_pages(doc)
        doc.setHtml(html(charts, series, pages))
    with page_language(language):
        title = text(corpus.zone(zone_ids[0])["name"]) if len(zone_ids) == 1 else words("园区档案")
        page_words = words("第 {page} / {pages} 页")
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setProperty("zoneprofiles_footer", footer_text(corpus, printed_on, language))
    doc.setProperty("zoneprofiles_page_words", page_words)
    doc.pageCount()
    return doc


def image_tops(doc: QTextDocument) -> dict[str, float]:
    """Image resource name -> the y (layout pixels) of the line it sits on."""
    doc.pageCount()
    tops: dict[str, float] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                lines = block.layout()
                line = lines.lineForTextPosition(it.fragment().position() - block.position())
                y = line.y() if line.isValid() else 0.0
                tops.setdefault(fmt.toImageFormat().name(), lines.position().y() + y)
            it += 1
        block = block.next()
    return tops


def zone_pages(doc: QTextDocument) -> dict[str, int]:
    """zone_id -> the page (from 1) its profile starts on, read from the
    anchors the report puts on each zone's heading."""
    doc.pageCount()  # lays the whole document out: block layouts are lazy
    page_h = doc.pageSize().height()
    pages: dict[str, int] = {}
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            for name in it.fragment().charFormat().anchorNames():
                if name.startswith("zone-"):
                    # the first line, not the block: a page break leaves the
                    # block's margin on the page before
                    lines = block.layout()
                    top = lines.position().y() + (lines.lineAt(0).y() if lines.lineCount() else 0)
                    pages.setdefault(name[len("zone-"):], int((top + 0.5) // page_h) + 1)
            it += 1
        block = block.next()
    return pages


def paint_document(doc: QTextDocument, device: QPagedPaintDevice) -> int:
    """Paint every page of `doc` on `device` (a QPrinter or QPdfWriter),
    with the running footer; the number of pages painted."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing",
                                                 "Cannot start printing on this device"))
    try:
        dpi = device.logicalDpiX()
        paint_rect = device.pageLayout().paintRectPixels(dpi)
        page = doc.pageSize()
        scale = min(paint_rect.width() / page.width(),
                    paint_rect.height() / (page.height() + FOOTER_PX))
        count = doc.pageCount()
        footer = str(doc.property("zoneprofiles_footer") or "")
        for i in range(count):
            if i:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            _paint_page(painter, doc, i, page)
            _paint_footer(painter, doc, footer, i, count, page)
            painter.restore()
    finally:
        painter.end()
    return count


def _paint_page(painter: QPainter, doc: QTextDocument, index: int, page: QSizeF) -> None:
    painter.save()
    clip = QRectF(0, index * page.height(), page.width(), page.height())
    painter.translate(0, -clip.top())
    painter.setClipRect(clip)
    context = QAbstractTextDocumentLayout.PaintContext()
    # A line that starts exactly on the page boundary intersects both pages'
    # rectangles; drawn on the earlier page too, the painter's clip would hide
    # it but the PDF would still hold its text (a search would find it twice).
    context.clip = clip.adjusted(0, 0.5, 0, -0.5)
    doc.documentLayout().draw(painter, context)
    painter.restore()


def _paint_footer(painter: QPainter, doc: QTextDocument, footer: str, index: int,
                  count: int, page: QSizeF) -> None:
    font = QFont(doc.defaultFont())
    font.setPixelSize(10)
    painter.setFont(font)
    painter.setPen(QColor("#666666"))
    top = page.height() + 8
    painter.drawLine(QLineF(0, top - 2, page.width(), top - 2))
    band = QRectF(0, top, page.width(), FOOTER_PX - 8)
    title = doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
    painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     " · ".join(x for x in (title, footer) if x))
    painter.drawText(band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     str(doc.property("zoneprofiles_page_words") or "第 {page} / {pages} 页").format(
                         page=index + 1, pages=count))


def write_pdf(corpus: Corpus, zone_ids: Iterable[str], path, *,
              printed_on: date | None = None, language: str | None = None) -> int:
    """Write the profiles of `zone_ids` as an A4 PDF with embedded fonts;
    the number of pages written. The file appears whole or not at all."""
    path = Path(path)
    doc = build_document(corpus, zone_ids, printed_on=printed_on, language=language)
    fd, tmp = tempfile.mkstemp(suffix=".pdf", prefix=".zoneprofiles-", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp)
        writer.setPageLayout(a4_layout())
        writer.setResolution(600)
        writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
        writer.setCreator("Zone Profiles")
        pages = paint_document(doc, writer)
        del writer  # the file is complete only once the writer is gone
        repair_text_layer(tmp, shared_glyph_map(doc.defaultFont()))
        _give_usual_mode(Path(tmp), path)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pages


def _give_usual_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes the file private (0600); the PDF should get the mode any
    new file gets, or keep the one of the file it replaces."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    try:
        tmp.chmod(mode)
    except OSError:  # some file systems have no modes; the file is still good
        pass


# --- the PDF's text layer -------------------------------------------------------
# Qt maps each glyph back to the lowest code point that uses it when it writes
# the PDF's ToUnicode table. CJK fonts share glyphs between radicals
# (U+2E80–U+2FDF) and ideographs, between tab and space, between the figure
# dash and the en dash, so 黄 would copy and search as ⻩. The map below names
# the intended text for every such shared glyph of the fonts the document uses.

_LOW_RANGES = (range(0x2E80, 0x2FE0), range(0x31C0, 0x31F0))
_IDEOGRAPHS = range(0x4E00, 0xA000)
_PREFERRED = {0x09: " ", 0x2012: "\u2013"}


def _fonts_of(font: QFont):
    for bold in (False, True):
        for family in font.families() or [font.family()]:
            f = QFont(font)
            f.setBold(bold)
            f.setFamilies([family])
            raw = QRawFont.fromFont(f)
            if raw.isValid():
                yield raw


def shared_glyph_map(font: QFont) -> dict[int, str]:
    """Code point Qt would name in the PDF -> the text it stands for."""
    # "——" is shaped into the glyph of ⸺ (U+2E3A); news text writes the pair
    remap = {0x2E3A: "\u2014\u2014"}
    ideographs = "".join(map(chr, _IDEOGRAPHS))
    lows = "".join(chr(c) for r in _LOW_RANGES for c in r)
    for raw in _fonts_of(font):
        for low, wanted in _PREFERRED.items():
            a, b = raw.glyphIndexesForString(chr(low) + wanted)
            if a and a == b:
                remap.setdefault(low, wanted)
        by_glyph: dict[int, int] = {}
        for ch, glyph in zip(ideographs, raw.glyphIndexesForString(ideographs)):
            if glyph:
                by_glyph.setdefault(glyph, ord(ch))
        for ch, glyph in zip(lows, raw.glyphIndexesForString(lows)):
            if glyph and glyph in by_glyph:
                remap.setdefault(ord(ch), chr(by_glyph[glyph]))
    return remap


_HEX = re.compile(r"<([0-9A-Fa-f]+)>")
_SECTION = re.compile(r"(begin(bfrange|bfchar))(.*?)(end\2)", re.S)
_RANGE = re.compile(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(r"(<[0-9A-Fa-f]+>\s*)<([0-9A-Fa-f]+)>")


def remap_cmap(cmap: str, remap: dict[int, str]) -> str:
    """Rewrite the destination text of a ToUnicode CMap; the glyph codes
    (sources) stay as they are."""
    def dest(hexcode: str) -> str:
        if len(hexcode) == 4 and int(hexcode, 16) in remap:
            return remap[int(hexcode, 16)].encode("utf-16-be").hex().upper()
        return hexcode

    def fix_range(m: re.Match) -> str:
        lo, hi, target = m.group(1), m.group(2), m.group(3)
        if target.startswith("["):
            target = _HEX.sub(lambda h: f"<{dest(h.group(1))}>", target)
        elif lo == hi:  # a run of one; a longer run counts up from its start
            target = f"<{dest(target[1:-1])}>"
        return f"<{lo}> <{hi}> {target}"

    def fix_section(m: re.Match) -> str:
        body = m.group(3)
        if m.group(2) == "bfrange":
            body = _RANGE.sub(fix_range, body)
        else:
            body = _CHAR.sub(lambda c: f"{c.group(1)}<{dest(c.group(2))}>", body)
        return m.group(1) + body + m.group(4)

    return _SECTION.sub(fix_section, cmap)


def repair_text_layer(path, remap: dict[int, str]) -> None:
    """Apply `remap` to every ToUnicode CMap of the PDF at `path`, in place."""
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:  # the PDF is still valid; only copied text suffers
        return
    writer = PdfWriter(clone_from=PdfReader(str(path)))
    done: set[int] = set()
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            tu = font.get("/ToUnicode")
            if tu is None or getattr(tu, "idnum", id(tu)) in done:
                continue
            done.add(getattr(tu, "idnum", id(tu)))
            stream = tu.get_object()
            before = stream.get_data().decode("latin-1")
            after = remap_cmap(before, remap)
            if after != before:
                stream.set_data(after.encode("latin-1"))
    with open(path, "wb") as fh:
        writer.write(fh)


# --- what the main window calls -------------------------------------------------

def suggested_file_name(corpus: Corpus, zone_ids: list[str]) -> str:
    if len(zone_ids) == 1:
        stem = text(corpus.zone(zone_ids[0])["name"]) or "zone"
    else:
        stem = f"园区档案-{len(zone_ids)}个园区"
    stem = re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("._") or "zone"
    return f"{stem}.pdf"


def print_preview(parent, corpus: Corpus, zone_ids: Iterable[str],
                  language: str | None = None) -> int:
    """Show the print preview of the zones' profiles; printing goes from there.
    Returns the dialog's result."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    zone_ids = list(dict.fromkeys(zone_ids))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setDocName(suggested_file_name(corpus, zone_ids)[:-4])
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    cache: dict[tuple, QTextDocument] = {}

    def paint(device) -> None:
        # the user may change paper or margins in the dialog: lay out again then
        layout = device.pageLayout()
        key = (layout.pageSize().id(), layout.orientation(),
               tuple(round(v, 2) for v in (layout.margins().left(), layout.margins().top(),
                                           layout.margins().right(), layout.margins().bottom())))
        if key not in cache:
            cache.clear()
            cache[key] = build_document(corpus, zone_ids, layout=layout, language=language)
        paint_document(cache[key], device)

    dialog.paintRequested.connect(paint)
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def export_pdf(parent, corpus: Corpus, zone_ids: Iterable[str],
               folder: str = "", language: str | None = None) -> Path | None:
    """Ask where to save, then write the PDF; the path written, or None when
    the user cancelled or the file could not be written (they were told)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    zone_ids = list(dict.fromkeys(zone_ids))
    folder = folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder or Path.home()) / suggested_file_name(corpus, zone_ids))
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Export PDF"), start,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write_pdf(corpus, zone_ids, path, language=language)
    except OSError as exc:
        QGuiApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Export PDF"),
                            QCoreApplication.translate("Printing", "Could not write the PDF:")
                            + f"\n{path}\n\n{exc}")
        return None
    QGuiApplication.restoreOverrideCursor()
    return path
