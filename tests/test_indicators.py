"""Canonical indicators on a corpus with several articles per zone
(tests/data/multi: 11 short articles written for these tests, their figures
made up; six zones, 2022-2024): a zone's key indicators, one metric over
time, one metric across zones, and sources that disagree."""
from __future__ import annotations

from pathlib import Path

import pytest

from zoneprofiles import indicators as ind
from zoneprofiles.pipeline import load_corpus

MULTI = Path(__file__).resolve().parent / "data" / "multi"
YI = 1e8  # 亿


@pytest.fixture(scope="module")
def corpus():
    c = load_corpus([MULTI], use_cache=False, workers=0)
    assert not c.problems
    return c


def _printed(corpus, row) -> str:
    return corpus.texts[row["source_file"]][int(row["start"]):int(row["end"])]


def test_key_indicators_give_the_latest_actual_value_its_growth_target_and_sources(corpus):
    key = corpus.key_indicators("苏州工业园区")
    # the order of resources/metrics.tsv
    assert list(key["metric"]) == ["地区生产总值", "规上工业总产值", "实际利用外资", "高新技术企业"]
    row = key.set_index("metric").loc["规上工业总产值"]
    # 2024年前三季度 beats 2024年上半年 (more of the year) and 2023年 (earlier year)
    assert row["value"] == pytest.approx(6710 * YI) and row["unit"] == "元"
    assert row["period_label"] == "2024年前三季度" and row["raw"] == "6710亿元"
    assert row["growth"] == pytest.approx(3.4)
    assert row["target"] == pytest.approx(9000 * YI) and row["target_period_label"] == "2024年"
    assert row["n_sources"] == 4 and not row["conflict"]
    assert _printed(corpus, row) == "6710亿元"
    assert corpus.texts[row["growth_source_file"]][int(row["growth_start"]):int(row["growth_end"])] == "3.4%"
    gdp = key.set_index("metric").loc["地区生产总值"]
    assert gdp["value"] == pytest.approx(3686 * YI) and gdp["period_label"] == "2023年"
    assert gdp["growth"] == pytest.approx(5.2) and gdp["n_sources"] == 2


def test_key_indicators_keep_units_and_prefer_an_exact_value_of_the_same_period(corpus):
    key = corpus.key_indicators("苏州工业园区").set_index("metric")
    fdi = key.loc["实际利用外资"]
    assert fdi["unit"] == "美元" and fdi["value"] == pytest.approx(9.2 * YI)
    assert fdi["period_label"] == "2024年上半年"
    # 2613家 and 超2500家 both for 2023年末: the exact one, and no conflict
    firms = key.loc["高新技术企业"]
    assert firms["value"] == 2613 and firms["period_label"] == "2023年末"
    assert not firms["conflict"]


def test_series_has_three_periods_and_never_joins_spans(corpus):
    s = corpus.series("苏州工业园区", "规上工业总产值")
    levels = s[(s["measure"] == "level") & (s["basis"] == "actual")]
    assert set(levels["period_label"]) == {"2022年", "2023年", "2024年上半年", "2024年前三季度"}
    assert levels["year"].nunique() >= 3
    lines = {line: list(rows["period_label"]) for line, rows in levels.groupby("line")}
    assert lines == {"level/actual/全年": ["2022年", "2023年"],
                     "level/actual/上半年": ["2024年上半年"],
                     "level/actual/前三季度": ["2024年前三季度"]}
    # targets and growth on lines of their own
    target = s[s["basis"] == "target"]
    assert list(target["line"]) == ["level/target/全年"] and target["value"].iloc[0] == 9000 * YI
    assert set(s.loc[s["measure"] == "growth", "line"]) == {
        "growth/actual/全年", "growth/actual/上半年", "growth/actual/前三季度"}
    assert list(s.loc[s["line"] == "level/actual/全年", "period_end"]) == ["2022-12-31", "2023-12-31"]
    for _, row in s.iterrows():  # each point leads to its sentence
        assert _printed(corpus, row) == row["raw"]
        assert row["raw"] in row["sentence"]


