"""Zone names as analysts read them: real zones found however they are
written, generic words and aggregates never listed as zones."""
import pytest

from zoneprofiles.corpus.normalize import normalize
from zoneprofiles.extract.gazetteer import load_gazetteer, load_places
from zoneprofiles.extract.zones import ZoneFinder


@pytest.fixture(scope="module")
def finder_factory():
    gaz, _ = load_gazetteer()
    places = load_places()
    return lambda: ZoneFinder(gaz, places)


def zones_in(finder, text):
    t = normalize(text).text
    finder.learn_aliases(t)
    return [(t[l.start:l.end], l.zone) for l in finder.find(t) if l.what == "zone"]


def test_pattern_zone_needs_a_real_place_in_front(finder_factory):
    f = finder_factory()
    found = zones_in(f, "湖南浏阳经济技术开发区今年新增企业30家,打造创新示范区和产业发展示范区。")
    assert [z for _, z in found] == ["浏阳经开区"]


def test_province_and_city_prefixes_fold_into_one_zone(finder_factory):
    f = finder_factory()
    a = zones_in(f, "江西赣州章贡高新区发布新政。")
    b = zones_in(f, "章贡高新区新增企业。")
    assert a[0][1] == b[0][1] == "章贡高新区"
    assert f.zones["章贡高新区"].province == "江西省"


def test_generic_and_aggregate_words_are_not_zones(finder_factory):
    f = finder_factory()
    found = zones_in(f, "全国国家级经开区共有230家,高新区和开发区各有特色,省级高新区也在追赶。全区上下齐心。")
    assert found == []


def test_alias_defined_in_text_means_the_same_zone_later(finder_factory):
    f = finder_factory()
    found = zones_in(f, "河北沧州经济开发区(以下简称沧州经开区)召开大会。沧州经开区新签约项目12个。")
    assert {z for _, z in found} == {"沧州经开区"}
    assert "沧州经济开发区" in f.zones["沧州经开区"].aliases or "河北沧州经济开发区" in f.zones["沧州经开区"].aliases


def test_gazetteer_alias_maps_district_to_zone(finder_factory):
    f = finder_factory()
    found = zones_in(f, "黄埔区今年引进项目100个。")
    assert found[0][1] == "广州开发区"


def test_region_wide_quanqu_is_not_a_zone_pointer(finder_factory):
    f = finder_factory()
    t = normalize("拉萨高新区有企业61家,占西藏全区129家的47%。").text
    loci = f.find(t)
    pointers = [t[l.start:l.end] for l in loci if l.what == "anaphor"]
    assert "全区" not in pointers


def test_company_named_after_a_city_does_not_make_a_sentence_city_wide(finder_factory):
    f = finder_factory()
    t = normalize("宜昌高新区企业宜昌长机科技有限公司产能提升了18.6%。").text
    places = [t[l.start:l.end] for l in f.find(t) if l.what == "place"]
    assert places == []
    t2 = normalize("宜昌市全年地区生产总值增长6%。").text
    assert [t2[l.start:l.end] for l in f.find(t2) if l.what == "place"] == ["宜昌市"]
