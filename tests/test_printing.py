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
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QTextDocument, QTextTable
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
                     "新落户企业补贴", "最高1000万元", "集成电路、新型储能",
                     "示范园区年报：青山高新区稳中有进", "园区快讯/青山.txt", "测试语料"):
        assert expected in text, expected
    # the park's and the company's figures print after the zone's own, each
    # under a heading naming whose they are
    own, park = text.index("青山高新区（本园区）"), text.index("下辖园区：青山科学城")
    company = text.index("所涉对象：青山芯片有限公司")
    assert own < text.index("约2500亿元") < park < text.index("30GWh") < company
    assert company < text.index("45亿元")
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
    # the zone's own sums only; a target and an estimate say so on their bar
    assert [b.text for b in money.bars] == ["约2500亿元", "突破1.2万亿元（目标）", "约5200亿元（预计）"]
    assert [b.planned for b in money.bars] == [False, True, True]
    assert [b.label for b in money.bars][0] == "地区生产总值 2023年"
    percent = panels[2]
    assert [b.text for b in percent.bars] == ["16.4%", "7%以上", "\u22123.2%"]
    assert percent.bars[-1].label == "规上工业增加值 增速 今年前三季度"


def test_chart_leaves_out_parks_and_companies_unless_asked(corpus):
    figures = corpus.profile("z1").figures
    drawn = {b.text for p in chart_panels(figures) for b in p.bars}
    assert "30GWh" not in drawn and "45亿元" not in drawn
    everything = {b.text for p in chart_panels(figures, own_only=False) for b in p.bars}
    assert {"30GWh", "45亿元"} <= everything


def test_a_fall_is_drawn_left_of_zero_not_as_a_rise(qapp, corpus):
    from zoneprofiles.ui.report_chart import FALL_COLOR, bar_extent
    left, right, zero = bar_extent(-3.2, -3.2, 16.4, 100.0, 400.0)
    assert right == zero and left < zero
    left, right, zero = bar_extent(16.4, -3.2, 16.4, 100.0, 400.0)
    assert left == zero and right > zero
    # drawn: every red (fall) pixel lies left of every blue (rise) pixel
    only = corpus.figures[corpus.figures["raw"].isin(["16.4%", "3.2%"])]
    image = render_chart(only, 600, scale=1.0, font=cjk_font(12))
    fall, rise = QColor(FALL_COLOR), QColor("#d08a2c")
    reds, blues = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            if c == fall:
                reds.append(x)
            elif c == rise:
                blues.append(x)
    assert reds and blues and max(reds) < min(blues)


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


def test_seed_zone_chart_shares_the_first_page_with_its_header(qapp, seeds):
    # a zone with many figures: the chart drops its smallest bars rather
    # than leave the first page empty below the header
    zid = seeds.find_zone("广州开发区")
    doc = build_document(seeds, [zid])
    (block, fmt), = _image_blocks(doc)
    layout = block.layout()
    bottom = layout.position().y() + layout.lineAt(0).y() + layout.lineAt(0).height()
    assert bottom <= doc.pageSize().height()
    assert fmt.height() <= doc.pageSize().height() * printing.CHART_SHARE


def test_every_seed_zone_gets_its_own_pages(qapp, seeds, tmp_path):
    ids = list(seeds.zones["zone_id"])
    doc = build_document(seeds, ids)
    pages = zone_pages(doc)
    assert list(pages) == ids
    starts = [pages[z] for z in ids]
    assert starts == sorted(starts) and len(set(starts)) == len(ids)
    assert starts[0] > 1  # after the contents


# --- `zoneprofiles print` as a user runs it ------------------------------------------

ARTICLE = """白湖经开区前三季度经济运行稳中有变

2023年10月20日 08:30  来源：白湖日报

本报讯 今年1-9月，白湖经济技术开发区规模以上工业增加值同比下降3.2%，固定资产投资完成45.6亿元。
白湖经开区预计全年实现营业收入约800亿元。到2025年，白湖经开区力争地区生产总值突破1000亿元。
园区龙头企业白湖新材料有限公司年产值12亿元。
白湖经开区出台《白湖经开区支持先进制造业发展若干措施》，对新落户企业给予最高300万元一次性奖励，按设备投资额的50%给予补贴。
"""