def test_compare_lines_up_six_zones_for_one_year_with_sources(corpus):
    rows = corpus.compare_metric("规上工业总产值", 2023)
    assert list(rows["zone"]) == ["苏州工业园区", "武汉东湖高新区", "西安高新区", "成都高新区",
                                  "合肥高新区", "长沙高新区"]
    assert list(rows["value"]) == sorted(rows["value"], reverse=True)
    assert set(rows["period_label"]) == {"2023年"} and set(rows["basis"]) == {"actual"}
    by_zone = rows.set_index("zone")
    # Suzhou's 2024 target and 2024 partial years are not its 2023 value
    assert by_zone.loc["苏州工业园区", "value"] == pytest.approx(8620 * YI)
    # 长沙: 2150亿元 rather than the headline's 突破2000亿元 of the same article
    assert by_zone.loc["长沙高新区", "raw"] == "2150亿元"
    assert by_zone.loc["成都高新区", "conflict"] and by_zone.loc["成都高新区", "n_articles"] == 2
    assert by_zone["kind"].notna().all() and by_zone["province"].notna().all()
    for _, row in rows.iterrows():
        assert _printed(corpus, row) == row["raw"]


def test_compare_never_mixes_periods_bases_or_units(corpus):
    # no period given: the one most zones have
    assert set(corpus.compare_metric("规上工业总产值")["period_label"]) == {"2023年"}
    h1 = corpus.compare_metric("规上工业总产值", 2024, "1-6月")  # = 上半年
    assert list(h1["raw"]) == ["4380亿元"]
    assert corpus.compare_metric("规上工业总产值", 2024, "全年").empty
    target = corpus.compare_metric("规上工业总产值", 2024, basis="target")
    assert list(target["raw"]) == ["9000亿元"] and list(target["basis"]) == ["target"]
    fdi = corpus.compare_metric("实际利用外资", 2023)
    assert list(fdi["zone"]) == ["西安高新区"] and set(fdi["unit"]) == {"美元"}


def test_a_figure_two_articles_disagree_on_is_a_conflict(corpus):
    c = corpus.conflicts()
    assert set(c["conflict_id"]) == {"成都高新区|规上工业总产值|2023年|level|actual"}
    assert sorted(c["raw"]) == ["2980亿元", "3120亿元"]
    assert c["article_id"].nunique() == 2
    assert c["chosen"].sum() == 1 and not c["agrees_with_chosen"].all()
    for _, row in c.iterrows():
        assert _printed(corpus, row) == row["raw"]


def test_what_a_qualifier_admits():
    assert ind.agree((2500, "超"), (2613, ""))          # 超2500家 vs 2613家: both can be right
    assert not ind.agree((2500, "超"), (3600, ""))
    assert not ind.agree((2500, "超"), (2400, ""))
    assert ind.agree((2500, "近"), (2480, "")) and not ind.agree((2500, "近"), (2600, ""))
    assert ind.agree((2500, "约"), (2540, "")) and not ind.agree((2500, "约"), (2600, ""))
    assert ind.agree((100, ""), (100.4, "")) and not ind.agree((100, ""), (101, ""))  # 0.5 %
    assert ind.agree((-5, "超"), (-6, "")) and not ind.agree((-5, "超"), (-4, ""))
    assert ind.admitted(3.2, "约") == pytest.approx((3.15, 3.25))


def test_periods_are_read_and_written_one_way():
    assert ind.parse_period("2023") == (2023, "全年")
    assert ind.parse_period("2023年") == (2023, "全年")
    assert ind.parse_period("2023年前三季度") == (2023, "前三季度")
    assert ind.parse_period("2023年1-9月") == (2023, "前三季度")
    assert ind.parse_period("去年") is None
    assert ind.period_label(2023, "全年") == "2023年"
    assert ind.period_label(2023.0, "年末") == "2023年末"
    assert ind.period_label(2025, "2021-2025") == "2021-2025年"


def test_the_picker_counts_zones_per_metric_and_period(corpus):
    zones = ind.metric_zones(corpus).set_index("metric")["zones"]
    assert zones.index[0] == "规上工业总产值" and zones.iloc[0] == 6
    periods = ind.metric_periods(corpus, "规上工业总产值")
    assert list(periods["period_label"]) == ["2024年前三季度", "2024年上半年", "2023年", "2022年"]
    assert list(periods["zones"]) == [1, 1, 6, 2]
