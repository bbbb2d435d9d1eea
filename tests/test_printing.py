"""Printed profiles: PDFs read back with pypdf hold the profile in Chinese, one
zone per page after the contents; charts are never cut and tables never
clipped; the preview, the export dialog and `zoneprofiles print` work."""
from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication

from test_report import make_corpus
from zoneprofiles import printcmd
from zoneprofiles.ui import printing
from zoneprofiles.ui.printing import build_document, write_pdf, zone_pages
from zoneprofiles.ui.report_chart import chart_panels, cjk_font, render_chart


def page_texts(path: Path) -> list[str]:
    """Each page's text with line breaks and spaces dropped, as a search sees it."""
    return [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(str(path)).pages]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def corpus():
    return make_corpus()


def test_zone_pdf_holds_name_figures_policies_and_sources_in_chinese(qapp, corpus, tmp_path):
    out = tmp_path / "青山.pdf"
    pages = write_pdf(corpus, ["z1"], out)
    texts = page_texts(out)
    assert pages == len(texts) >= 1
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask  # shareable like any new file
    text = "".join(texts)
    for expected in ("青山高新区", "湖北省青山市", "约2500亿元", "超3000家", "16.4%", "7%以上",
                     "突破1.2万亿元", "地区生产总值", "青山高新区促进集成电路产业发展若干措施",
                     "新落户企业最高1000万元补贴", "集成电路、新型储能",
                     "示范园区年报：青山高新区稳中有进", "园区快讯/青山.txt", "测试语料"):
        assert expected in text, expected
    for sentence in corpus.figures.loc[corpus.figures["zone_id"] == "z1", "sentence"]:
        assert squash(sentence) in text
    for sentence in corpus.policies.loc[corpus.policies["zone_id"] == "z1", "sentence"]:
        assert squash(sentence) in text


def test_fonts_are_embedded(qapp, corpus, tmp_path):
    out = tmp_path / "z.pdf"
    write_pdf(corpus, ["z1"], out)
    fonts = {}
    for page in PdfReader(str(out)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), name


def test_contents_then_each_zone_on_pages_of_its_own(qapp, corpus, tmp_path):
    out = tmp_path / "all.pdf"
    ids = ["z1", "z2", "z3"]
    pages = write_pdf(corpus, ids, out)
    texts = page_texts(out)
    # no zone shares a page: the pages are the contents plus each zone printed alone
    alone = [write_pdf(corpus, [z], tmp_path / f"{z}.pdf") for z in ids]
    assert pages == len(texts) == 1 + sum(alone)
    contents = texts[0]
    assert "目录" in contents
    for name in ("青山高新区", "白湖经开区", "青山科学城"):
        assert name in contents
    starts = zone_pages(build_document(corpus, ids))
    assert list(starts.values()) == [2, 2 + alone[0], 2 + alone[0] + alone[1]]
    qingshan = "".join(texts[starts["z1"] - 1:starts["z2"] - 1])
    baihu = "".join(texts[starts["z2"] - 1:starts["z3"] - 1])
    kexuecheng = "".join(texts[starts["z3"] - 1:])
    assert qingshan.startswith("青山高新区") and baihu.startswith("白湖经开区")
    assert kexuecheng.startswith("青山科学城")
    assert "约2500亿元" in qingshan and "1.03亿元" not in qingshan
    assert "1.03亿元" in baihu and "10亿余元" in baihu and "约2500亿元" not in baihu
    assert "30GWh" in kexuecheng and "上级园区青山高新区" in kexuecheng
    for i, page in enumerate(texts, 1):
        assert page.endswith(f"第{i}/{pages}页")


def test_contents_page_numbers_point_at_each_zone(qapp, corpus):
    doc = build_document(corpus, ["z2", "z3"])
    assert zone_pages(doc) == {"z2": 2, "z3": 3}
    assert re.search(r"白湖经开区.*2\s*$", _contents_rows(doc)[0])
    assert re.search(r"青山科学城.*3\s*$", _contents_rows(doc)[1])


def _contents_rows(doc: QTextDocument) -> list[str]:
    table = next(f for f in doc.rootFrame().childFrames() if isinstance(f, QTextTable))
    rows = []
    for r in range(1, table.rows()):
        cells = [table.cellAt(r, c).firstCursorPosition().block().text() for c in range(table.columns())]
        rows.append(" ".join(cells))
    return rows


