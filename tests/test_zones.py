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


def corpus_of(tmp_path, name: str, text: str):
    """The corpus one article makes, read as a user's file is (no cache)."""
    from zoneprofiles.pipeline import load_corpus
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_corpus([path], use_cache=False)


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


@pytest.mark.parametrize("sentence, surface, zone, kind, province", [
    ("郑州新郑综合保税区一季度进出口额增长12%。", "郑州新郑综合保税区", "郑州新郑综合保税区", "综合保税区", "河南省"),
    ("今年昆山综保区新增外贸企业40家。", "昆山综保区", "昆山综合保税区", "综合保税区", "江苏省"),
    ("苏州工业园综合保税区新增企业20家。", "苏州工业园综合保税区", "苏州工业园综合保税区", "综合保税区", "江苏省"),
    ("广西钦州保税港区集装箱吞吐量增长9%。", "广西钦州保税港区", "钦州保税港区", "保税港区", "广西壮族自治区"),
    ("当年洋山保税港区的集装箱吞吐量创下新高。", "洋山保税港区", "洋山特殊综合保税区", "综合保税区", "上海市"),
    ("前海深港现代服务业合作区实现增加值1800亿元。", "前海深港现代服务业合作区", "前海深港现代服务业合作区",
     "合作区", "广东省"),
    ("横琴粤澳深度合作区新增澳资企业500家。", "横琴粤澳深度合作区", "横琴粤澳深度合作区", "合作区", "广东省"),
    ("凭祥边境经济合作区进出口总额增长。", "凭祥边境经济合作区", "凭祥边境经济合作区", "合作区", "广西壮族自治区"),
    ("临港新片区今年工业总产值增长15%。", "临港新片区", "临港新片区", "自贸片区", "上海市"),
    ("中国(上海)自由贸易试验区临港新片区发布新政。", "中国(上海)自由贸易试验区临港新片区", "临港新片区",
     "自贸片区", "上海市"),
    ("四川天府新区引进重大项目12个。", "四川天府新区", "天府新区", "新区", "四川省"),
    ("天津滨海新区新签约项目80个。", "天津滨海新区", "滨海新区", "新区", "天津市"),
    ("两江新区地区生产总值增长8%。", "两江新区", "两江新区", "新区", "重庆市"),
    ("合肥新站高新区新引进显示面板项目。", "合肥新站高新区", "合肥新站高新区", "经开区", "安徽省"),
    ("无锡惠山工业园区规上工业总产值300亿元。", "无锡惠山工业园区", "惠山工业园区", "工业园区", "江苏省"),
    ("中德(沈阳)高端装备制造产业园新签约项目30个。", "中德(沈阳)高端装备制造产业园",
     "中德(沈阳)高端装备制造产业园", "产业园", "辽宁省"),
])
def test_each_kind_of_zone_is_found_with_its_kind_and_province(finder_factory, sentence, surface, zone,
                                                               kind, province):
    f = finder_factory()
    assert zones_in(f, sentence) == [(surface, zone)]
    assert (f.kind_of(zone), f.zones[zone].province) == (kind, province)


@pytest.mark.parametrize("sentence, surface, zone", [
    ("中国(广东)自由贸易试验区南沙片区新设企业1000家。", "中国(广东)自由贸易试验区南沙片区", "南沙自贸片区"),
    ("据介绍,广东自贸试验区前海蛇口片区实际使用外资50亿美元。", "广东自贸试验区前海蛇口片区", "前海蛇口自贸片区"),
    ("在湖北自贸试验区武汉片区,新增企业3000家。", "湖北自贸试验区武汉片区", "武汉自贸片区"),
    ("中国(黑龙江)自由贸易试验区哈尔滨片区新增企业。", "中国(黑龙江)自由贸易试验区哈尔滨片区", "哈尔滨自贸片区"),
])
def test_a_free_trade_zone_area_is_one_mention_of_the_area_not_also_of_its_zone(finder_factory, sentence,
                                                                               surface, zone):
    f = finder_factory()
    assert zones_in(f, sentence) == [(surface, zone)]


def test_a_free_trade_zone_piece_that_is_no_name_leaves_the_zone_alone(finder_factory):
    f = finder_factory()
    assert [z for _, z in zones_in(f, "广东自贸试验区三大片区合计新增企业5000家。")] == ["广东自贸区"]
    assert [z for _, z in zones_in(f, "中国(上海)自由贸易试验区的新片区建设提速。")] == ["上海自贸区"]