def _print_command(tmp_path: Path, zone: str, *paths: Path) -> str:
    """Run `zoneprofiles print ZONE --pdf FILE [PATH…]` in a process of its
    own; the PDF's text."""
    import subprocess
    import sys
    out = tmp_path / "profile.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "zoneprofiles", "print", zone, "--pdf", str(out),
                           *map(str, paths)], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert str(out) in done.stdout
    return "".join(page_texts(out))


def test_print_command_on_a_written_article_shows_signs_kinds_subjects_sources_terms(tmp_path):
    article = tmp_path / "白湖三季度.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    text = _print_command(tmp_path, "白湖经开区", article)
    # a fall prints negative, never as a rise
    assert "规上工业增加值原文：规模以上工业增加值\u22123.2%增速" in text
    # an estimate and a target are marked as such
    assert re.search(r"营业收入.{0,20}约800亿元预计", text)
    assert re.search(r"地区生产总值突破1000亿元目标2025年", text)
    # the company's number is under its name, after the zone's own figures
    company = text.index("所涉对象：白湖新材料有限公司")
    assert text.index("白湖经开区（本园区）") < text.index("约800亿元") < company < text.index("12亿元")
    # the policy's terms; the footnotes name the outlet and the printed date
    assert "300万元；50%" in text
    assert "·白湖日报·2023-10-20·" in text
    assert "文件时间" not in text


def test_print_command_on_the_seeds_marks_file_dates_and_the_parks_figures(tmp_path):
    text = _print_command(tmp_path, "广州开发区")
    assert text.startswith("广州开发区")
    assert "下辖园区：中新广州知识城" in text
    assert text.index("广州开发区（本园区）") < text.index("下辖园区：中新广州知识城")
    assert "目标" in text and "预计" in text
    # the seeds carry no printed dates: their footnotes say the date is the file's
    assert "（文件时间）" in text
    assert "““" not in text and "””" not in text


# --- issue 13's order on the multi-article corpus (tests/data/multi) ---------------------

MULTI = Path(__file__).resolve().parent / "data" / "multi"


@pytest.fixture(scope="module")
def multi():
    from zoneprofiles.pipeline import load_corpus
    corpus = load_corpus([MULTI], use_cache=False, workers=0)
    assert not corpus.problems
    return corpus


def test_printed_profile_opens_with_key_indicators_then_the_series_then_all_figures(
        qapp, multi, tmp_path):
    out = tmp_path / "suzhou.pdf"
    write_pdf(multi, ["苏州工业园区"], out)
    text = "".join(page_texts(out))
    assert text.startswith("苏州工业园区")
    key, trend, figures = text.index("关键指标"), text.index("指标走势"), text.index("全部数据")
    assert key < trend < figures
    table = text[key:trend]
    # the latest actual value with its period and growth, the target marked, the sources
    assert "规上工业总产值6710亿元2024年前三季度3.4%9000亿元（2024年目标）" in table
    assert "地区生产总值3686亿元2023年5.2%" in table
    assert "高新技术企业2613家2023年末" in table
    assert "4篇" in table
    assert "8620亿元" not in table and "8620亿元" in text[figures:]  # older: below, not as latest


def test_printed_key_indicators_mark_sources_that_disagree(qapp, multi, tmp_path):
    out = tmp_path / "chengdu.pdf"
    write_pdf(multi, ["成都高新区"], out)
    text = "".join(page_texts(out))
    assert "2980亿元〔来源不一〕另有：3120亿元" in text[text.index("关键指标"):text.index("全部数据")]


