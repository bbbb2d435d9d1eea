"""The printable profile as HTML: what the reader sees, and that article text
can never turn into markup. `make_corpus` builds a small corpus by hand from
Chinese text written for these tests; the other print tests reuse it."""
from __future__ import annotations

import re
from datetime import date
from html import unescape

import pandas as pd
import pytest

from zoneprofiles.model import (ARTICLE_COLUMNS, FIGURE_COLUMNS, INDUSTRY_COLUMNS,
                                MENTION_COLUMNS, POLICY_COLUMNS, ZONE_COLUMNS, Corpus)
from zoneprofiles.report import ChartRef, document_html, format_value, profile_html

QINGSHAN = """示范园区年报：青山高新区稳中有进

◎本报记者 王明

2023年，青山高新区(以下简称青山园)实现地区生产总值约2500亿元，同比增长16.4%。
园区累计集聚高新技术企业超3000家，研发投入占地区生产总值比重达7%以上。
青山园出台《青山高新区促进集成电路产业发展若干措施》，对新落户企业给予最高1000万元补贴。
到2025年，园区力争规上工业产值突破1.2万亿元。
青山科学城今年1-9月新增储能产能30GWh。
"""

QINGSHAN_Q3 = """青山高新区三季度运行简报

2023年10月18日 来源：青山日报

今年前三季度，青山高新区规模以上工业增加值同比下降3.2%。
园区预计全年实现营业收入约5200亿元。
园区企业青山芯片有限公司今年1-9月产值45亿元。
"""

BAIHU = """白湖经开区跑出加速度

■ 本报通讯员 李华

白湖经济技术开发区(以下简称白湖经开区)今年1-9月完成固定资产投资1.03亿元。
白湖经开区发布"人才新政10条"，有网友把<script>alert('x')</script>贴进留言板，该区承诺10亿余元专项资金不受影响。
"""


def _find(text: str, sub: str, after: int = 0) -> tuple[int, int]:
    start = text.index(sub, after)
    return start, start + len(sub)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The line holding `pos`, as the extractor's sentence would be."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end


class _Builder:
    def __init__(self):
        self.texts: dict[str, str] = {}
        self.articles, self.figures, self.policies = [], [], []

    def article(self, source_file, text, article_id, title, date="", date_source="", outlet=""):
        self.texts[source_file] = text
        self.articles.append(dict(article_id=article_id, source_file=source_file, title=title,
                                  byline="", date=date, date_source=date_source, outlet=outlet,
                                  start=0, end=len(text)))

    def figure(self, zone_id, article_id, source_file, raw, label, value, unit,
               qualifier="", period="", kind="actual", near=None, metric="", year=None,
               span="", subject="", measure=None, basis=None):
        text = self.texts[source_file]
        after = text.index(near) if near else 0
        start, end = _find(text, raw, after)
        s_start, s_end = _sentence(text, start)
        # kind folds measure and basis, as the extractor's does
        measure = measure or (kind if kind in ("growth", "share") else "level")
        basis = basis or (kind if kind in ("target", "estimate") else "actual")
        self.figures.append(dict(
            figure_id=f"f{len(self.figures) + 1}", zone_id=zone_id, metric=metric, label=label,
            value=value, unit=unit, raw=raw, qualifier=qualifier, measure=measure, basis=basis,
            kind=kind, period=period, year=year, span=span, subject=subject,
            article_id=article_id, source_file=source_file, start=start, end=end,
            sentence=text[s_start:s_end], sentence_start=s_start, sentence_end=s_end))

    def policy(self, zone_id, article_id, source_file, quoted, title, kind, terms=""):
        text = self.texts[source_file]
        start, end = _find(text, quoted)
        s_start, s_end = _sentence(text, start)
        self.policies.append(dict(
            policy_id=f"p{len(self.policies) + 1}", zone_id=zone_id, title=title, kind=kind,
            terms=terms, article_id=article_id, source_file=source_file, start=start, end=end,
            sentence=text[s_start:s_end], sentence_start=s_start, sentence_end=s_end))