@pytest.mark.parametrize("sentence", [
    "合肥市乃至安徽省产业园建设加快推进。",
    "安徽省以及合肥市产业园区都在发展。",
    "全省开发区实现规上工业总产值增长10%。",
    "国家级经开区实际使用外资增长5%。",
    "各类园区要加快转型升级。",
    "该市高新区新增企业200家。",
    "全国169个国家级高新区实现营业收入50万亿元。",
    "全省12家综保区进出口额增长8%。",
    "全国保税港区加快转型为综合保税区。",
    "省级以上开发区达到120家,全市工业园区规上工业总产值达到1000亿元。",
    "湖北省的高新区和武汉市的产业园。",
    # a policy's verb of scope before a bare kind word (written for this test)
    "为培育新兴产业,结合高新区实际,制定本办法。",
    "各部门要按照经开区总体规划,立足园区优势,抓好落实。",
    "企业可根据高新区认定办法,向管委会申报。",
    # what an industry does to the zone's total is no zone's name
    "光伏产业增加值同比增长47.6%,拉动高新区规模以上工业增加值增长6.3个百分点。",
    "万人有效发明专利达474件,居国家高新区第三。",
    # a city building a park with a zone: the verb is no part of the park's name
    "推动与栖霞市共建松山产业园,打造飞地合作项目。",
])
def test_phrases_and_aggregates_are_never_listed_as_zones(finder_factory, sentence):
    f = finder_factory()
    assert zones_in(f, sentence) == []


def test_a_zone_named_after_a_verb_of_scope_keeps_its_own_name(finder_factory):
    f = finder_factory()
    found = zones_in(f, "结合暮云经开区发展实际,聚焦主导产业,制定本办法。")
    assert [z for _, z in found] == ["暮云经开区"]


def test_a_park_defines_its_short_form_with_a_colon(tmp_path):
    corpus = corpus_of(tmp_path, "园.txt", "位于边境的广西凭祥产业园(下称:凭祥产业园)今年新签约项目12个。"
                                          "凭祥产业园完成固定资产投资20亿元。\n")
    zone = corpus.find_zone("凭祥产业园")
    assert zone and corpus.find_zone("广西凭祥产业园") == zone
    assert set(corpus.figures["zone_id"]) == {zone}


def test_a_condition_numbered_as_a_list_item_is_a_policy_term():
    from zoneprofiles.extract.figures import figures_in
    text = "(一)对于新落户的制造类企业,当年设备投资额800万元以上的项目,按设备投资额的10%给予补助。"
    terms: list = []
    hits = figures_in(text, 0, len(text), [], terms_out=terms)
    assert not hits and {q.raw for q in terms} >= {"800万元以上", "10%"}


def test_a_zone_printed_as_its_kind_and_district_in_brackets(tmp_path):
    corpus = corpus_of(tmp_path, "滨江.txt", "高新区(滨江)上半年经济运行\n\n上半年，高新区(滨江)实现规上工业增加值560亿元，同比增长9.3%。\n")
    zone = corpus.find_zone("高新区(滨江)")
    assert zone and corpus.zone(zone)["city"] == "杭州市"
    assert set(corpus.figures["zone_id"]) == {zone}


def test_the_bracketed_form_points_back_to_the_zone_named_in_full(tmp_path):
    corpus = corpus_of(tmp_path, "头屯河.txt", "乌鲁木齐经济技术开发区2023年工作报告\n\n2023年，经开区(头屯河区)实现地区生产总值410亿元。\n")
    assert list(corpus.zones["name"]).count("头屯河经开区") == 0
    assert set(corpus.figures["zone_id"]) == {corpus.find_zone("乌鲁木齐经济技术开发区")}


def test_a_park_named_after_a_locality_no_place_list_holds(finder_factory):
    """柳湾产业基地, 石塘工业园: a town's name + a park suffix, printed twice and
    opening its clause, is a park; a generic base or a name printed once is not."""
    f = finder_factory()
    found = zones_in(f, "今年前三季度,柳湾产业基地、石塘工业园增长较快。"
                        "柳湾产业基地新签约项目8个,石塘工业园新增企业12家。")
    assert [z for _, z in found] == ["柳湾产业基地", "石塘工业园"] * 2
    assert f.is_park("柳湾产业基地") and f.is_park("石塘工业园")
    assert zones_in(finder_factory(), "全县将建设现代产业基地,河埠工业园新增企业5家。") == []


