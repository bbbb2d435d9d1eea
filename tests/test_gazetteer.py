"""The zone gazetteer and the place index, as an analyst relies on them."""
from __future__ import annotations

import pytest

from zoneprofiles.extract.gazetteer import (
    KINDS,
    Gazetteer,
    GazetteerEntry,
    load_gazetteer,
    load_places,
)

HEADER = "name\tkind\tlevel\tprovince\tcity\taliases\tparent\tnote\n"


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="module")
def bundled():
    gazetteer, warnings = load_gazetteer()
    return gazetteer, warnings


def test_bundled_gazetteer_loads_clean(bundled):
    gazetteer, warnings = bundled
    assert warnings == []
    assert all(e.kind in KINDS for e in gazetteer)


def test_official_names_and_variants_resolve_to_the_canonical_zone(bundled):
    gazetteer, _ = bundled
    expected = {
        "广州经济技术开发区": "广州开发区",
        "黄埔区": "广州开发区",
        "广州黄埔": "广州开发区",
        "广州高新技术产业开发区": "广州高新区",
        "昆山高新技术产业开发区": "昆山高新区",
        "中国光谷": "武汉东湖高新区",
        "东湖新技术开发区": "武汉东湖高新区",
        "东湖高新区": "武汉东湖高新区",
        "中新知识城": "中新广州知识城",
        "中关村": "中关村科技园区",
        "西部（重庆）科学城": "西部(重庆)科学城",  # full-width brackets as printed
        "中国(山东)自由贸易试验区青岛片区": "青岛自贸片区",
        "石河子经济技术开发区": "石河子经开区",
        "苏州工业园区": "苏州工业园区",
    }
    for surface, name in expected.items():
        entry = gazetteer.lookup(surface)
        assert entry is not None, surface
        assert entry.name == name, surface


def test_zone_fields_are_filled_as_analysts_expect(bundled):
    gazetteer, _ = bundled
    gz = gazetteer.lookup("广州开发区")
    assert (gz.kind, gz.level, gz.province, gz.city) == ("经开区", "national", "广东省", "广州市")
    shz = gazetteer.lookup("石河子经开区")
    assert (shz.province, shz.city) == ("新疆生产建设兵团", "石河子市")
    qd = gazetteer.lookup("青岛自贸片区")
    assert qd.kind == "自贸片区" and qd.parent == "山东自贸区" and qd.city == "青岛市"
    parks = {e.name for e in gazetteer.children("广州开发区")}
    assert {"中新广州知识城", "广州科学城", "广州国际生物岛"} <= parks


def test_coverage_of_national_zones(bundled):
    gazetteer, _ = bundled
    national = [e for e in gazetteer if e.level == "national"]
    hitech = [e for e in national if e.kind == "高新区"]
    etdz = [e for e in national if e.kind == "经开区"]
    assert len(hitech) >= 170
    assert len(etdz) >= 220
    assert len([e for e in national if e.kind == "新区"]) == 19
    assert len([e for e in national if e.kind == "自贸片区"]) >= 60
    # zones the seed articles never mention
    for name in ("拉萨高新区", "克拉玛依高新区", "嵩明杨林经开区", "两江新区", "霍尔果斯自贸片区"):
        assert name in gazetteer


def test_every_zone_sits_in_a_real_province_and_city(bundled):
    gazetteer, _ = bundled
    places = load_places()
    for entry in gazetteer:
        assert entry.province, entry.name
        if entry.province != "新疆生产建设兵团":
            assert places.lookup(entry.province).level == "province", entry.name
        if entry.city:
            city = places.lookup(entry.city)
            assert city is not None and city.name == entry.city, entry.name
        if entry.parent:
            assert entry.parent in gazetteer.entries, entry.name


def test_malformed_lines_are_skipped_and_reported(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(
        HEADER
        + "星河高新区\t高新区\tprovincial\t广东省\t惠州市\t星河高新技术产业开发区\t\t\n"
        + "坏行一\t保税仓\tprovincial\t广东省\t\t\t\t\n"  # unknown kind
        + "\t高新区\tnational\t\t\t\t\t\n"  # no name
        + "坏行三\t园区\tworld\t\t\t\t\t\n"  # unknown level
        + "坏行四\t园区\t\t\t\t\t\t\textra\tcolumns\n"
        + "月湾产业园\t产业园\tpark\t广东省\t惠州市\t\t星河高新区\t\n",
        encoding="utf-8",
    )
    gazetteer, warnings = load_gazetteer(extra=[path])
    assert gazetteer.lookup("星河高新技术产业开发区").name == "星河高新区"
    assert gazetteer.lookup("月湾产业园").parent == "星河高新区"
    assert "广州开发区" in gazetteer  # the bundled zones are still there
    for bad in ("坏行一", "坏行三", "坏行四"):
        assert bad not in gazetteer
    reported = [w for w in warnings if str(path) in w]
    assert [w.split(":")[-2] for w in reported] == ["3", "4", "5", "6"]
    assert "保税仓" in reported[0]


def test_user_file_in_data_folder_adds_a_zone_and_an_alias(tmp_path):
    data = tmp_path / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "gazetteer.tsv").write_text(
        HEADER
        + "南岭科创园\t产业园\tpark\t广东省\t韶关市\t南岭科技创新园\t\t我自己跟踪的园区\n"
        + "广州开发区\t\t\t\t\t黄埔开发区\t\t\n",
        encoding="utf-8",
    )
    gazetteer, warnings = load_gazetteer()
    assert warnings == []
    assert gazetteer.lookup("南岭科技创新园").name == "南岭科创园"
    gz = gazetteer.lookup("黄埔开发区")
    assert gz.name == "广州开发区"
    # the row only adds: the bundled fields and aliases stay
    assert gz.level == "national" and gazetteer.lookup("黄埔区") is gz