def make_corpus() -> Corpus:
    b = _Builder()
    b.article("园区快讯/青山.txt", QINGSHAN, "a1", "示范园区年报：青山高新区稳中有进",
              "2024-01-05", "header", "青山日报")
    b.article("白湖.txt", BAIHU, "a2", "白湖经开区跑出加速度", "2026-11-30", "file")
    b.article("园区快讯/青山三季度.txt", QINGSHAN_Q3, "a3", "青山高新区三季度运行简报",
              "2023-10-18", "dateline", "青山日报")
    b.figure("z1", "a1", "园区快讯/青山.txt", "约2500亿元", "地区生产总值", 2.5e11, "元", "约", "2023年")
    b.figure("z1", "a1", "园区快讯/青山.txt", "16.4%", "地区生产总值增速", 16.4, "%", "", "2023年", "growth")
    b.figure("z1", "a1", "园区快讯/青山.txt", "超3000家", "高新技术企业", 3000, "家", "超")
    b.figure("z1", "a1", "园区快讯/青山.txt", "7%以上", "研发投入占比", 7, "%", "以上", "", "share")
    b.figure("z1", "a1", "园区快讯/青山.txt", "突破1.2万亿元", "规上工业产值", 1.2e12, "元", "突破",
             "2025年", "target")
    b.figure("z3", "a1", "园区快讯/青山.txt", "30GWh", "储能产能", 30, "GWh", "", "今年1-9月",
             year=2024, span="1-9月")
    b.figure("z2", "a2", "白湖.txt", "1.03亿元", "固定资产投资", 1.03e8, "元", "", "今年1-9月")
    b.figure("z2", "a2", "白湖.txt", "10亿余元", "专项资金", 1e9, "元", "余")
    # a fall, an estimate, and a company's number in the zone's story
    b.figure("z1", "a3", "园区快讯/青山三季度.txt", "3.2%", "规模以上工业增加值", -3.2, "%", "",
             "今年前三季度", "growth", metric="规上工业增加值", year=2023, span="前三季度")
    b.figure("z1", "a3", "园区快讯/青山三季度.txt", "约5200亿元", "营业收入", 5.2e11, "元", "约",
             "全年", "estimate", metric="营业收入", year=2023, span="全年")
    b.figure("z1", "a3", "园区快讯/青山三季度.txt", "45亿元", "产值", 4.5e9, "元", "", "今年1-9月",
             year=2023, span="1-9月", subject="青山芯片有限公司")
    b.policy("z1", "a1", "园区快讯/青山.txt", "《青山高新区促进集成电路产业发展若干措施》",
             "青山高新区促进集成电路产业发展若干措施", "document")
    b.policy("z1", "a1", "园区快讯/青山.txt", "最高1000万元补贴", "新落户企业补贴", "subsidy",
             "最高1000万元")
    b.policy("z2", "a2", "白湖.txt", "人才新政10条", "人才新政10条", "package")

    zones = pd.DataFrame([
        dict(zone_id="z1", name="青山高新区", kind="高新区", aliases="青山园|青山高新技术产业开发区",
             parent_id=None, province="湖北省", city="青山市"),
        dict(zone_id="z2", name="白湖经开区", kind="经开区", aliases="白湖经济技术开发区",
             parent_id=None, province="安徽省", city="白湖市"),
        dict(zone_id="z3", name="青山科学城", kind="科学城", aliases="",
             parent_id="z1", province="湖北省", city="青山市"),
    ])
    figures = pd.DataFrame(b.figures, columns=FIGURE_COLUMNS)
    policies = pd.DataFrame(b.policies, columns=POLICY_COLUMNS)
    for col, frame in (("n_figures", figures), ("n_policies", policies)):
        zones[col] = zones["zone_id"].map(frame["zone_id"].value_counts()).fillna(0).astype(int)
    zones["n_articles"] = [2, 1, 1]
    industries = pd.DataFrame([
        dict(zone_id="z1", term="集成电路", kind="industry", weight=3.0),
        dict(zone_id="z1", term="新型储能", kind="industry", weight=2.0),
        dict(zone_id="z1", term="研发投入", kind="keyword", weight=1.0),
        dict(zone_id="z2", term="人才", kind="keyword", weight=1.0),
    ], columns=INDUSTRY_COLUMNS)
    mentions = pd.DataFrame([
        dict(zone_id="z1", article_id="a1", source_file="园区快讯/青山.txt", start=0, end=5, text=""),
    ], columns=MENTION_COLUMNS)
    return Corpus(articles=pd.DataFrame(b.articles, columns=ARTICLE_COLUMNS),
                  zones=zones[ZONE_COLUMNS], mentions=mentions, figures=figures,
                  policies=policies, industries=industries, texts=b.texts, name="测试语料")