def test_figures_of_a_locality_named_park_are_its_own(tmp_path):
    corpus = corpus_of(tmp_path, "柳湾.txt", "青山经开区上半年实现工业总产值300亿元。\n"
                                           "柳湾产业基地是园区的主要板块。柳湾产业基地上半年新签约项目8个,总投资15亿元。\n")
    park = corpus.find_zone("柳湾产业基地")
    assert park
    rows = corpus.figures.set_index("raw")["zone_id"]
    assert rows["8个"] == park and rows["15亿元"] == park


@pytest.mark.parametrize("sentence, surface, zone", [
    ("今年，7个新项目落户武汉长江配套园，另有3个在谈。", "武汉长江配套园", "武汉长江配套园"),
    ("1个重点板块--青峰工业开发区基础设施建设全面展开;青峰工业开发区新增企业10家。", "青峰工业开发区",
     "青峰工业开发区"),
    ("泉州洛江投资区今年新增企业20家。", "泉州洛江投资区", "洛江投资区"),
    ("规划建设中法(宜昌)绿色产业区和东湾科技园两个平台。", "东湾科技园", "东湾科技园"),
    ("加快中国—中亚经贸合作区建设。", "中国—中亚经贸合作区", "中国—中亚经贸合作区"),
])
def test_zone_suffixes_and_cooperation_zones(finder_factory, sentence, surface, zone):
    """配套园 and 投资区 are zone suffixes; 工业 before 开发区 is part of the name;
    a bilateral cooperation zone is one; a park printed once but listed with a
    zone found already (…产业区和X科技园) is a park."""
    found = zones_in(finder_factory(), sentence)
    assert (surface, zone) in found


def test_a_ranking_of_all_parks_is_no_park(finder_factory):
    found = zones_in(finder_factory(), "青山经开区跻身中国产业园区百强榜前30名。")
    assert [z for _, z in found] == ["青山经开区"]


def test_a_gazetteer_zone_after_its_own_province_goes_by_the_full_form(finder_factory):
    f = finder_factory()
    found = zones_in(f, "此外,宁波大榭开发区、海南洋浦开发区等享受国家级开发区政策。")
    assert ("海南洋浦开发区", "洋浦经济开发区") in found
    assert "海南洋浦开发区" in f.zones["洋浦经济开发区"].aliases


def test_a_park_some_projects_went_to_is_not_the_subject_after_it(tmp_path):
    corpus = corpus_of(tmp_path, "配套园.txt", "青山经开区上半年经济运行\n\n"
                                            "青山经开区上半年新引进工业项目12个,其中5家落户武汉长江配套园,项目总投资达18亿元。"
                                            "新老项目共同发力下,该园区上半年实现工业总产值16亿元,同比增长25.5%。\n")
    zone = corpus.find_zone("青山经开区")
    rows = corpus.figures.set_index("raw")["zone_id"]
    assert rows["18亿元"] == zone and rows["16亿元"] == zone and rows["25.5%"] == zone


def test_parallel_clauses_do_not_take_a_later_clause_group_subject(tmp_path):
    corpus = corpus_of(tmp_path, "目标.txt", "青山新区发展目标\n\n青山新区提出:\n\n"
                                           "到2025年,工业总产值超过5000亿元,常住人口达到300万人;十大功能区全面建设;"
                                           "青峰工业开发区基础设施基本建成,成为新区的产业支撑。青峰工业开发区将新增企业100家。\n")
    rows = corpus.figures.set_index("raw")["zone_id"]
    assert rows["超过5000亿元"] == corpus.find_zone("青山新区") and rows["300万人"] == corpus.find_zone("青山新区")
    assert rows["100家"] == corpus.find_zone("青峰工业开发区")


def test_places_listed_before_a_class_of_projects_are_no_subject(tmp_path):
    """省、市重点项目 is a class of projects: the figure stays the zone's."""
    corpus = corpus_of(tmp_path, "开工率.txt", "青山高新区一季度经济运行\n\n青山高新区全力抓开工,一季度湖北省、武汉市重点项目开工率72.5%。\n")
    rows = corpus.figures.set_index("raw")
    assert rows.loc["72.5%", "zone_id"] == corpus.find_zone("青山高新区")
    assert rows.loc["72.5%", "measure"] == "share"


