"""The indicator views on real articles (tests/data/multi_real: excerpts of
public pages fetched with the search tool, unchanged; SOURCES.tsv names
each). Every number asserted here was read in the article by hand.

What the extractor reads right today passes; what it misreads is an
xfail(strict) test holding the value the article prints, so it turns
into a failure to mark as fixed the day the extractor reads it."""
from __future__ import annotations

from pathlib import Path

import pytest

from zoneprofiles.pipeline import load_corpus

REAL = Path(__file__).resolve().parent / "data" / "multi_real"
YI = 1e8  # 亿


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("real")
    mp = pytest.MonkeyPatch()
    mp.setenv("ZONEPROFILES_CACHE_DIR", str(base / "cache"))
    mp.setenv("ZONEPROFILES_DATA_DIR", str(base / "data"))
    c = load_corpus([REAL], use_cache=False, workers=0)
    yield c
    mp.undo()


def _printed(corpus, row) -> str:
    return corpus.texts[row["source_file"]][int(row["start"]):int(row["end"])]


def _levels(corpus, zone, metric="地区生产总值"):
    s = corpus.series(zone, metric)
    return s[(s["measure"] == "level") & (s["basis"] == "actual")]


def test_sip_gdp_of_2015_and_2020_lead_to_their_sentences(corpus):
    levels = _levels(corpus, "苏州工业园区")
    by_year = {int(r["year"]): r for _, r in levels.iterrows() if r["span_key"] == "全年"}
    assert by_year[2015]["raw"] == "2070亿元" and by_year[2015]["value"] == pytest.approx(2070 * YI)
    assert by_year[2020]["raw"] == "2907亿元" and by_year[2020]["value"] == pytest.approx(2907 * YI)
    for year in (2015, 2020):
        row = by_year[year]
        assert _printed(corpus, row) == row["raw"] and row["raw"] in row["sentence"]


def test_nanchang_gdp_2022_is_in_the_comparison_with_its_sentence(corpus):
    rows = corpus.compare_metric("地区生产总值", 2022).set_index("zone")
    row = rows.loc["南昌高新区"]
    assert row["raw"] == "1010.24亿元" and row["period_label"] == "2022年"
    assert _printed(corpus, row) == "1010.24亿元"
    assert list(rows["value"]) == sorted(rows["value"], reverse=True)


@pytest.mark.xfail(strict=True, reason="01: 1738亿元 follows '2012年,园区…' one sentence on; "
                   "read with no year, so it takes the file's date")
def test_sip_gdp_series_has_2012_2015_2020(corpus):
    levels = _levels(corpus, "苏州工业园区")
    got = {(int(r["year"]), r["raw"]) for _, r in levels.iterrows() if r["span_key"] == "全年"}
    assert {(2012, "1738亿元"), (2015, "2070亿元"), (2020, "2907亿元")} <= got


@pytest.mark.xfail(strict=True, reason="05: '2023年,园区实现地区生产总值3686.0亿元' is not read; "
                   "only 服务业占GDP比重51.9% is, as a share")
def test_sip_latest_gdp_is_2023(corpus):
    key = corpus.key_indicators("苏州工业园区").set_index("metric").loc["地区生产总值"]
    assert key["raw"] == "3686.0亿元" and key["period_label"] == "2023年"


@pytest.mark.xfail(strict=True, reason="09: 济南高新区 is given 历下区's 2282.9億元; its own "
                   "1619.3億元 in the list is not read")
def test_jinan_gdp_2022(corpus):
    row = corpus.compare_metric("地区生产总值", 2022).set_index("zone").loc["济南高新区"]
    assert row["raw"] == "1619.3億元"


@pytest.mark.xfail(strict=True, reason="06: 'GDP同比增長8.1%,達3332.55億元' gives 27.7% (a share "
                   "of the city) as the level; 3332.55億元 is not read")
def test_xian_gdp_2023(corpus):
    levels = _levels(corpus, "西安高新区")
    assert "3332.55億元" in set(levels["raw"])