def test_fixture_offsets_point_at_the_quoted_text():
    corpus = make_corpus()
    for f in corpus.figures.itertuples():
        text = corpus.texts[f.source_file]
        assert text[f.start:f.end] == f.raw
        assert text[f.sentence_start:f.sentence_end] == f.sentence


def visible(html: str) -> str:
    """What a reader sees: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


@pytest.mark.parametrize("value, unit, qualifier, expected", [
    (2.5e11, "元", "约", "约2500亿元"),
    (3000, "家", "超", "超3000家"),
    (16.4, "%", "", "16.4%"),
    (7, "%", "以上", "7%以上"),
    (1.03e8, "元", "", "1.03亿元"),
    (1e9, "元", "余", "10亿余元"),
    (1.2e12, "元", "突破", "突破1.2万亿元"),
    (12100, "台/套", "", "1.21万台/套"),
    (30, "GWh", "", "30GWh"),
    (None, "", "", "两位数"),
])
def test_values_read_as_printed_in_chinese(value, unit, qualifier, expected):
    assert format_value(value, unit, qualifier, raw="两位数") == expected


def test_profile_shows_header_figures_policies_industries_and_sources():
    corpus = make_corpus()
    html = profile_html(corpus, "z1", printed_on=date(2024, 3, 1))
    seen = visible(html)
    for expected in ("青山高新区", "高新区", "湖北省 青山市", "青山园", "青山科学城",
                     "约2500亿元", "超3000家", "16.4%", "7%以上", "突破1.2万亿元",
                     "地区生产总值", "2023年", "目标", "增速", "占比",
                     "青山高新区促进集成电路产业发展若干措施", "补贴",
                     "集成电路、新型储能", "研发投入",
                     "《示范园区年报：青山高新区稳中有进》", "园区快讯/青山.txt",
                     "打印日期 2024-03-01", "测试语料"):
        assert expected in seen, expected
    # the park's own figure is printed too, under the park's name, after the
    # zone's own figures: never mixed in with them
    own = seen.index("青山高新区（本园区）")
    park = seen.index("下辖园区：青山科学城")
    assert own < seen.index("约2500亿元") < park < seen.index("30GWh")
    assert "（其中 2 项属下辖园区或企业、项目）" in seen


def _figure_rows(html: str) -> dict[str, list[str]]:
    """Figure table rows by their value cell."""
    return {cells[1]: cells for cells in _rows(html) if len(cells) == 5}


def test_a_fall_prints_negative_with_a_minus_sign():
    html = profile_html(make_corpus(), "z1")
    row = _figure_rows(html)["\u22123.2%"]
    assert row[0].startswith("规上工业增加值")
    assert row[2] == "增速"
    assert "3.2%" not in _figure_rows(html)  # never as a rise


def test_targets_and_estimates_are_marked_never_like_actuals():
    html = profile_html(make_corpus(), "z1")
    rows = _figure_rows(html)
    assert rows["突破1.2万亿元"][2] == "目标"
    assert rows["约5200亿元"][2] == "预计"
    assert rows["7%以上"][2] == "占比" and rows["16.4%"][2] == "增速"
    assert rows["约2500亿元"][2] == "实际"
    # a growth target says both
    corpus = make_corpus()
    corpus.figures.loc[corpus.figures["raw"] == "16.4%", ["basis", "kind"]] = ["target", "target"]
    assert _figure_rows(profile_html(corpus, "z1"))["16.4%"][2] == "增速 · 目标"
    assert "目标为规划或目标数，预计为预测数" in visible(html)


def test_metric_names_the_row_and_the_printed_label_follows_in_small_type():
    html = profile_html(make_corpus(), "z1")
    row = _figure_rows(html)["\u22123.2%"]
    assert row[0] == "规上工业增加值原文：规模以上工业增加值"
    assert "原文：规模以上工业增加值</span>" in html and "font-size:10px" in html
    # no metric: the printed label; the same words: no second line
    assert _figure_rows(html)["超3000家"][0] == "高新技术企业"
    assert _figure_rows(html)["约5200亿元"][0] == "营业收入"


def test_periods_carry_the_year_they_resolve_to():
    rows = _figure_rows(profile_html(make_corpus(), "z1"))
    assert rows["\u22123.2%"][3] == "今年前三季度（2023年）"
    assert rows["30GWh"][3] == "今年1-9月（2024年）"
    assert rows["约2500亿元"][3] == "2023年"  # the printed year is not repeated


def test_a_companys_figure_is_under_its_subject_not_the_zones():
    seen = visible(profile_html(make_corpus(), "z1"))
    heading = seen.index("所涉对象：青山芯片有限公司")
    assert seen.index("下辖园区：青山科学城") < heading < seen.index("45亿元")
    assert seen.index("约5200亿元") < heading  # the zone's own figures come first


def test_footnotes_name_the_articles_outlet_and_date():
    seen = visible(document_html(make_corpus(), ["z1", "z2"]))
    assert "《示范园区年报：青山高新区稳中有进》 · 青山日报 · 2024-01-05 · 园区快讯/青山.txt" in seen
    assert "《青山高新区三季度运行简报》 · 青山日报 · 2023-10-18 · " in seen
    # a file's time is no publication date, and says so
    assert "《白湖经开区跑出加速度》 · 2026-11-30（文件时间） · 白湖.txt" in seen
    assert "2024-01-05（文件时间）" not in seen


def test_footnote_quotation_marks_are_never_doubled():
    corpus = make_corpus()
    i = corpus.figures.index[corpus.figures["raw"] == "1.03亿元"][0]
    quote = "“白湖经开区今年1-9月完成固定资产投资1.03亿元。”"
    corpus.figures.loc[i, ["sentence", "sentence_start"]] = [quote, corpus.figures.loc[i, "start"] - 20]
    j = corpus.figures.index[corpus.figures["raw"] == "10亿余元"][0]
    corpus.figures.loc[j, "sentence"] = "“10亿余元专项资金不受影响”，该区表示。"
    seen = visible(profile_html(corpus, "z2"))
    assert "““" not in seen and "””" not in seen
    assert f"[1] {quote}" in seen
    assert "[2] 「“10亿余元专项资金不受影响”，该区表示。」" in seen
    assert "“白湖经开区发布" in seen  # a plain sentence is quoted as before


def test_policies_list_their_terms():
    html = profile_html(make_corpus(), "z1")
    rows = {cells[0]: cells for cells in _rows(html) if len(cells) == 4}
    assert rows["新落户企业补贴"][1:3] == ["补贴", "最高1000万元"]
    assert rows["青山高新区促进集成电路产业发展若干措施"][2] == ""
    assert "条款" in visible(html)
    corpus = make_corpus()
    corpus.policies.loc[corpus.policies["kind"] == "subsidy", "terms"] = "最高300万元; 50%"
    rows = {cells[0]: cells for cells in _rows(profile_html(corpus, "z1")) if len(cells) == 4}
    assert rows["新落户企业补贴"][2] == "最高300万元；50%"


def test_footnotes_quote_each_source_sentence_once_with_the_figure_marked():
    corpus = make_corpus()
    seen = visible(profile_html(corpus, "z1"))
    first = corpus.figures.iloc[0]
    # two figures from one sentence share one footnote
    assert seen.count(first.sentence) == 1
    html = profile_html(corpus, "z1")
    assert 'font-weight:bold">约2500亿元</span>' in html
    assert f"第 {first.sentence_start}–{first.sentence_end} 字" in seen


def _rows(html: str) -> list[list[str]]:
    return [[visible(c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", html)]


def test_figures_reference_their_footnote_numbers():
    html = profile_html(make_corpus(), "z1")
    ref = {cells[1]: cells[-1] for cells in _rows(html) if len(cells) == 5}
    # numbered in reading order: the key indicators table comes first, and
    # its one row (规上工业增加值, a growth of −3.2%) takes [1]; the figures
    # table quoting the same sentence shares it
    key = [cells for cells in _rows(html) if len(cells) == 7]
    assert [(c[0], c[3], c[-1]) for c in key] == [("规上工业增加值", "\u22123.2%", "[1]")]
    assert ref["\u22123.2%"] == "[1]"
    # 约2500亿元 and 16.4% come from one sentence, 超3000家 and 7%以上 from the next
    assert ref["约2500亿元"] == ref["16.4%"] == "[2]"
    assert ref["超3000家"] == ref["7%以上"] == "[3]"
    assert ref["突破1.2万亿元"] == "[4]"
    assert ref["约5200亿元"] == "[5]"
    # then the park's figure, then the company's, in the order they print
    assert ref["30GWh"] == "[6]" and ref["45亿元"] == "[7]"
    # both policies are quoted from one sentence, numbered after the figures
    policy_refs = [cells[-1] for cells in _rows(html) if len(cells) == 4]
    assert policy_refs == ["[8]", "[8]"]


def test_article_text_is_escaped_never_markup():
    corpus = make_corpus()
    html = profile_html(corpus, "z2")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert "<script>alert('x')</script>" in visible(html)


def test_hostile_zone_names_and_titles_are_escaped():
    corpus = make_corpus()
    corpus.zones.loc[corpus.zones["zone_id"] == "z2", "name"] = '白湖<img src="x">区'
    corpus.articles.loc[corpus.articles["article_id"] == "a2", "title"] = "<b>标题</b>"
    html = document_html(corpus, ["z1", "z2"])
    assert "<img src=\"x\">" not in html and "<b>标题</b>" not in html
    assert '白湖<img src="x">区' in visible(html)


def test_zone_without_figures_or_policies_says_so():
    corpus = make_corpus()
    seen = visible(profile_html(corpus, "z3"))
    assert "未找到该园区的政策" in seen
    assert "上级园区" in seen and "青山高新区" in seen


def test_document_has_contents_then_one_zone_per_page():
    corpus = make_corpus()
    html = document_html(corpus, ["z1", "z2"], page_numbers={"z1": 2, "z2": 3},
                         charts={"z1": ChartRef("chart://z1", 600, 300)})
    assert html.count("page-break-before: always") == 2
    contents = visible(html.split("page-break-before")[0])
    assert "目录" in contents and "青山高新区" in contents and "白湖经开区" in contents
    assert '<img src="chart://z1" width="600" height="300" />' in html


def test_single_zone_document_has_no_contents_page():
    html = document_html(make_corpus(), ["z2"])
    assert "目录" not in visible(html)
    assert "page-break-before" not in html


# --- key indicators first (issue 13), on the multi-article test corpus ---------------

@pytest.fixture(scope="module")
def multi():
    from pathlib import Path

    from zoneprofiles.pipeline import load_corpus
    corpus = load_corpus([Path(__file__).resolve().parent / "data" / "multi"], use_cache=False,
                         workers=0)
    assert not corpus.problems
    return corpus


def _key_table(html: str) -> dict[str, list[str]]:
    return {cells[0]: cells for cells in _rows(html) if len(cells) == 7}


def test_profile_opens_with_key_indicators_latest_value_period_growth_target_sources(multi):
    html = profile_html(multi, "苏州工业园区")
    seen = visible(html)
    assert seen.index("资料") < seen.index("关键指标") < seen.index("全部数据")
    key = _key_table(html)
    assert list(key) == ["地区生产总值", "规上工业总产值", "实际利用外资", "高新技术企业"]
    row = key["规上工业总产值"]
    # the latest actual (2024年前三季度 beats 2023年 and 2024年上半年), its growth, the
    # target marked as one, four articles, and the footnote of its sentence
    assert row[1:4] == ["6710亿元", "2024年前三季度", "3.4%"]
    assert row[4].startswith("9000亿元（2024年目标）")
    assert row[5] == "4 篇" and row[6] == "[2]"
    assert 'font-style:italic">9000亿元</span>' in html  # a target never reads like a result
    assert key["高新技术企业"][1:3] == ["2613家", "2023年末"]
    assert key["实际利用外资"][1:3] == ["9.2亿美元", "2024年上半年"]
    # the footnote [2] quotes the sentence of 6710亿元
    assert re.search(r"\[2\] “2024年前三季度，苏州工业园区规上工业总产值6710亿元", seen)
    # every figure is still in the table below, the older values too
    assert "8620亿元" in seen[seen.index("全部数据"):]


def test_key_indicator_sources_that_disagree_are_marked_with_the_other_value(multi):
    key = _key_table(profile_html(multi, "成都高新区"))
    value = key["规上工业总产值"][1]
    assert value.startswith("2980亿元〔来源不一〕") and "另有：3120亿元 [" in value
    assert "〔来源不一〕" not in key["进出口总额"][1]


def test_a_value_the_analyst_chose_says_so(multi, monkeypatch):
    plain = multi.key_indicators

    def chosen(zone_id):
        frame = plain(zone_id).copy()
        frame["resolved"] = frame["conflict"]  # as the conflicts view marks a choice
        return frame

    monkeypatch.setattr(multi, "key_indicators", chosen)
    value = _key_table(profile_html(multi, "成都高新区"))["规上工业总产值"][1]
    assert "〔来源不一，已人工选定〕" in value