def test_a_zone_named_after_something_in_a_place_is_found_in_either_script(finder_factory):
    # place + a name that is no place + a strong suffix
    for text in ("经国务院批准设立的宁波国际空港经济技术开发区，是宁波第三个国家级经开区。",
                 "經國務院批准設立的寧波國際空港經濟技術開發區,是寧波第三個國家級經開區。"):
        found = zones_in(finder_factory(), text)
        assert [z for _, z in found] == ["宁波国际空港经开区"]
    # ... but a verb, a count or a generic word between them makes no name
    for text in ("杭州大力推进综合保税区建设。", "宁波拥有经开区三个。", "支持宁波建设国家级经开区。",
                 "南京努力打造一流高新区。", "宁波全部高新区完成考核。"):
        assert zones_in(finder_factory(), text) == [], text


def test_a_place_that_opens_a_listed_company_s_name_is_no_subject(tmp_path):
    """包括合肥晶联、浙江海辰…: the towns are part of the companies' names,
    so the figures after the list are still the park's; a list of places
    (苏州、无锡) or a province and its city (江苏南通) stays a place."""
    corpus = corpus_of(tmp_path, "签约.txt", "青崖产业园重点项目签约\n\n"
                       "青崖产业园举行项目签约仪式。本次签约项目4个，包括合肥晶联、浙江海辰、广州远鹏科技、"
                       "温州卓越温州恒信，均为新能源企业，总投资26.8亿元，预计年产值60亿元，带动就业约900人。\n\n"
                       "青崖产业园的客商来自苏州、无锡等地。江苏南通全年引进项目12个。\n")
    rows = corpus.figures.set_index("raw")["zone_id"]
    park = corpus.find_zone("青崖产业园")
    assert rows["26.8亿元"] == park and rows["60亿元"] == park and rows["约900人"] == park
    assert "12个" not in rows.index  # 江苏南通's own count is no zone's


def test_a_zone_s_core_area_is_an_area_of_its_own_and_the_story_s_zone(tmp_path):
    """青峰高新区核心区 is an area inside 青峰高新区: its figures and those of the
    paragraphs that name nothing are the area's, what the zone as a whole did
    is the zone's."""
    corpus = corpus_of(tmp_path, "核心区.txt", "青峰高新区核心区一季度经济运行良好\n\n"
                       "一季度，青峰高新区核心区实现地区生产总值120亿元，同比增长8.2%。"
                       "青峰高新区核心区规上工业增加值增长9.1%。\n\n"
                       "今年以来，新增市场主体3200户。\n\n"
                       "青峰高新区全年地区生产总值达到900亿元。\n")
    core = corpus.find_zone("青峰高新区核心区")
    whole = corpus.find_zone("青峰高新区")
    assert core and whole and core != whole
    rows = corpus.figures.set_index("raw")["zone_id"]
    assert rows["120亿元"] == core and rows["9.1%"] == core and rows["3200户"] == core
    assert rows["900亿元"] == whole


def test_a_breakdown_by_zone_in_brackets_leaves_the_whole_the_subject(tmp_path):
    corpus = corpus_of(tmp_path, "分区.txt", "青禾新区经济运行\n\n"
                       "青禾新区全年实现营业收入500亿元（青禾经开区300亿元、青峰高新区200亿元），同比增长8%；"
                       "工业投资增长12%。\n")
    whole, part = corpus.find_zone("青禾新区"), corpus.find_zone("青禾经开区")
    rows = corpus.figures.set_index("raw")["zone_id"]
    assert rows["500亿元"] == whole and rows["8%"] == whole and rows["12%"] == whole
    assert rows["300亿元"] == part and rows["200亿元"] == corpus.find_zone("青峰高新区")