def test_a_row_may_name_a_zone_by_its_alias_and_override_fields(tmp_path):
    path = tmp_path / "fix.tsv"
    path.write_text("name\tnote\taliases\n昆山高新技术产业开发区\t已核对\t昆山国家高新区\n", encoding="utf-8")
    gazetteer, _ = load_gazetteer(extra=[path])
    entry = gazetteer.lookup("昆山高新区")
    assert entry.note == "已核对"
    assert "昆山高新技术产业开发区" not in gazetteer.entries  # no duplicate zone


def test_a_file_saved_from_chinese_excel_still_loads(tmp_path):
    path = tmp_path / "gbk.tsv"
    path.write_bytes((HEADER + "青山湖科技城\t园区\tpark\t浙江省\t杭州市\t\t\t\n").encode("gbk"))
    gazetteer, warnings = load_gazetteer(extra=[path])
    assert gazetteer.lookup("青山湖科技城").city == "杭州市"


def test_canonical_name_wins_over_someone_elses_alias():
    gazetteer = Gazetteer({
        "甲高新区": GazetteerEntry("甲高新区", aliases=("乙高新区",)),
        "乙高新区": GazetteerEntry("乙高新区"),
    })
    assert gazetteer.lookup("乙高新区").name == "乙高新区"
    assert gazetteer.conflicts


# ---------------------------------------------------------------- places

@pytest.mark.parametrize(
    "name, full, level, province, city",
    [
        ("花都区", "花都区", "county", "广东省", "广州市"),
        ("花都", "花都区", "county", "广东省", "广州市"),
        ("广州", "广州市", "city", "广东省", "广州市"),
        ("广州市", "广州市", "city", "广东省", "广州市"),
        ("广东省", "广东省", "province", "广东省", ""),
        ("广东", "广东省", "province", "广东省", ""),
        ("石河子", "石河子市", "county", "新疆维吾尔自治区", "石河子市"),
        ("黄埔区", "黄埔区", "county", "广东省", "广州市"),
        ("尧都", "尧都区", "county", "山西省", "临汾市"),
        ("北京", "北京市", "province", "北京市", "北京市"),
        ("新疆", "新疆维吾尔自治区", "province", "新疆维吾尔自治区", ""),
        ("昌吉", "昌吉回族自治州", "city", "新疆维吾尔自治区", "昌吉回族自治州"),
        ("钱塘区", "钱塘区", "county", "浙江省", "杭州市"),
        # autonomous areas as the news names them: short form + 州 / 县
        ("临夏州", "临夏回族自治州", "city", "甘肃省", "临夏回族自治州"),
        ("天祝县", "天祝藏族自治县", "county", "甘肃省", "武威市"),
        ("红河县", "红河县", "county", "云南省", "红河哈尼族彝族自治州"),
    ],
)
def test_places_resolve(name, full, level, province, city):
    place = load_places().lookup(name)
    assert place is not None
    assert (place.name, place.level, place.province, place.city) == (full, level, province, city)


def test_places_never_turn_common_words_or_single_characters_into_places():
    places = load_places()
    assert places.lookup("东方") is None  # 东方市 keeps its full name only
    assert places.lookup("东方市").province == "海南省"
    assert places.lookup("和平") is None
    assert all(len(p.short) >= 2 for p in places if p.short)


def test_a_name_shared_by_several_places_keeps_only_what_they_share():
    places = load_places()
    gulou = places.lookup("鼓楼区")
    assert gulou.province == "" and gulou.city == ""
    assert places.lookup("鼓楼区", within="南京").city == "南京市"
    assert places.lookup("朝阳区", within="北京市").province == "北京市"
    assert len(places.candidates("鼓楼区")) >= 3


def test_match_at_finds_the_longest_place_name():
    places = load_places()
    text = "记者来到广州市花都区"
    assert places.match_at(text, 4).name == "广州市"
    assert places.surface_at(text, 4)[0] == "广州市"
    assert places.surface_at(text, 7) == ("花都区", places.lookup("花都区"))
    assert places.match_at("花都高新区", 0).name == "花都区"
    assert places.match_at(text, 0) is None
