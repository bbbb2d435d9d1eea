"""Whose figures the clauses after a place are, on articles written for the
test: a province's or a county's total opening a paragraph keeps the clauses
and paragraphs that follow it (they name no zone of their own); a county-level
city printed in full is a place even where its short name names the zone; a
bare kind word or 园区 opening a clause points back to the story's zone; the
towns of a county, or a zone and its parks counted together, are no one zone."""
from __future__ import annotations

from zoneprofiles.assignments import Assignments
from zoneprofiles.pipeline import load_corpus


def corpus_of(tmp_path, text: str, zone: str | None = None):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    assignments = Assignments.everywhere(zone, [path]) if zone else None
    return load_corpus([path], use_cache=False, workers=0, assignments=assignments)


def zones_of(corpus, raw: str) -> list[str]:
    names = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    rows = corpus.figures[corpus.figures["raw"] == raw]
    return [names.get(z, z) for z in rows["zone_id"]]


PROVINCE = (
    "前三季度，全省12个国家级高新区完成营业收入9000亿元，同比增长8.2%；"
    "实现出口总额1260亿元，同比增长15.4%；新增高新技术企业860家。\n\n"
    "同时，实现税收收入415亿元，同比增长6.1%。\n\n"
    "作为其中的代表，绵阳高新区前三季度完成营业收入1380亿元，同比增长10.5%。\n"
)


def test_clauses_after_a_province_total_are_the_provinces(tmp_path):
    corpus = corpus_of(tmp_path, PROVINCE)
    for raw in ("9000亿元", "1260亿元", "15.4%", "860家"):
        assert zones_of(corpus, raw) == [], raw


def test_the_paragraph_after_a_province_total_is_the_provinces_too(tmp_path):
    corpus = corpus_of(tmp_path, PROVINCE)
    assert zones_of(corpus, "415亿元") == []
    assert zones_of(corpus, "6.1%") == []
    # the zone named afterwards keeps its own figures
    assert zones_of(corpus, "1380亿元") == ["绵阳高新区"]
    assert zones_of(corpus, "10.5%") == ["绵阳高新区"]


COUNTY_CITY = (
    "浏阳经开区项目建设提速\n\n"
    "2023年，浏阳市计划推进重大项目120项，固定资产投资260亿元以上。"
    "今年前三季度，该市重大项目固定资产投资完成185亿元，同比增长12.6%。\n\n"
    "浏阳经开区新签约项目35个，投资总额达220亿元。\n"
)


def test_a_county_level_city_in_full_is_no_zone(tmp_path):
    corpus = corpus_of(tmp_path, COUNTY_CITY)
    for raw in ("120项", "260亿元以上", "185亿元", "12.6%"):
        assert zones_of(corpus, raw) == [], raw
    assert zones_of(corpus, "35个") == ["浏阳经开区"]
    assert zones_of(corpus, "220亿元") == ["浏阳经开区"]


COUNTY = (
    "今年1-6月，全县完成工业总产值860亿元，增长9.5%。"
    "经开区完成规模以上工业产值610亿元，增长11.2%；镇街完成规模以上工业产值150亿元，增长6.3%。"
    "“一区六园”完成规模工业产值720亿元，增长10.1%。\n"
    "金洲产业基地上半年新引进工业项目12个，金洲产业基地工业总产值增长21.5%。\n"
)


def test_a_bare_kind_word_is_the_assigned_zone_of_that_kind(tmp_path):
    corpus = corpus_of(tmp_path, COUNTY, zone="宁乡经济技术开发区")
    assert zones_of(corpus, "610亿元") == ["宁乡经开区"]
    assert zones_of(corpus, "11.2%") == ["宁乡经开区"]
    assert zones_of(corpus, "12个") == ["金洲产业基地"]


def test_a_county_its_towns_and_its_parks_together_are_no_zone(tmp_path):
    corpus = corpus_of(tmp_path, COUNTY, zone="宁乡经济技术开发区")
    for raw in ("860亿元", "150亿元", "6.3%", "720亿元", "10.1%"):
        assert zones_of(corpus, raw) == [], raw


PARK = (
    "近日，记者从醴陵市获悉，今年以来，该市把湖南醴陵陶瓷产业园(下称:醴陵陶瓷园)建设作为头等大事。\n\n"
    "今年前三季度，该市规上工业增加值增长8.6%；园区规上工业增加值增长11.4%。"
    "年初计划新开工项目30项，已开工32项。\n\n"
    "据了解，醴陵陶瓷园规划面积18平方公里。园区新签约项目26个，投资总额达95亿元。\n"
)


def test_a_parks_short_form_and_a_bare_yuanqu_are_the_park(tmp_path):
    corpus = corpus_of(tmp_path, PARK)
    park = zones_of(corpus, "18平方公里")
    assert len(park) == 1 and park[0] in ("醴陵陶瓷园", "湖南醴陵陶瓷产业园", "醴陵陶瓷产业园")
    assert zones_of(corpus, "26个") == park
    assert zones_of(corpus, "95亿元") == park
    assert zones_of(corpus, "11.4%") == park
    # the city's clauses around the park's one stay the city's
    assert zones_of(corpus, "8.6%") == []
    assert zones_of(corpus, "30项") == []