def test_text_copies_as_written_even_where_fonts_share_glyphs(qapp, corpus, tmp_path):
    # Qt names a glyph shared by a radical and an ideograph by the radical
    # (⻩ for 黄); the exported PDF must search and copy as the ideograph
    corpus.zones.loc[corpus.zones["zone_id"] == "z2", "name"] = "黄埔长岭门户区"
    corpus.articles.loc[corpus.articles["article_id"] == "a2", "title"] = "广州——页岩气车间见闻"
    out = tmp_path / "z.pdf"
    write_pdf(corpus, ["z2"], out)
    text = "".join(page_texts(out))
    assert "黄埔长岭门户区" in text
    assert "广州——页岩气车间见闻" in text
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]


def _long_zone_corpus(n_figures: int):
    """z1 with `n_figures` figures, each quoting a sentence of its own, so the
    chart lands at a different height on the page for each count."""
    corpus = make_corpus()
    base = corpus.figures.iloc[0]
    rows = []
    for i in range(n_figures):
        row = base.copy()
        row["figure_id"] = f"x{i}"
        row["label"] = f"指标{i:02d}"
        row["value"] = 1e8 * (i + 1)
        row["unit"] = ["元", "家", "%"][i % 3]
        rows.append(row)
    corpus.figures = pd.DataFrame(rows).reset_index(drop=True)
    return corpus


def _image_blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                yield block, fmt.toImageFormat()
            it += 1
        block = block.next()


