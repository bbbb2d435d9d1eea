"""Periods a figure refers to, with one label however the period is printed."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from zoneprofiles.extract.periods import find_periods


def only(text: str):
    found = find_periods(text)
    assert len(found) == 1, [p.raw for p in found]
    return found[0]


@pytest.mark.parametrize("text, raw, label, year", [
    ("苏州工业园区2023年实现增长", "2023年", "2023年", 2023),
    ("合肥经开区2022年前三季度产值", "2022年前三季度", "2022年前三季度", 2022),
    ("前三季度，东湖高新区营收增长", "前三季度", "前三季度", None),
    ("今年1-9月，规上工业增加值增长", "今年1-9月", "今年1-9月", None),
    ("1—9月，全区固定资产投资", "1—9月", "1-9月", None),
    ("截至去年12月底，累计产值", "去年12月底", "去年12月底", None),
    ("截至2020年年底，累计建成基站", "2020年年底", "2020年年底", 2020),
    ("截至2020年第三季度，宽带端口", "2020年第三季度", "2020年第三季度", 2020),
    ("2017—2018年，先后投资", "2017—2018年", "2017-2018年", 2018),
    ("2024年一季度重大项目", "2024年一季度", "2024年一季度", 2024),
    ("上半年，园区新增企业", "上半年", "上半年", None),
    ("2022年末，实验室里", "2022年末", "2022年末", 2022),
    ("力争到2025年建成", "2025年", "2025年", 2025),
    ("1月28日，新春开工", "1月28日", "1月28日", None),
    # the years a total covers: 近五年, 过去三年, 五年累计
    ("近五年，规上工业产值净增", "近五年", "近五年", None),
    ("过去三年，园区引进项目", "过去三年", "过去三年", None),
    ("五年累计完成投资", "五年", "五年", None),
    ("二〇二三年工作要点", "二〇二三年", "2023年", 2023),
    ("行动方案（2022—2023年）", "2022—2023年", "2022-2023年", 2023),
    ("２０２３年１２月底", "２０２３年１２月底", "2023年12月底", 2023),
])
def test_periods_and_their_labels(text, raw, label, year):
    p = only(text)
    assert (p.raw, p.label, p.year) == (raw, label, year)
    assert text[p.start:p.end] == raw


@pytest.mark.parametrize("text", ["“十四五”时期", "\"十四五\"规划", "十四五规划"])
def test_five_year_plans_get_one_label_with_or_without_quotes(text):
    p = only(text)
    assert (p.label, p.year) == ("十四五", None)


def test_the_previous_plan_is_its_own_period():
    assert only("十三五期间").label == "十三五"


def test_older_plans_are_periods_only_quoted_or_before_qijian():
    assert only("“九五”期间").label == "九五"
    assert only("八五时期").label == "八五"
    assert only("“十五”计划").label == "十五"
    assert find_periods("十五个项目，九五至尊，第十五届") == []


def test_cumulative_marker_is_not_part_of_the_period():
    p = only("截至2020年年底")
    assert p.raw == "2020年年底"


@pytest.mark.parametrize("text", ["吸纳十五万人", "用了3年多", "第5届大会", "5G基站"])
def test_amounts_and_durations_are_not_periods(text):
    assert find_periods(text) == []


def test_a_sentence_with_several_periods_reads_them_in_order():
    text = "2022年，合肥经开区产值增长8%；2023年上半年增长10%，今年1-9月增长12%。"
    assert [p.label for p in find_periods(text)] == ["2022年", "2023年上半年", "今年1-9月"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.text(
    alphabet=st.sampled_from(list("0123456789-—至到年月日底末初今去前季度上下半第一二三四十五“”\"〇，")),
    max_size=40)))
def test_any_text_gives_exact_sorted_spans(text):
    found = find_periods(text)
    for p in found:
        assert text[p.start:p.end] == p.raw
        assert p.label
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize("text, raw, period", [
    ("一是到2025年,实现GDP翻番,常住人口达到230万人。", "230万人", "2025年"),
    ("二是到2030年,工业总产值超过6000亿元,要素集聚能力进一步增强。", "超过6000亿元", "2030年"),
    ("外资项目加快集聚,特别是今年以来,累计引进外资项目12个。", "12个", "今年"),
])
def test_a_period_after_a_list_number_or_a_connective_dates_the_clause(text, raw, period):
    """一是到2025年, 特别是今年以来: the list item's number or the connective
    before the period does not stop it opening its clause."""
    from zoneprofiles.extract.figures import figures_in
    got = {h.quantity.raw: h.period for h in figures_in(text, 0, len(text), [])}
    assert got[raw] == period


def test_a_span_from_a_day_to_now_is_one_period_as_printed():
    from zoneprofiles.extract.periods import find_periods
    assert [p.label for p in find_periods("从2020年5月18日挂牌成立至今，片区累计新设企业1.2万家")] == \
        ["2020年5月18日挂牌成立至今"]
    assert [p.label for p in find_periods("自2021年3月运营以来，园区")] == ["2021年3月运营以来"]
    # a day without 从/自 before it stays a day
    assert [p.label for p in find_periods("2020年5月18日，片区挂牌成立至今")] == ["2020年5月18日"]



def test_xianshi_of_traditional_print_is_now_and_the_running_period_resumes_after_it(tmp_path):
    from zoneprofiles.pipeline import load_corpus
    path = tmp_path / "現時.txt"
    path.write_text("青禾高新區發展提速\n\n2022年，青禾高新區實現營業收入80億元。現時，青禾高新區已有企業320家。"
                    "新增企業15家。\n", encoding="utf-8")
    f = load_corpus([path], use_cache=False).figures.set_index("raw")["period"]
    assert f["320家"] == "现时"
    assert f["15家"] == "2022年"
    assert find_periods("表现时间缩短，现时代的园区") == []


def test_the_first_months_of_a_year_are_a_period():
    from zoneprofiles.extract.period_resolve import resolve
    import datetime as dt
    labels = [p.label for p in find_periods("今年前两个月，经开区规上工业增加值增长8%；前10个月出口增长5%。")]
    assert labels == ["今年前两个月", "前10个月"]
    r = resolve("今年前两个月", dt.date(2024, 3, 5))
    assert (r.year, r.span, r.end) == (2024, "1-2月", dt.date(2024, 2, 29))
    assert find_periods("项目提前两个月完成，此前两个月已开工。") == []


def test_first_quarter_and_since_the_zone_began_are_periods():
    from zoneprofiles.extract.period_resolve import resolve
    import datetime as dt
    assert [p.label for p in find_periods("经开区首季工业开票销售增长12.95%，2023年首季度出口增长5%。")] == ["首季", "2023年首季度"]
    assert resolve("2023年首季度").span == "一季度"
    assert [p.label for p in find_periods("自揭牌以来，片区新增企业5000家；迄今已有近千家企业入驻。")] == ["自揭牌以来", "迄今"]
    assert [p.label for p in find_periods("自2019年8月20日揭牌成立至今")] == ["2019年8月20日揭牌成立至今"]


def test_years_since_the_zone_began_are_a_period():
    assert [p.label for p in find_periods("挂牌一年来，片区共引进重大项目50多个；成立三周年以来新增企业800家。")] == \
        ["挂牌一年来", "成立三周年以来"]


def _figures_of(tmp_path, text: str):
    """The figures one article makes, by raw, read as a user's file is (no cache)."""
    from zoneprofiles.pipeline import load_corpus
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return load_corpus([path], use_cache=False).figures.set_index("raw")