def test_an_innovation_demonstration_zone_s_short_form_is_a_zone(tmp_path):
    """青岚自创区 is 青岚国家自主创新示范区 for short, named after a year too;
    2022年度国家高新区 names no zone."""
    corpus = corpus_of(tmp_path, "自创区.txt", "青岚自创区去年营收增长\n\n"
                       "科技部公布2022年度国家高新区评价结果。2022年青岚自创区实现营业收入800亿元，"
                       "青岚国家自主创新示范区新增高新技术企业120家。\n")
    zone = corpus.find_zone("青岚自创区")
    assert zone and "度国家高新区" not in set(corpus.zones["name"])
    rows = corpus.figures.set_index("raw")["zone_id"]
    assert rows["800亿元"] == zone and rows["120家"] == zone


def test_times_verbs_and_companies_before_a_zone_word_are_no_names(finder_factory):
    """A zone's own page says 高新区 after a time or a verb; none of it names a zone."""
    f = finder_factory()
    for text in ("一季度高新区实现地区生产总值75亿元。", "前两个月经开区营业收入增长30.2%。",
                 "今年高新区的发展目标是营业收入突破500亿元。", "上市公司30家，企业进入高新区发展。",
                 "巩固提升高新区发展质量。", "把创新精神定位高新区的未来。", "山东开发区产业升级步伐加快。"):
        assert zones_in(f, text) == [], text
    # proper names still are
    assert [z for _, z in zones_in(f, "暮云经开区和象屿保税区签约。")] == ["暮云经开区", "象屿保税区"]


def test_a_free_trade_zone_in_its_short_spelling_is_the_known_zone(finder_factory):
    f = finder_factory()
    found = zones_in(f, "中国(辽宁)自由贸易试验区成立六年，印发《进一步深化中国(辽宁)自贸试验区改革开放方案》。")
    assert {z for _, z in found} == {"辽宁自贸区"}


def test_a_bonded_zone_named_after_its_host_zone_is_its_own_zone(finder_factory):
    f = finder_factory()
    found = zones_in(f, "2023年，合肥经济技术开发区综合保税区进出口总值91.6亿美元。")
    assert len(found) == 1
    surface, name = found[0]
    assert surface == "合肥经济技术开发区综合保税区"
    assert f.zones[name].parent == "合肥经开区" and f.zones[name].kind == "综合保税区"


def test_places_listed_before_a_shared_suffix_name_a_zone_each(finder_factory):
    f = finder_factory()
    found = zones_in(f, "支持福州、厦门、泉州科技城建设，打造科技城集群。")
    assert [s for s, _ in found] == ["福州", "厦门", "泉州科技城"]
    assert [z for _, z in found] == ["福州科技城", "厦门科技城", "泉州科技城"]
    assert zones_in(f, "稳居全国综合保税区第一方阵。") == []


def test_a_free_trade_area_s_named_block_is_an_area_of_its_own(finder_factory):
    f = finder_factory()
    found = zones_in(f, "中国(安徽)自由贸易试验区合肥片区经开区块累计完成进出口额约326亿美元。")
    assert [z for _, z in found] == ["合肥自贸片区经开区块"]
    assert f.zones["合肥自贸片区经开区块"].parent == "合肥自贸片区"


def test_what_a_park_is_classed_as_is_no_park_s_name(finder_factory):
    f = finder_factory()
    assert [z for _, z in zones_in(f, "武宁工业园区属省级工业园区，企业总数达到260家。")] == ["武宁工业园区"]


def test_a_free_trade_block_by_its_short_name_later_is_the_block(finder_factory):
    f = finder_factory()
    text = normalize("中国(安徽)自由贸易试验区合肥片区经开区块迎来成立的第三个年头。自揭牌以来,经开区块共梳理制度创新事项62项。").text
    f.learn_aliases(text)
    zones = [l.zone for l in f.find(text) if l.what == "zone"]
    assert zones[-1] == "合肥自贸片区经开区块"


def test_a_place_a_name_and_a_weak_suffix_make_a_zone(finder_factory):
    f = finder_factory()
    assert [z for _, z in zones_in(f, "义乌国际陆港新区入驻企业100家。")] == ["义乌国际陆港新区"]
    assert [z for _, z in zones_in(f, "上海松江工业区实现产值200亿元。")] == ["松江工业区"]
    # a port is a one-character name: 天津 + 港 + 保税区
    assert [z for _, z in zones_in(f, "天津港保税区进出口总额增长6%。")] == ["天津港保税区"]
    assert [z for _, z in zones_in(f, "东营港经济开发区完成投资50亿元。")] == ["东营港经开区"]
    # a verb or a vague word between place and suffix is no name
    assert zones_in(f, "浙江某开发区新增企业。") == []
    assert zones_in(f, "成都推进新区建设。") == []


