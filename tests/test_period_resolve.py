"""Period labels on the calendar: year, canonical span, first and last day."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings, strategies as st

from zoneprofiles.extract.period_resolve import FIVE_YEAR_PLANS, UNKNOWN, Resolved, resolve
from zoneprofiles.extract.periods import find_periods

D = dt.date
ART = D(2023, 8, 16)  # the article date most cases are read against


def r(year, span, start, end):
    return Resolved(year, span, start, end)


@pytest.mark.parametrize("label, expected", [
    # whole years, as printed and as targets
    ("2023年", r(2023, "全年", D(2023, 1, 1), D(2023, 12, 31))),
    ("2019年度", r(2019, "全年", D(2019, 1, 1), D(2019, 12, 31))),
    ("到2025年", r(2025, "全年", D(2025, 1, 1), D(2025, 12, 31))),
    ("截至2021年", r(2021, "全年", D(2021, 1, 1), D(2021, 12, 31))),
    ("二〇二三年", r(2023, "全年", D(2023, 1, 1), D(2023, 12, 31))),
    ("二○一九年", r(2019, "全年", D(2019, 1, 1), D(2019, 12, 31))),
    # halves and quarters
    ("2021年上半年", r(2021, "上半年", D(2021, 1, 1), D(2021, 6, 30))),
    ("2020年下半年", r(2020, "下半年", D(2020, 7, 1), D(2020, 12, 31))),
    ("2024年一季度", r(2024, "一季度", D(2024, 1, 1), D(2024, 3, 31))),
    ("2020年第三季度", r(2020, "三季度", D(2020, 7, 1), D(2020, 9, 30))),
    ("2019年4季度", r(2019, "四季度", D(2019, 10, 1), D(2019, 12, 31))),
    ("2022年第二季度", r(2022, "二季度", D(2022, 4, 1), D(2022, 6, 30))),
    ("2022年前三季度", r(2022, "前三季度", D(2022, 1, 1), D(2022, 9, 30))),
    ("2022年前3季度", r(2022, "前三季度", D(2022, 1, 1), D(2022, 9, 30))),
    ("2022年前两季度", r(2022, "上半年", D(2022, 1, 1), D(2022, 6, 30))),
    # months and month ranges
    ("2017年1-5月", r(2017, "1-5月", D(2017, 1, 1), D(2017, 5, 31))),
    ("2024年1-2月", r(2024, "1-2月", D(2024, 1, 1), D(2024, 2, 29))),   # a leap year
    ("2023年1-2月", r(2023, "1-2月", D(2023, 1, 1), D(2023, 2, 28))),
    ("2018年3-5月份", r(2018, "3-5月", D(2018, 3, 1), D(2018, 5, 31))),
    ("2016年1至11月", r(2016, "1-11月", D(2016, 1, 1), D(2016, 11, 30))),
    ("2016年1—11月", r(2016, "1-11月", D(2016, 1, 1), D(2016, 11, 30))),
    ("2021年4月", r(2021, "4月", D(2021, 4, 1), D(2021, 4, 30))),
    ("2021年11月份", r(2021, "11月", D(2021, 11, 1), D(2021, 11, 30))),
    ("2022年十一月", r(2022, "11月", D(2022, 11, 1), D(2022, 11, 30))),
    ("2022年9月上旬", r(2022, "9月上旬", D(2022, 9, 1), D(2022, 9, 10))),
    ("2022年9月中旬", r(2022, "9月中旬", D(2022, 9, 11), D(2022, 9, 20))),
    ("2022年9月下旬", r(2022, "9月下旬", D(2022, 9, 21), D(2022, 9, 30))),
    ("2022年10月9日", r(2022, "10月9日", D(2022, 10, 9), D(2022, 10, 9))),
    # points in time
    ("2020年年底", r(2020, "年末", D(2020, 12, 31), D(2020, 12, 31))),
    ("2020年底", r(2020, "年末", D(2020, 12, 31), D(2020, 12, 31))),
    ("2022年末", r(2022, "年末", D(2022, 12, 31), D(2022, 12, 31))),
    ("2023年12月底", r(2023, "年末", D(2023, 12, 31), D(2023, 12, 31))),
    ("2023年12月末", r(2023, "年末", D(2023, 12, 31), D(2023, 12, 31))),
    ("2023年十二月底", r(2023, "年末", D(2023, 12, 31), D(2023, 12, 31))),
    ("2021年6月底", r(2021, "6月末", D(2021, 6, 30), D(2021, 6, 30))),
    ("2024年2月末", r(2024, "2月末", D(2024, 2, 29), D(2024, 2, 29))),
    ("2022年初", r(2022, "年初", D(2022, 1, 1), D(2022, 1, 1))),
    ("2022年1月初", r(2022, "年初", D(2022, 1, 1), D(2022, 1, 1))),
    ("2022年3月初", r(2022, "3月初", D(2022, 3, 1), D(2022, 3, 1))),
    # several years
    ("2017-2018年", r(2018, "2017-2018", D(2017, 1, 1), D(2018, 12, 31))),
    ("2021至2023年", r(2023, "2021-2023", D(2021, 1, 1), D(2023, 12, 31))),
])
def test_labels_with_a_printed_year_need_no_article_date(label, expected):
    assert resolve(label, None) == expected
    assert resolve(label, ART) == expected


@pytest.mark.parametrize("label, years", [
    ("十一五", (2006, 2010)), ("十二五", (2011, 2015)), ("十三五", (2016, 2020)),
    ("十四五", (2021, 2025)), ("十五五", (2026, 2030)),
    ("九五", (1996, 2000)), ("十五", (2001, 2005)),
])
def test_five_year_plans(label, years):
    y0, y1 = years
    expected = r(y1, f"{y0}-{y1}", D(y0, 1, 1), D(y1, 12, 31))
    assert resolve(label, None) == expected
    assert resolve(f"“{label}”", ART) == expected
    assert resolve(f"{label}期间", ART) == expected
    assert FIVE_YEAR_PLANS[label] == years


def test_the_end_of_a_plan_is_a_point_in_its_last_year():
    assert resolve("十四五末", None) == r(2025, "年末", D(2025, 12, 31), D(2025, 12, 31))


@pytest.mark.parametrize("label, year", [
    ("今年", 2023), ("本年", 2023), ("当年", 2023),
    ("去年", 2022), ("上年", 2022), ("前年", 2021), ("明年", 2024),
])
def test_relative_years_count_from_the_article_date(label, year):
    assert resolve(label, ART) == r(year, "全年", D(year, 1, 1), D(year, 12, 31))
    # without an article date the span is still known, the year is not
    assert resolve(label, None) == r(None, "全年", None, None)


@pytest.mark.parametrize("label, with_date, span", [
    ("今年1-9月", r(2023, "1-9月", D(2023, 1, 1), D(2023, 9, 30)), "1-9月"),
    ("去年12月底", r(2022, "年末", D(2022, 12, 31), D(2022, 12, 31)), "年末"),
    ("上年末", r(2022, "年末", D(2022, 12, 31), D(2022, 12, 31)), "年末"),
    ("去年同月", None, ""),
    ("今年上半年", r(2023, "上半年", D(2023, 1, 1), D(2023, 6, 30)), "上半年"),
    ("前年四季度", r(2021, "四季度", D(2021, 10, 1), D(2021, 12, 31)), "四季度"),
    ("明年6月", r(2024, "6月", D(2024, 6, 1), D(2024, 6, 30)), "6月"),
    ("本年度", r(2023, "全年", D(2023, 1, 1), D(2023, 12, 31)), "全年"),
])
def test_relative_years_with_a_part(label, with_date, span):
    got = resolve(label, ART)
    if with_date is None:
        assert got == UNKNOWN
    else:
        assert got == with_date
    assert resolve(label, None) == (r(None, span, None, None) if span else UNKNOWN)


@pytest.mark.parametrize("label, with_date, span", [
    ("上半年", r(2023, "上半年", D(2023, 1, 1), D(2023, 6, 30)), "上半年"),
    ("下半年", r(2023, "下半年", D(2023, 7, 1), D(2023, 12, 31)), "下半年"),
    ("一季度", r(2023, "一季度", D(2023, 1, 1), D(2023, 3, 31)), "一季度"),
    ("第二季度", r(2023, "二季度", D(2023, 4, 1), D(2023, 6, 30)), "二季度"),
    ("前三季度", r(2023, "前三季度", D(2023, 1, 1), D(2023, 9, 30)), "前三季度"),
    ("1-5月", r(2023, "1-5月", D(2023, 1, 1), D(2023, 5, 31)), "1-5月"),
    ("7月", r(2023, "7月", D(2023, 7, 1), D(2023, 7, 31)), "7月"),
    ("年底", r(2023, "年末", D(2023, 12, 31), D(2023, 12, 31)), "年末"),
    ("年初", r(2023, "年初", D(2023, 1, 1), D(2023, 1, 1)), "年初"),
    ("3月28日", r(2023, "3月28日", D(2023, 3, 28), D(2023, 3, 28)), "3月28日"),
    ("全年", r(2023, "全年", D(2023, 1, 1), D(2023, 12, 31)), "全年"),
])
def test_labels_without_a_year_are_in_the_article_year(label, with_date, span):
    assert resolve(label, ART) == with_date
    assert resolve(label, None) == r(None, span, None, None)


@pytest.mark.parametrize("label, article, expected", [
    ("今年以来", D(2023, 8, 16), r(2023, "1-8月", D(2023, 1, 1), D(2023, 8, 16))),
    ("今年以来", D(2024, 1, 20), r(2024, "1月", D(2024, 1, 1), D(2024, 1, 20))),
    ("本年以来", D(2022, 11, 3), r(2022, "1-11月", D(2022, 1, 1), D(2022, 11, 3))),
    ("年初以来", D(2022, 11, 3), r(2022, "1-11月", D(2022, 1, 1), D(2022, 11, 3))),
    ("5月以来", D(2023, 8, 16), r(2023, "5-8月", D(2023, 5, 1), D(2023, 8, 16))),
    ("2021年以来", D(2023, 8, 16), r(2023, "2021-2023", D(2021, 1, 1), D(2023, 8, 16))),
    ("十四五以来", D(2023, 8, 16), r(2023, "2021-2023", D(2021, 1, 1), D(2023, 8, 16))),
    ("今年以来", None, UNKNOWN),
    ("2025年以来", D(2023, 8, 16), UNKNOWN),  # starts after the article: not read
])
def test_since_runs_to_the_article_date(label, article, expected):
    assert resolve(label, article) == expected


def test_full_width_digits_and_quotes_are_folded():
    assert resolve("２０２３年１－９月", None) == resolve("2023年1-9月", None)
    assert resolve("２０２３年", None).span == "全年"
    assert resolve("『十三五』", None).year == 2020


@pytest.mark.parametrize("label", ["", "以来", "同期", "2月30日", "13月", "9-3月", "某年"])
def test_what_cannot_be_read_is_unknown(label):
    assert resolve(label, ART) == UNKNOWN
    assert resolve(label, None) == UNKNOWN


def test_a_printed_year_is_kept_when_the_rest_is_not_understood():
    assert resolve("2023年2月29日", None) == r(2023, "", None, None)  # not a leap year
    assert resolve("2023年9-3月", ART) == r(2023, "", None, None)
    assert resolve("2024年2月29日", None).start == D(2024, 2, 29)


def test_every_label_of_find_periods_resolves():
    text = ("2022年，合肥经开区产值增长8%；2023年上半年增长10%，今年1-9月增长12%，"
            "截至去年12月底累计；“十四五”期间，到2025年；1—5月；一季度；二〇二三年工作要点；"
            "2017—2018年；截至2020年第三季度；3月28日开工。")
    got = {p.label: resolve(p.label, ART) for p in find_periods(text)}
    assert {k: (v.year, v.span) for k, v in got.items()} == {
        "2022年": (2022, "全年"), "2023年上半年": (2023, "上半年"), "今年1-9月": (2023, "1-9月"),
        "去年12月底": (2022, "年末"), "十四五": (2025, "2021-2025"), "2025年": (2025, "全年"),
        "1-5月": (2023, "1-5月"), "一季度": (2023, "一季度"), "2023年": (2023, "全年"),
        "2017-2018年": (2018, "2017-2018"), "2020年第三季度": (2020, "三季度"),
        "3月28日": (2023, "3月28日"),
    }


def test_same_period_printed_two_ways_gets_one_span():
    assert resolve("2020年年底", None) == resolve("2020年12月末", None)
    assert resolve("2021年第一季度", None) == resolve("2021年1季度", None)
    # 1-9月 and 前三季度 keep their printed words but cover the same days
    a, b = resolve("2021年1-9月", None), resolve("2021年前三季度", None)
    assert (a.start, a.end) == (b.start, b.end) and a.span != b.span


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=30), st.text(
    alphabet=st.sampled_from(list("0123456789-至年月日底末初今去前明本当上下半季度第一二三四十五〇以来旬中")),
    max_size=14)), st.one_of(st.none(), st.dates(D(1995, 1, 1), D(2035, 12, 31))))
def test_any_label_resolves_without_error_and_consistently(label, article):
    got = resolve(label, article)
    assert isinstance(got, Resolved)
    if got.start is not None or got.end is not None:
        assert got.start is not None and got.end is not None and got.start <= got.end
        assert got.year == got.end.year
        assert got.span
    if got.span and got.year is not None:
        assert got.start is not None