def test_a_year_opening_a_review_dates_the_parts_of_the_year_printed_later(tmp_path):
    f = _figures_of(tmp_path, "青禾高新区年度回顾\n\n2023年，青禾高新区创新发展势头强劲。\n\n"
                              "全年地区生产总值增长6.6%。\n\n上半年新增企业15家。\n")
    assert f.loc["6.6%", "period"] == "2023年全年" and f.loc["6.6%", "year"] == 2023
    assert f.loc["15家", "period"] == "2023年上半年"


def test_a_sub_heading_with_a_year_dates_its_section(tmp_path):
    f = _figures_of(tmp_path, "青禾保税区观察\n\n今年，全国将加快综合保税区创新升级。\n\n数读2019青禾保税区\n\n"
                              "青禾保税区地区生产总值192亿元,同比增长10%。\n")["period"]
    assert f["192亿元"] == "2019年" and f["10%"] == "2019年"


def test_a_stock_dated_at_a_month_end_dates_the_paragraph_that_breaks_it_down(tmp_path):
    f = _figures_of(tmp_path, "青禾高新区建设提速\n\n截至9月底，青禾高新区共新增市场主体19657家。\n\n"
                              "据介绍，新设企业中，外资企业151家，合同外资33亿美元。\n")["period"]
    assert f["151家"] == "9月底" and f["33亿美元"] == "9月底"


def test_a_duration_before_or_within_is_no_period():
    # 三年内 is a deadline, 投产1年后 a time after an event: neither dates a figure
    assert [p.raw for p in find_periods("力争近三年内建成")] == []
    assert [p.raw for p in find_periods("项目投产1年后产值翻番")] == []