def test_a_county_whose_short_name_is_a_word_still_names_its_zone(finder_factory):
    f = finder_factory()
    assert [z for _, z in zones_in(f, "安宁工业园区实现工业总产值300亿元。")] == ["安宁工业园区"]
    # 大厂 (大厂回族自治县) opens the name; 白河 inside it is no county of its own
    assert [z for _, z in zones_in(f, "大厂潮白河工业区引进项目15个。")] == ["大厂潮白河工业区"]
    # the everyday word alone, or before a noun, is not a place
    assert zones_in(f, "环境安宁，企业安心。") == []
    assert zones_in(f, "新建开发区3个。") == []


def test_a_county_and_yuanqu_is_that_county_s_park(finder_factory):
    f = finder_factory()
    found = zones_in(f, "成都高新综合保税区双流园区进出口额增长12%。")
    assert [s for s, _ in found] == ["成都高新综合保税区", "双流园区"]
    assert f.zones["双流园区"].park and f.zones["双流园区"].parent == "成都高新综合保税区"
    assert [z for _, z in zones_in(f, "镇坪园区启动建设，岚皋园区完成投资3亿元。")] == ["镇坪园区", "岚皋园区"]
    # a province's or a city's parks together are no park
    assert zones_in(f, "全省园区实现产值1000亿元，广东园区数量增加，成都园区企业增多。") == []


def test_provincial_kinds_of_zone(finder_factory):
    f = finder_factory()
    cases = {
        "宁乡高新技术产业园区实现技工贸总收入1500亿元。": "宁乡高新区",
        "长葛市产业集聚区规上工业增加值增长10%。": "长葛产业集聚区",
        "连云港徐圩化工园区完成投资200亿元。": "连云港徐圩化工园区",
        "珠海高栏港经济区完成固定资产投资200亿元。": "珠海高栏港经济区",
        "武威市民勤红沙岗能源化工产业集聚区荣获进步奖。": "民勤红沙岗能源化工产业集聚区",
    }
    for text, zone in cases.items():
        assert [z for _, z in zones_in(f, text)] == [zone], text
    assert zones_in(f, "全省化工园区和各产业集聚区加快发展。") == []


def test_an_industrial_concentration_area_is_a_zone_only_by_its_own_name(finder_factory):
    f = finder_factory()
    # the province's full name before the city is no aggregate (省开发区 is one)
    assert [z for _, z in zones_in(f, "甘肃省临夏州和政县松鸣工业集中区入驻企业30户。")] == ["和政松鸣工业集中区"]
    assert [z for _, z in zones_in(f, "景泰县草窝滩工业集中区完成投资5亿元。")] == ["景泰草窝滩工业集中区"]
    # a county's bare 工业集中区 is the county's industry, not a zone
    assert [w for w, _ in zones_in(f, "和政县工业集中区完成产值10亿元。")] == []
    assert zones_in(f, "全县工业集中区和省开发区加快发展。") == []


def test_a_park_s_name_keeps_the_qu_printed_after_it(finder_factory):
    f = finder_factory()
    assert [s for s, _ in zones_in(f, "鹤壁电子信息产业园区实现营业收入100亿元。")] == ["鹤壁电子信息产业园区"]


def test_a_place_s_parks_together_are_no_park_but_a_named_park_is_one(finder_factory):
    f = finder_factory()
    assert zones_in(f, "广西县域工业园区实现产值100亿元，玉林市各县市区产业园加快建设。") == []
    assert [z for _, z in zones_in(f, "苏州纳米科技产业园入驻企业100家。")] == ["苏州纳米科技产业园"]
    assert [z for _, z in zones_in(f, "珲春中俄互市贸易区交易额增长20%。")] == ["珲春中俄互市贸易区"]
    # a border trade area named by its traders, not a place, is no zone
    assert zones_in(f, "由四个片区和边民互市贸易区组成。") == []


def test_a_park_named_after_its_zone_goes_by_its_own_name_too(finder_factory):
    f = finder_factory()
    found = zones_in(f, "位于长葛市产业集聚区宽沟工业园的企业增加到27户。")
    park = found[-1][1]
    assert f.zones[park].parent == "长葛产业集聚区" and "宽沟工业园" in f.zones[park].aliases


