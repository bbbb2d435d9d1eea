"""An article's publication date and outlet, read from its own text."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from zoneprofiles.extract.dates import NO_DATE, ArticleDate, article_date

D = dt.date
BODY = "园区今年新增企业四十余家，产值稳步增长。\n下一步将继续优化营商环境。"


def check(text: str, date, source: str, printed: str | None, outlet: str = "",
          file_mtime: float | None = None) -> ArticleDate:
    got = article_date(text, file_mtime)
    assert (got.date, got.source, got.outlet) == (date, source, outlet), got
    if printed is None:
        assert (got.start, got.end) == (-1, -1)
    else:
        assert text[got.start:got.end] == printed
    return got


# --- publication lines ("dateline")

@pytest.mark.parametrize("line, date, printed, outlet", [
    ("2021年03月09日15:20 来源:芜湖日报", D(2021, 3, 9), "2021年03月09日", "芜湖日报"),
    ("2021年3月9日 15:20:07  来源：芜湖日报", D(2021, 3, 9), "2021年3月9日", "芜湖日报"),
    ("2019-06-21 08:15:44 来源:洛阳日报 作者:刘一", D(2019, 6, 21), "2019-06-21", "洛阳日报"),
    ("来源：洛阳日报　2019-06-21", D(2019, 6, 21), "2019-06-21", "洛阳日报"),
    ("发布时间:2020-10-30", D(2020, 10, 30), "2020-10-30", ""),
    ("发布时间：2020年10月30日", D(2020, 10, 30), "2020年10月30日", ""),
    ("【发布日期：2022/05/06】", D(2022, 5, 6), "2022/05/06", ""),
    ("日期：2022.05.06 浏览次数：1024", D(2022, 5, 6), "2022.05.06", ""),
    ("作者：王小明 2022-05-06", D(2022, 5, 6), "2022-05-06", ""),
    ("时间:2016-04-02 10:11来源:新华网", D(2016, 4, 2), "2016-04-02", "新华网"),
    ("發佈時間：2021-09-14 來源：大公報", D(2021, 9, 14), "2021-09-14", "大公報"),
])
def test_publication_lines_at_the_top(line, date, printed, outlet):
    text = f"某某高新区加快打造创新高地\n{line}\n{BODY}"
    check(text, date, "dateline", printed, outlet)


def test_full_width_digits_and_colons():
    text = "标题\n发布时间：２０２２年０５月０６日　０９：３０　来源：淮南日报\n" + BODY
    check(text, D(2022, 5, 6), "dateline", "２０２２年０５月０６日", "淮南日报")
    text = "标题\n发布日期：２０２２／０５／０６\n" + BODY
    check(text, D(2022, 5, 6), "dateline", "２０２２／０５／０６")


def test_a_dateline_wins_over_a_later_header_like_date():
    text = "标题\n2020-01-02 10:00 来源:衢州日报\n2019年12月31日 星期二\n" + BODY
    check(text, D(2020, 1, 2), "dateline", "2020-01-02", "衢州日报")


# --- page headers ("header")

@pytest.mark.parametrize("text, date, printed, outlet", [
    ("2024年3月6日 星期三\n园区新闻\n" + BODY, D(2024, 3, 6), "2024年3月6日", ""),
    ("2024年3月6日　星期三　农历正月廿六\n标题\n" + BODY, D(2024, 3, 6), "2024年3月6日", ""),
    ("2024年3月6日(周三)\n标题\n" + BODY, D(2024, 3, 6), "2024年3月6日", ""),
    ("嘉兴日报  2024年3月6日  第03版\n标题\n" + BODY, D(2024, 3, 6), "2024年3月6日", "嘉兴日报"),
    ("嘉兴日报\n2024年3月6日 星期三\n标题\n" + BODY, D(2024, 3, 6), "2024年3月6日", "嘉兴日报"),
    ("标题\n2024-03-06\n" + BODY, D(2024, 3, 6), "2024-03-06", ""),
    ("二〇二四年三月六日 星期三\n标题\n" + BODY, D(2024, 3, 6), "二〇二四年三月六日", ""),
    ("二〇二四年十二月二十一日\n标题\n" + BODY, D(2024, 12, 21), "二〇二四年十二月二十一日", ""),
])
def test_page_headers(text, date, printed, outlet):
    check(text, date, "header", printed, outlet)


# --- leads and trailing lines ("text")

@pytest.mark.parametrize("lead, outlet, printed", [
    ("新华社南宁5月20日电（记者 陈某）", "新华社", "5月20日"),
    ("中新社杭州5月20日电 (记者 李某)", "中新社", "5月20日"),
    ("中新网南宁5月20日电", "中新网", "5月20日"),
    ("人民网南宁5月20日电", "人民网", "5月20日"),
    ("本报南宁5月20日电（记者 黄某）", "", "5月20日"),
    ("广西日报南宁5月20日讯", "广西日报", "5月20日"),
    ("新華社南寧５月２０日電", "新華社", "５月２０日"),
])
def test_leads_take_their_year_from_another_printed_date(lead, outlet, printed):
    text = f"标题\n{lead}2022年3月，园区引进项目12个，总投资38亿元。\n" + BODY
    check(text, D(2022, 5, 20), "text", printed, outlet)


def test_a_lead_without_any_year_keeps_its_outlet_only():
    text = "标题\n中新社北京12月12日电 记者从商务部获悉，国家级经开区稳步发展。\n" + BODY
    check(text, None, "", None, "中新社")
    # and the file's date is not used: the lead says it is not the one wanted
    check(text, None, "", None, "中新社", file_mtime=1_700_000_000)


def test_a_lead_prefers_the_latest_year_that_came_before_it():
    text = ("标题\n新华社合肥9月3日电 2021年6月园区获批扩区，2022年8月新片区开工，"
            "预计2024年10月竣工。\n" + BODY)
    check(text, D(2022, 9, 3), "text", "9月3日", "新华社")


def test_a_lead_with_only_future_dates_takes_the_earliest():
    text = "标题\n新华社合肥3月3日电 项目预计2024年10月竣工，2025年6月投产。\n" + BODY
    check(text, D(2024, 3, 3), "text", "3月3日", "新华社")


def test_a_papers_own_lead_names_no_outlet():
    text = "标题\n本报讯（记者 赵某 通讯员 钱某）园区新签约项目8个。\n" + BODY
    check(text, None, "", None)


@pytest.mark.parametrize("tail, date, printed, source", [
    ("（2021年7月8日）", D(2021, 7, 8), "2021年7月8日", "text"),
    ("(2021-07-08)", D(2021, 7, 8), "2021-07-08", "text"),
    ("责任编辑：孙某 2021-07-08", D(2021, 7, 8), "2021-07-08", "text"),
    ("（编辑 孙某　2021年7月8日）", D(2021, 7, 8), "2021年7月8日", "text"),
    ("某某经开区管委会\n2021年7月8日", D(2021, 7, 8), "2021年7月8日", "text"),
    ("发布时间：2021-07-08 16:00", D(2021, 7, 8), "2021-07-08", "dateline"),
])
def test_a_date_line_at_the_end(tail, date, printed, source):
    text = f"标题\n{BODY}\n园区还将举办推介会。\n\n{tail}"
    check(text, date, source, printed)


def test_a_trailing_date_gives_a_lead_its_year():
    text = "标题\n新华社合肥3月3日电 园区新签约项目8个。\n" + BODY + "\n（2021年3月3日）"
    check(text, D(2021, 3, 3), "text", "2021年3月3日", "新华社")


# --- dates in the body are events, not the article date

@pytest.mark.parametrize("text", [
    "标题\n2023年5月，园区引进项目12个。\n" + BODY,
    "标题\n2023年5月10日，园区举行签约仪式\n" + BODY,
    "标题\n2023年5月10日上午，园区举行签约仪式。\n" + BODY,
    "标题\n记者从园区了解到，2023年5月10日，首批企业入驻。\n" + BODY,
    "标题\n" + BODY + "\n项目将于2025年6月30日前建成投产。",
    "标题\n园区申报截止日期2023年5月10日\n" + BODY,
    "标题\n" + "正文一段。\n" * 12 + "2023年5月10日 星期三\n" + BODY,  # far from the top
])
def test_body_dates_are_not_taken(text):
    assert article_date(text).date is None


def test_a_body_date_after_the_lead_paragraph_is_not_a_header():
    text = "标题\n园区新签约项目8个。\n2023年5月10日\n" + "更多段落。\n" * 5
    assert article_date(text).date is None


# --- outlets

@pytest.mark.parametrize("text, outlet", [
    ("标题\n来源：黄山日报\n" + BODY, "黄山日报"),
    ("标题\n来源:黄山日报 作者:周某\n" + BODY, "黄山日报"),
    ("标题\n来源:黄山日报作者:周某\n" + BODY, "黄山日报"),
    ("标题\n文章来源：人民网\n" + BODY, "人民网"),
    ("标题\n" + BODY + "\n来源：黄山日报 责任编辑：吴某", "黄山日报"),
    ("标题\n來源:成都日報 責任編輯:劉某\n" + BODY, "成都日報"),
    ("标题\n央视网消息：园区新签约项目8个。\n" + BODY, "央视网"),
    ("标题\n黄山日报讯 园区新签约项目8个。\n" + BODY, "黄山日报"),
    ("标题\n黄山晚报记者 周某\n" + BODY, "黄山晚报"),
    ("标题\n本溪日报讯 园区新签约项目8个。\n" + BODY, "本溪日报"),
    ("标题\n本溪日报记者 周某\n" + BODY, "本溪日报"),
    ("标题\n◎本报记者 周某\n" + BODY, ""),
    ("标题\n来源：本站\n" + BODY, ""),
    ("标题\n来源: s20241123\n" + BODY, ""),
    ("标题\n图片来源：某某高新区\n" + BODY, ""),
    ("标题\n数据来源：国家统计局发布的公报显示，园区产值增长。\n" + BODY, ""),
])
def test_outlets(text, outlet):
    got = article_date(text)
    assert got.outlet == outlet
    assert got.date is None


def test_a_source_line_names_the_outlet_even_beside_a_lead():
    text = "标题\n来源：新华网\n新华社合肥3月3日电 2022年1月园区获批。\n" + BODY
    got = article_date(text)
    assert (got.date, got.outlet) == (D(2022, 3, 3), "新华网")


# --- nothing printed

def test_the_file_date_when_nothing_is_printed():
    mtime = dt.datetime(2022, 7, 1, 12, 0).timestamp()
    check("标题\n" + BODY, D(2022, 7, 1), "file", None, file_mtime=mtime)
    check("标题\n来源：黄山日报\n" + BODY, D(2022, 7, 1), "file", None, "黄山日报", file_mtime=mtime)


def test_no_date_at_all():
    assert article_date("标题\n" + BODY) == NO_DATE
    assert article_date("") == NO_DATE
    assert article_date("\n\n  \n") == NO_DATE


def test_impossible_dates_are_not_dates():
    assert article_date("标题\n发布时间:2023-02-30\n" + BODY).date is None
    assert article_date("标题\n2023年13月1日 星期三\n" + BODY).date is None


def test_the_result_is_frozen():
    got = article_date("标题\n发布时间:2020-10-30\n" + BODY)
    with pytest.raises(AttributeError):
        got.date = None  # type: ignore[misc]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.text(
    alphabet=st.sampled_from(list("0123456789-/.:年月日电讯来源发布时间星期三本报新华社合肥\n （）：２０")),
    max_size=120)))
def test_any_text_gives_a_consistent_answer(text):
    got = article_date(text)
    assert got.source in ("dateline", "header", "text", "")
    if got.date is None:
        assert (got.start, got.end, got.source) == (-1, -1, "")
    else:
        assert 0 <= got.start < got.end <= len(text)
        assert got.source


def test_a_dateline_with_a_time_survives_the_number_space_folding(tmp_path):
    """'时间: 2024-02-04 15:30' must not become 2024-02-0415:30 when spaces inside
    numbers ('1 200 家') are folded for extraction."""
    from zoneprofiles.pipeline import load_corpus
    path = tmp_path / "园区.txt"
    path.write_text("经济概述\n时间: 2024-02-04 15:30 |来源: 星湖高新区管委会\n\n"
                    "2023年，星湖高新区实现地区生产总值1 200亿元。\n", encoding="utf-8")
    corpus = load_corpus([path], use_cache=False)
    art = corpus.articles.iloc[0]
    assert (art["date"], art["date_source"]) == ("2024-02-04", "dateline")
    assert corpus.figures.iloc[0]["value"] == 1200e8