def test_chart_is_never_cut_across_pages(qapp):
    seen_pages = set()
    for n_aliases in range(0, 330, 12):
        # a longer header pushes the chart further down, across page ends
        corpus = _long_zone_corpus(30)
        corpus.zones.loc[corpus.zones["zone_id"] == "z1", "aliases"] = "|".join(
            f"青山第{i}号园区" for i in range(n_aliases))
        doc = build_document(corpus, ["z1"])
        page_h = doc.pageSize().height()
        images = list(_image_blocks(doc))
        assert len(images) == 1
        block, fmt = images[0]
        layout = block.layout()
        assert layout.lineCount() == 1
        line = layout.lineAt(0)
        top = layout.position().y() + line.y()
        bottom = top + line.height()
        assert fmt.height() < page_h
        assert int(top // page_h) == int((bottom - 1) // page_h), n_aliases
        seen_pages.add(int(top // page_h))
    assert len(seen_pages) > 1  # the headers did push the chart to later pages


def _ink_right_of(doc: QTextDocument, x0: int) -> int:
    """Dark pixels right of `x0` when the whole document is drawn unclipped
    on a canvas wider than its page: what the printer would cut off."""
    width = int(doc.pageSize().width()) + 120
    height = int(doc.size().height()) + 1
    image = QImage(width, height, QImage.Format.Format_Grayscale8)
    image.fill(255)
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    stride = image.bytesPerLine()
    pixels = np.frombuffer(image.constBits(), np.uint8, count=stride * height).reshape(height, stride)
    return int((pixels[:, x0 + 1:width] < 200).sum())


def test_tables_are_never_wider_than_the_page(qapp, corpus):
    corpus.figures.loc[0, "label"] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 8
    corpus.figures.loc[1, "period"] = "2023年1月1日至2023年12月31日" * 3
    corpus.articles.loc[0, "title"] = "0123456789" * 30
    doc = build_document(corpus, ["z1", "z2"])
    assert _ink_right_of(doc, int(doc.pageSize().width())) == 0
    # the long label is all there, wrapped inside its cell
    assert "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 8 in squash(doc.toPlainText())


def test_chart_groups_figures_by_unit_family(corpus):
    panels = chart_panels(corpus.profile("z1").figures)
    assert [(p.family, p.unit) for p in panels] == [("money", "元"), ("count", "家"), ("percent", "%")]
    money = panels[0]
    assert [b.text for b in money.bars] == ["约2500亿元", "突破1.2万亿元"]
    assert [b.label for b in money.bars][0] == "地区生产总值 2023年"


def test_chart_keeps_every_family_when_figures_are_many(corpus):
    corpus = _long_zone_corpus(60)
    panels = chart_panels(corpus.profile("z1").figures)
    assert {p.family for p in panels} == {"money", "count", "percent"}
    assert sum(len(p.bars) for p in panels) <= 24
    assert all(p.omitted for p in panels)


def test_chart_image_is_drawn_with_a_font_that_has_the_chinese_labels(qapp, corpus):
    font = cjk_font(12)
    metrics = QFontMetricsF(font)
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "地区生产总值高新技术企业金额数量比例与增速")
    image = render_chart(corpus.profile("z1").figures, 600, scale=2.0, font=font)
    assert image is not None and image.width() == 1200
    colours = {image.pixelColor(x, y).name() for x in range(0, 1200, 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 3  # bars and text, not a blank page
    assert render_chart(corpus.profile("z1").figures.iloc[0:0], 600) is None


def _close_preview_after(qtbot, seen: dict):
    def close():
        from PySide6.QtPrintSupport import QPrintPreviewWidget
        dialog = QApplication.activeModalWidget()
        preview = dialog.findChild(QPrintPreviewWidget)
        seen["pages"] = preview.pageCount()
        dialog.reject()
    QTimer.singleShot(300, close)


def test_print_preview_shows_every_page(qtbot, corpus):
    seen: dict = {}
    _close_preview_after(qtbot, seen)
    printing.print_preview(None, corpus, ["z1", "z2", "z3"])
    assert seen["pages"] == build_document(corpus, ["z1", "z2", "z3"]).pageCount() >= 4


def test_export_pdf_writes_where_the_user_chose(qtbot, corpus, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    asked = {}

    def choose(parent, title, start, filters):
        asked["start"] = start
        return str(tmp_path / "白湖"), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    path = printing.export_pdf(None, corpus, ["z2"])
    assert path == tmp_path / "白湖.pdf"
    assert asked["start"].endswith("白湖经开区.pdf")
    assert "1.03亿元" in "".join(page_texts(path))


def test_export_pdf_cancelled_writes_nothing(qtbot, corpus, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert printing.export_pdf(None, corpus, ["z2"]) is None
    assert list(tmp_path.iterdir()) == []


def test_print_command_finds_a_zone_by_alias(qapp, corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(printcmd, "_load", lambda paths, assign=None: corpus)
    out = tmp_path / "out.pdf"
    assert printcmd.print_zone("青山园", out, None) == 0
    assert "青山高新区" in "".join(page_texts(out))
    assert "out.pdf" in capsys.readouterr().out


def test_print_command_names_close_zones_when_none_matches(qapp, corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(printcmd, "_load", lambda paths, assign=None: corpus)
    out = tmp_path / "out.pdf"
    assert printcmd.print_zone("青山高兴区", out, None) == 2
    err = capsys.readouterr().err
    assert "青山高兴区" in err and "青山高新区" in err
    assert not out.exists()


def test_print_command_reports_an_unwritable_path(qapp, corpus, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(printcmd, "_load", lambda paths, assign=None: corpus)
    assert printcmd.print_zone("白湖经开区", tmp_path / "no" / "such" / "dir.pdf", None) == 1
    assert "cannot write" in capsys.readouterr().err


# --- the bundled seeds -------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds():
    pipeline = pytest.importorskip("zoneprofiles.pipeline")
    return pipeline.load_corpus()


def test_seed_zone_prints_with_its_figures_and_sources(qapp, seeds, tmp_path):
    zone = seeds.zones.sort_values("n_figures", ascending=False).iloc[0]
    out = tmp_path / "seed.pdf"
    write_pdf(seeds, [zone.zone_id], out)
    text = "".join(page_texts(out))
    assert squash(zone["name"]) in text
    figures = seeds.figures[seeds.figures["zone_id"] == zone.zone_id]
    for row in figures.itertuples():
        assert squash(row.sentence)[:12] in text
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF]


def test_every_seed_zone_gets_its_own_pages(qapp, seeds, tmp_path):
    ids = list(seeds.zones["zone_id"])
    doc = build_document(seeds, ids)
    pages = zone_pages(doc)
    assert list(pages) == ids
    starts = [pages[z] for z in ids]
    assert starts == sorted(starts) and len(set(starts)) == len(ids)
    assert starts[0] > 1  # after the contents