def test_parks_listed_by_their_own_names_are_parks(finder_factory):
    f = finder_factory()
    found = [s for s, _ in zones_in(f, "新规划开发石寨片区、青石片区、新塘片区，先后建设了云岭木业产业园、城东家具产业园等2个产业园。")]
    assert found == ["石寨片区", "青石片区", "新塘片区", "云岭木业产业园", "城东家具产业园"]
    # two alone are no list unless 等N个 closes it; generic words void the list
    assert zones_in(f, "重点发展生物医药产业园、新能源产业园。") == []
    assert zones_in(f, "全省重点产业园、各片区、特色产业园、三个片区加快发展。") == []


def test_a_bare_free_trade_zone_opening_a_clause_points_to_the_story_zone(tmp_path):
    # 自贸区 alone is no suffix of a name; it used to stop the whole load
    c = corpus_of(tmp_path, "ftz.txt", "中国(海南)自由贸易试验区洋浦片区昨日召开大会。\n"
                                       "今年以来，自贸区新增市场主体1200家，同比增长35%。\n")
    rows = c.figures[c.figures["raw"] == "1200家"]
    assert len(rows) == 1 and not c.problems
    assert "海南" in rows["zone_id"].iloc[0] and "洋浦" not in rows["zone_id"].iloc[0]  # the 自贸区, not its 片区


def test_a_national_level_printed_inside_a_city_zone_name_is_the_city_zone(finder_factory):
    f = finder_factory()
    found = zones_in(f, "前11个月，银川国家级经济技术开发区实现工业增加值3.7亿元；"
                        "江苏国家级经开区数量居全国第一，全省国家级高新区营收增长。")
    assert found == [("银川国家级经济技术开发区", "银川经开区")]


def test_a_verb_or_a_quantifier_before_a_zone_kind_makes_no_name(finder_factory):
    f = finder_factory()
    found = zones_in(f, "东疆综保区发展绩效领先。五年来，东疆立足综保区高质量发展，以及拓展综保区功能业态。"
                        "多项综保区制度创新成果纳入全国推广。杭州未来科技城新增企业。")
    assert [z for _, z in found] == ["东疆综合保税区", "杭州未来科技城"]


def test_a_verb_opening_a_list_of_parks_is_not_part_of_the_first_name(finder_factory):
    # "加快发展智能装备产业园、…": the plan's verb stands before the list, not in the park's name
    found = zones_in(finder_factory(), "该区将加快发展青松芯片产业园、滨湖汽车产业园、临港航材产业园等3个园区。")
    assert [z for _, z in found] == ["青松芯片产业园", "滨湖汽车产业园", "临港航材产业园"]


def test_a_city_s_one_character_short_form_names_its_zone(finder_factory):
    found = zones_in(finder_factory(), "哈经开区新开复工产业项目100个，哈高新区入驻企业179家。")
    assert [z for _, z in found] == ["哈尔滨经开区", "哈尔滨高新区"]


def test_a_zone_spoken_of_as_the_district_it_is_run_as(finder_factory):
    found = zones_in(finder_factory(), "合肥新站高新区规上工业增加值增长24.6%。合肥新站区成立工作专班，新站区还建立项目调度机制。")
    assert [z for _, z in found] == ["合肥新站高新区"] * 3
    # a real district of the same name is the district
    assert [z for _, z in zones_in(finder_factory(), "南昌东湖高新区成立。东湖区人口增长。")][1:] == []


def test_a_town_name_holding_jia_is_a_name_not_a_count(finder_factory):
    # 家 counts only after a numeral (十家企业); 海城 + 腾家 + 开发区 is a town's zone
    found = zones_in(finder_factory(), "今年，海城腾家开发区新增企业十家，十家开发区联合招商。")
    assert [z for _, z in found] == ["海城腾家开发区"]


def test_a_city_branch_of_a_brand_park_is_the_city_s_own_park(finder_factory):
    # 长沙·中关村 is not Beijing's 中关村科技园区, and its short form means the branch too
    found = zones_in(finder_factory(), "长沙·中关村已签约项目12个。长沙·中关村科技园一期投产。")
    assert [z for _, z in found] == ["长沙·中关村科技园"] * 2