def test_series_chart_draws_a_panel_per_indicator_and_never_joins_spans(qapp, multi):
    from zoneprofiles.ui.report_chart import PLAN_COLOR, SPAN_COLORS, render_series, series_panels
    panels = series_panels(multi, "苏州工业园区")
    # every key indicator with values for two periods or more
    assert [p.metric for p in panels] == ["地区生产总值", "规上工业总产值", "实际利用外资", "高新技术企业"]
    output = panels[1]
    assert output.periods == ["2022年", "2023年", "2024年上半年", "2024年前三季度", "2024年"]
    assert {(p.period, p.text, p.basis) for p in output.points} == {
        ("2022年", "8412亿元", "actual"), ("2023年", "8620亿元", "actual"),
        ("2024年上半年", "4380亿元", "actual"), ("2024年前三季度", "6710亿元", "actual"),
        ("2024年", "9000亿元", "target")}
    drawn = render_series(panels, 640, scale=1.0, font=cjk_font(12))
    assert len(drawn.rects) == 4
    assert drawn.image.width() == 640 and drawn.image.height() >= 2 * 170
    # every point inside its own panel, in time order from left to right
    for i, point, x, y in drawn.points:
        assert drawn.rects[i].contains(x, y)
    xs = {p.period: x for i, p, x, _y in drawn.points if i == 1}
    assert xs["2022年"] < xs["2023年"] < xs["2024年上半年"] < xs["2024年前三季度"] < xs["2024年"]
    # the one joined line of that panel is 全年 2022 -> 2023; the half-year, the
    # first three quarters and the target stand alone
    joined = [(span, a, b) for i, span, a, b in drawn.segments if i == 1]
    assert len(joined) == 1 and joined[0][0] == "全年"
    assert {joined[0][1][0], joined[0][2][0]} == {xs["2022年"], xs["2023年"]}
    # an actual is a filled mark, the target a hollow one of its own colour
    centre = {p.basis + p.period: (x, y) for i, p, x, y in drawn.points if i == 1}
    x, y = centre["actual2022年"]
    assert drawn.image.pixelColor(int(x), int(y)) == QColor(SPAN_COLORS[0])
    x, y = centre["target2024年"]
    assert drawn.image.pixelColor(int(x), int(y)) == QColor("white")
    assert drawn.image.pixelColor(int(x), int(y - 5)).red() > 120  # the outline, brown
    assert QColor(PLAN_COLOR).red() > 120
    # a zone whose indicators have one period each draws no series
    assert series_panels(multi, "成都高新区") == []


def test_series_chart_sits_below_the_key_indicators_on_one_page(qapp, multi):
    doc = build_document(multi, ["苏州工业园区"])
    images = list(_image_blocks(doc))
    assert [fmt.name() for _b, fmt in images] == ["zoneprofiles-series:0"]  # no bar chart too
    block, fmt = images[0]
    line = block.layout().lineAt(0)
    top = block.layout().position().y() + line.y()
    page_h = doc.pageSize().height()
    assert int(top // page_h) == int((top + line.height() - 1) // page_h)
    plain = doc.toPlainText()
    cursor = doc.find("关键指标")
    assert cursor.position() < block.position() < doc.find("全部数据").position()
    assert plain.index("关键指标") < plain.index("全部数据")
    # a zone without a series keeps the bar chart of its own figures
    (_b, fmt), = _image_blocks(build_document(multi, ["成都高新区"]))
    assert fmt.name() == "zoneprofiles-chart:0"


def test_several_zones_print_one_per_page_after_the_contents(qapp, multi, tmp_path):
    ids = list(multi.zones["zone_id"])
    assert len(ids) == 6
    out = tmp_path / "all.pdf"
    pages = write_pdf(multi, ids, out)
    texts = page_texts(out)
    assert pages == len(texts)
    assert "目录" in texts[0]
    starts = zone_pages(build_document(multi, ids))
    assert list(starts) == ids
    bounds = [starts[z] for z in ids] + [pages + 1]
    assert bounds == sorted(bounds) and len(set(bounds)) == len(bounds) and bounds[0] == 2
    for zid, first, after in zip(ids, bounds, bounds[1:]):
        mine = "".join(texts[first - 1:after - 1])
        name = multi.zone(zid)["name"]
        assert mine.startswith(name), zid
        assert mine.index("关键指标") < mine.index("全部数据")
        others = [multi.zone(z)["name"] for z in ids if z != zid]
        # never another zone's heading on this zone's pages
        assert not any(m.startswith(o) for o in others for m in texts[first - 1:after - 1])
