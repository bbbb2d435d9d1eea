"""Industries and keywords of a zone, from sentences written for the test."""
from __future__ import annotations

import pytest

from zoneprofiles.extract.industries import (
    IndustryTerms,
    is_keyword_candidate,
    load_industry_terms,
    zone_industries,
    zone_keywords,
)

HEFEI = [
    "合肥高新区是全国量子信息产业最集中的区域之一,集聚量子计算、量子通信和量子精密测量企业60余家。",
    "2023年,合肥高新区集成电路产业营收突破300亿元,芯片设计企业超过200家,晶圆制造和封装测试环节不断完善。",
    "该区同时布局人工智能和智能语音产业,龙头企业带动语音识别产业链上下游协同发展。",
    "合肥高新区的量子芯片研发取得进展,量子计算机整机完成交付。",
    "合肥高新区是全国量子信息产业最集中的区域之一,集聚量子计算、量子通信和量子精密测量企业60余家。",
]

HUADU = [
    "花都区汽车产业基地集聚整车企业3家、汽车零部件企业200余家,新能源汽车产量同比增长40%。",
    "花都高新区加快布局动力电池和新型储能项目,光伏组件生产线已经投产。",
    "该区还引进氢燃料电池企业,建设加氢站5座。",
]


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))


def test_industries_of_a_quantum_and_chip_zone():
    found = dict(zone_industries(HEFEI))
    assert list(found)[:2] == ["量子科技", "集成电路"]
    assert "人工智能" in found
    assert "汽车" not in found
    assert sum(found.values()) == pytest.approx(1.0)


def test_longer_terms_win_so_new_energy_cars_count_as_cars():
    found = dict(zone_industries(HUADU))
    assert found["汽车"] > found.get("氢能", 0)
    assert {"汽车", "新能源", "氢能"} <= set(found)
    # "氢燃料电池" is 氢能, not 新能源's "燃料电池"/"电池" as well
    terms, _ = load_industry_terms()
    assert [(t, c) for _, _, t, c in terms.find("氢燃料电池汽车")] == [("氢燃料电池汽车", "氢能")]


def test_a_repeated_passage_counts_once():
    once = zone_industries(HEFEI[:4])
    twice = zone_industries(HEFEI[:4] + HEFEI[:4])
    assert once == twice


def test_top_limits_the_list_and_no_text_gives_nothing():
    assert len(zone_industries(HEFEI + HUADU, top=2)) == 2
    assert zone_industries([]) == []
    assert zone_industries(["今天天气很好。"]) == []


def test_ascii_terms_match_whole_words_only():
    terms = IndustryTerms({"AI": "人工智能", "5G": "通信"})
    assert [c for *_, c in terms.find("发展AI和5G应用")] == ["人工智能", "通信"]
    assert terms.find("MAIL服务器支持15GB") == []


def test_user_industry_file_adds_terms_and_reports_bad_lines(tmp_path):
    data = tmp_path / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "industries.tsv").write_text(
        "term\tcategory\n钙钛矿电池\t新能源\n只有一列\n", encoding="utf-8"
    )
    terms, warnings = load_industry_terms()
    assert [c for *_, c in terms.find("钙钛矿电池中试线")] == ["新能源"]
    assert any("industries.tsv:3" in w for w in warnings)


def test_keywords_are_meaningful_words():
    words = [w for w, _ in zone_keywords(HEFEI)]
    assert words
    assert {"量子信息", "量子计算", "芯片设计"} & set(words)
    for word in words:
        assert not any(ch.isdigit() for ch in word), word
        assert word not in {"的", "企业", "发展", "产业", "项目", "建设", "亿元"}
        assert word not in {"合肥", "合肥高新区", "高新区", "该区"}


def test_keywords_leave_out_places_zones_and_numbers():
    words = [w for w, _ in zone_keywords(HUADU)]
    assert "花都区" not in words and "花都" not in words and "花都高新区" not in words
    assert not any(ch.isdigit() for ch in "".join(words))
    for word in ("2023年", "60余家", "三十", "广州市", "黄埔区", "中新广州知识城", "企业"):
        assert not is_keyword_candidate(word), word
    for word in ("5G", "氢燃料电池", "晶圆制造"):
        assert is_keyword_candidate(word), word
    assert zone_keywords([]) == []