def test_a_two_country_park_named_with_its_host_city(finder_factory):
    found = zones_in(finder_factory(), "今年，中意宁波生态园新签约项目18个。")
    assert [z for _, z in found] == ["中意宁波生态园"]


def test_one_quoted_park_built_by_a_zone_is_a_park(finder_factory):
    found = zones_in(finder_factory(), "在东区重点规划建设“智能装备产业园”，打造“千亿级产业园”。")
    assert [z for _, z in found] == ["智能装备产业园"]


def test_a_zone_s_branch_run_by_another_authority(finder_factory):
    f = finder_factory()
    found = zones_in(f, "库尔勒经济技术开发区兵团分区完成投资8亿元，哈密兵团分区新签项目5个。")
    assert [z for _, z in found] == ["库尔勒经济技术开发区兵团分区", "哈密兵团分区"]
    assert f.zones["库尔勒经济技术开发区兵团分区"].parent == "库尔勒经开区"


def test_a_policy_verb_is_not_part_of_a_zone_name(finder_factory):
    found = zones_in(finder_factory(), "南昌高新区深耕主导产业，制定高新区“4610”行动计划，制定高新区产业规划，"
                                       "政策从国家到省再到高新区层层落实，再到高新区企业走访。")
    assert [z for _, z in found] == ["南昌高新区"]


def test_places_sharing_one_suffix_each_keep_the_full_name_as_alias(finder_factory):
    f = finder_factory()
    found = zones_in(f, "喀什、霍尔果斯经济开发区加快发展。")
    assert [z for _, z in found] == ["喀什经开区", "霍尔果斯经开区"]
    assert "喀什经济开发区" in f.zones["喀什经开区"].aliases


def test_places_counted_before_one_shared_kind_name_a_zone_each(finder_factory):
    f = finder_factory()
    found = zones_in(f, "全市设立经开区，分别是增城、花都和从化三个国家级经济技术开发区。")
    assert [z for _, z in found] == ["增城经开区", "广州花都经开区", "从化经开区"]
    # the count must be the places listed: two places and 四个 name no zone
    assert zones_in(finder_factory(), "增城和花都四个国家级经济技术开发区联合招商。") == []


def test_a_joint_before_a_place_that_is_also_a_word(finder_factory):
    found = zones_in(finder_factory(), "设立从化经济开发区以及白云工业园区。随着两路寸滩保税港区企业投产。")
    assert [z for _, z in found] == ["从化经开区", "白云工业园区", "两路寸滩保税港区"]


def test_a_province_printed_with_sheng_before_a_kind_is_all_its_zones(finder_factory):
    # 湖北省高新区 are Hubei's zones together; a speaker's 相信 is no zone's name
    found = zones_in(finder_factory(), "营业收入分别占同期湖北省高新区的61.41%。相信经开区将成为沃土。")
    assert found == []


def test_a_city_that_signs_projects_is_the_subject_not_a_project_s_name(finder_factory):
    f = finder_factory()
    t = normalize("今年前三季度，贵港市签约招商引资项目272个。").text
    places = [t[l.start:l.end] for l in f.find(t) if l.what == "place"]
    assert places == ["贵港市"]


def test_a_county_s_park_by_the_county_s_name(finder_factory):
    found = zones_in(finder_factory(), "今年，宾阳工业园新增企业12家，全市产业园区加快发展。")
    assert [z for _, z in found] == ["宾阳工业园"]


def test_a_city_s_parks_together_and_a_zone_in_time_to_come_are_no_zones(finder_factory):
    found = zones_in(finder_factory(), "上饶市工业园区经济运行良好，新田县工业园区产值增长。未来高新区将成为增长极。")
    assert [z for _, z in found] == ["新田工业园区"]


def test_a_zone_word_after_its_year_and_a_description_before_a_dash(finder_factory):
    f = finder_factory()
    t = normalize("外经贸工作长足进步，2018年高新区完成进出口总额397.6亿元。").text
    assert [l.what for l in f.find(t)] == ["anaphor"]
    # 临平区国家级开发区 describes the zone after the dash, it names no zone of its own
    found = zones_in(finder_factory(), "杭州市临平区国家级开发区——杭州余杭经济技术开发区新增千亿级平台。")
    assert [z for _, z in found] == ["杭州余杭经开区"]
