"""Which zone each figure lands in, on short articles written for the test:
the figures follow the story — its own article on a shared page, the zone
that sums a paragraph up, the story a company's paragraph sits in — while
national, provincial, city-wide and many-zone totals belong to no zone, and a
park's figures stay the park's."""
from __future__ import annotations

import pytest

from zoneprofiles.pipeline import load_corpus


def corpus_of(tmp_path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_corpus([path], use_cache=False, workers=0)


def zones_of(corpus, raw: str) -> list[str]:
    """The zone of every figure row printed as `raw`."""
    rows = corpus.figures[corpus.figures["raw"] == raw]
    return list(rows["zone_id"])


def zone_id(corpus, name: str) -> str:
    zid = corpus.find_zone(name)
    assert zid, f"{name} is not a zone: {list(corpus.zones['name'])}"
    return zid


# --- 1. stories sharing a page ---------------------------------------------------------

STORY_A = "2023年，芜湖经开区新能源汽车产量达到28万辆，同比增长41.2%。\n\n整车出口交付量超过4.6万辆。\n"
# the second story names its zone in its headline and only after its figures
STORY_B = ("去年海洋生产总值突破95亿元，同比增长13.6%。\n\n海洋科技企业新增37家。\n\n"
           "烟台高新区管委会负责人表示，今年将继续做强蓝色引擎。\n")

PAGES = {
    "source line under each headline": (
        "芜湖经开区新能源汽车产销两旺\n\n来源：江淮晨报\n\n" + STORY_A +
        "\n烟台高新区海洋经济提速\n\n来源：胶东日报\n\n" + STORY_B),
    "source note closing the first story": (
        "# 芜湖经开区新能源汽车产销两旺\n\n" + STORY_A + "\n(来源：江淮晨报)\n\n"
        "烟台高新区海洋经济提速\n\n" + STORY_B),
    "marked byline of a story whose headline was lost": (
        "# 芜湖经开区新能源汽车产销两旺\n\n" + STORY_A + "\n◎本报记者 孙涛 通讯员 于洋\n\n" + STORY_B),
    "headline after a run of blank lines": (
        "# 芜湖经开区新能源汽车产销两旺\n\n" + STORY_A + "\n\n\n\n烟台高新区海洋经济提速\n\n" + STORY_B),
    "headline over a dateline": (
        "# 芜湖经开区新能源汽车产销两旺\n\n" + STORY_A + "\n烟台高新区海洋经济提速\n\n本报讯 " + STORY_B),
}


@pytest.mark.parametrize("layout", PAGES, ids=list(PAGES))
def test_second_story_on_a_page_keeps_its_own_figures(tmp_path, layout):
    corpus = corpus_of(tmp_path, PAGES[layout])
    wuhu, yantai = zone_id(corpus, "芜湖经开区"), zone_id(corpus, "烟台高新区")
    assert len(corpus.articles) == 2
    assert zones_of(corpus, "28万辆") == [wuhu]
    assert zones_of(corpus, "41.2%") == [wuhu]
    assert zones_of(corpus, "超过4.6万辆") == [wuhu]
    assert zones_of(corpus, "突破95亿元") == [yantai]
    assert zones_of(corpus, "13.6%") == [yantai]
    assert zones_of(corpus, "37家") == [yantai]


def test_sub_headings_of_a_feature_keep_its_figures_together(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 潍坊高新区动力装备产业提质\n\n◎本报记者 刘畅\n\n"
        "2023年，潍坊高新区动力装备产业产值达到1260亿元。\n\n"
        "链主企业带动明显\n\n配套企业增加到310家，本地配套率提高到68%。\n\n"
        "## 创新平台加速集聚\n\n新建省级以上研发平台14个。\n"))
    weifang = zone_id(corpus, "潍坊高新区")
    assert len(corpus.articles) == 1
    for raw in ("1260亿元", "310家", "68%", "14个"):
        assert zones_of(corpus, raw) == [weifang], raw


def test_sub_heading_naming_another_zone_opens_its_section(tmp_path):
    # a page the splitter cannot cut (no byline, dateline or gap): the heading
    # that names a zone still says whose paragraphs follow
    corpus = corpus_of(tmp_path, (
        "# 芜湖经开区新能源汽车产销两旺\n\n" + STORY_A + "\n烟台高新区海洋经济提速\n\n" + STORY_B))
    yantai = zone_id(corpus, "烟台高新区")
    assert zones_of(corpus, "突破95亿元") == [yantai]
    assert zones_of(corpus, "37家") == [yantai]
    assert zones_of(corpus, "28万辆") == [zone_id(corpus, "芜湖经开区")]


def test_a_caption_naming_another_zone_opens_no_section(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 北海高新区电子信息产业提速\n\n◎本报记者 林一\n\n北海高新区一季度电子信息产业产值增长28%。\n\n"
        "南宁经开区展示中心\n\n今年以来，北海高新区新增电子信息企业16家。\n\n"
        "产业链配套率提高到61%。\n"))
    beihai = zone_id(corpus, "北海高新区")
    assert zones_of(corpus, "61%") == [beihai]


# --- 2. a zone named after its figures -------------------------------------------------

def test_zone_named_after_the_figures_of_its_sentence(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 一季度各地开发区经济观察\n\n◎本报记者 沈青\n\n"
        "今年一季度，规上工业总产值增长22.4%，固定资产投资增长18.9%……衢州经开区实现开门红。\n\n"
        "一季度，实际利用外资1.8亿美元，进出口总额同比增长15.2%，丽水经开区交出亮眼成绩单。\n\n"
        "金华经开区一季度新签约项目26个，德清经开区紧随其后。\n"))
    quzhou, lishui = zone_id(corpus, "衢州经开区"), zone_id(corpus, "丽水经开区")
    assert zones_of(corpus, "22.4%") == [quzhou]
    assert zones_of(corpus, "18.9%") == [quzhou]
    assert zones_of(corpus, "1.8亿美元") == [lishui]
    assert zones_of(corpus, "15.2%") == [lishui]
    # a zone named before the number keeps it
    assert zones_of(corpus, "26个") == [zone_id(corpus, "金华经开区")]


def test_paragraph_summed_up_by_the_zone_at_its_end(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 开发区半年报\n\n◎本报记者 沈青\n\n"
        "温州经开区上半年引进项目18个。\n\n"
        "上半年，数字经济核心产业营收增长31.7%。集成电路企业新增12家。台州经开区由此跻身全省前列。\n"))
    assert zones_of(corpus, "31.7%") == [zone_id(corpus, "台州经开区")]
    assert zones_of(corpus, "12家") == [zone_id(corpus, "台州经开区")]
    assert zones_of(corpus, "18个") == [zone_id(corpus, "温州经开区")]


def test_a_zone_named_later_only_as_a_place_or_a_part_does_not_take_the_figures(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 衢州经开区氟硅产业再上台阶\n\n◎本报记者 沈青\n\n"
        "衢州经开区氟硅新材料产业集群去年产值达到480亿元。\n\n"
        "该集群的龙头项目总投资36亿元，建成后将与丽水经开区的配套企业协同。\n\n"
        "全年完成产值480亿元，其中，绍兴高新区配套企业贡献了一部分。\n"))
    quzhou = zone_id(corpus, "衢州经开区")
    assert zones_of(corpus, "36亿元") == [quzhou]


# --- 3. a company's paragraph stays with its story ------------------------------------

def test_company_paragraph_keeps_the_zone_of_its_story(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 集成电路产业链加速成形\n\n◎本报记者 沈青\n\n"
        "2023年，绍兴高新区集成电路产业规模达到560亿元，同比增长16.4%。\n\n"
        "越芯微电子有限公司是链上的龙头企业。公司去年实现营收48亿元，研发投入超过6亿元。\n\n"
        "据悉，该公司二期项目总投资约110亿元。\n\n"
        "另据了解，宁波高新区近期也在谋划集成电路项目。宁波高新区计划新增投资30亿元。\n"))
    shaoxing, ningbo = zone_id(corpus, "绍兴高新区"), zone_id(corpus, "宁波高新区")
    for raw in ("560亿元", "48亿元", "超过6亿元", "约110亿元"):
        assert zones_of(corpus, raw) == [shaoxing], raw
    assert zones_of(corpus, "30亿元") == [ningbo]


def test_company_paragraph_before_any_zone_takes_the_articles_zone(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 蚌埠高新区玻璃新材料企业扩产\n\n◎本报记者 沈青\n\n"
        "凯盛新材料公司去年实现营收21亿元，新建生产线3条。\n\n"
        "蚌埠高新区相关负责人介绍，今年将继续支持企业扩能。\n"))
    bengbu = zone_id(corpus, "蚌埠高新区")
    assert zones_of(corpus, "21亿元") == [bengbu]
    assert zones_of(corpus, "3条") == [bengbu]


# --- 4. aggregates are nobody's -------------------------------------------------------

def test_national_provincial_and_city_totals_are_not_the_zones(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 铜陵经开区铜基新材料产业提速\n\n◎本报记者 沈青\n\n"
        "2023年，铜陵经开区铜基新材料产业产值达到820亿元。\n\n"
        "全国铜加工材产量增长4.7%。全省规上工业增加值增长7.5%。全市外贸进出口增长3.3%。\n\n"
        "我国有色金属行业营收增长2.6%。安徽省新材料产业产值增长9.9%，铜陵市研发投入增长6.4%。\n\n"
        "各地新签约铜基项目210个。全区新增高新技术企业57家。\n"))
    tongling = zone_id(corpus, "铜陵经开区")
    assert zones_of(corpus, "820亿元") == [tongling]
    assert zones_of(corpus, "57家") == [tongling]  # 全区 points back to the zone
    for raw in ("4.7%", "7.5%", "3.3%", "2.6%", "9.9%", "6.4%", "210个"):
        assert zones_of(corpus, raw) == [], raw


def test_plural_zone_totals_are_not_a_zones(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 清河高新区发布年度成绩单\n\n◎本报记者 沈青\n\n"
        "淮安清河高新区是国家高新区，2023年实现营业收入1130亿元。\n\n"
        "178家国家高新区营业收入增长8.8%。国家高新区研发投入增长12.9%。"
        "国家级经开区进出口总额增长5.5%。全省开发区实际使用外资增长7.7%。\n\n"
        "全国217个国家级经开区实现地区生产总值15.1万亿元。该区新签约项目46个。\n"))
    zone = zone_id(corpus, "清河高新区")
    assert zones_of(corpus, "1130亿元") == [zone]  # a status (是国家高新区) blocks nothing
    assert zones_of(corpus, "46个") == [zone]
    for raw in ("8.8%", "12.9%", "5.5%", "7.7%", "15.1万亿元", "178家", "217个"):
        assert zones_of(corpus, raw) == [], raw


# --- 5. parks ---------------------------------------------------------------------------

def test_park_figures_stay_on_the_park_and_the_park_keeps_its_zone(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 嘉兴经开区数字产业再添新载体\n\n◎本报记者 林一\n\n"
        "近日，位于嘉兴经济技术开发区的嘉兴智慧产业园二期开园，园区已入驻企业86家，去年实现产值24亿元。\n\n"
        "嘉兴经开区全年实现数字经济核心产业增加值180亿元。全区新增高新技术企业40家。\n"))
    zone, park = zone_id(corpus, "嘉兴经开区"), zone_id(corpus, "嘉兴智慧产业园")
    assert corpus.zone(park)["parent_id"] == zone
    assert zones_of(corpus, "86家") == [park]
    assert zones_of(corpus, "24亿元") == [park]
    assert zones_of(corpus, "180亿元") == [zone]
    assert zones_of(corpus, "40家") == [zone]  # 全区 is the zone, not the park named before


def test_park_in_a_list_of_projects_does_not_take_the_count(tmp_path):
    corpus = corpus_of(tmp_path, (
        "# 泰州高新区重大项目集中开工\n\n◎本报记者 林一\n\n"
        "泰州高新区今年集中开工一批项目，包括泰州医药科创园、新型疫苗产业化项目等19个项目，总投资约260亿元。\n"))
    zone = zone_id(corpus, "泰州高新区")
    assert zones_of(corpus, "19个") == [zone]


def test_figures_listed_after_respectively_go_to_the_zones_listed_in_order(tmp_path):
    """"A、B和C…分别增长x、y、z": each figure is the zone at its place in the list,
    not the zone named last."""
    c = corpus_of(tmp_path, "一季度园区经济稳步回升\n\n"
                  "一季度，苏州工业园区、昆山高新区和张家港保税区的进出口额分别增长9.4%、6.1%、3.8%。"
                  "昆山高新区新增企业35家。\n")
    assert zones_of(c, "9.4%") == [zone_id(c, "苏州工业园区")]
    assert zones_of(c, "6.1%") == [zone_id(c, "昆山高新区")]
    assert zones_of(c, "3.8%") == [zone_id(c, "张家港保税区")]


def test_figures_after_respectively_joined_by_he_still_count_as_the_list(tmp_path):
    """"…分布在A、B和C，分别为36家、14家和9家": the last figure, joined by 和, is
    the last zone's, not the figure list's second."""
    c = corpus_of(tmp_path, "园区企业分布\n\n"
                  "营业收入超10亿元的企业共61家，主要分布在临沂经开区、日照高新区和青岛前湾保税港区，"
                  "分别为31家、18家和12家。\n")
    assert zones_of(c, "31家") == [zone_id(c, "临沂经开区")]
    assert zones_of(c, "18家") == [zone_id(c, "日照高新区")]
    assert zones_of(c, "12家") == [zone_id(c, "青岛前湾保税港区")]
    # the zone after 和 keeps its own name, and the joints of the list are no part of a label
    labels = set(c.figures[c.figures["raw"].isin(["31家", "18家", "12家"])]["label"])
    assert labels == {"营业收入超10亿元的企业"}
    c = corpus_of(tmp_path, "一季度，临沂经开区、日照高新区和青岛前湾保税港区的进出口额分别增长9.4%、6.1%、3.8%。\n",
                  name="second.txt")
    assert zones_of(c, "3.8%") == [zone_id(c, "青岛前湾保税港区")]
    assert set(c.figures["label"]) == {"进出口额"}


def test_an_airport_s_group_of_a_semicolon_list_is_not_the_port_zone_s_before_it(tmp_path):
    c = corpus_of(tmp_path, "滨江新区三年目标\n\n到2027年，滨江新区地区生产总值达到2600亿元；"
                            "临江综合保税区形成50万标箱吞吐能力；"
                            "滨江国际机场建成区域枢纽，旅客吞吐量达到1800万人次，货邮吞吐量达到25万吨；"
                            "临江综合保税区实现进出口额90亿美元。\n")
    new_area, bonded = zone_id(c, "滨江新区"), zone_id(c, "临江综合保税区")
    assert zones_of(c, "1800万人次") == [new_area]
    assert zones_of(c, "25万吨") == [new_area]
    # the bonded zone's own groups stay its own
    assert zones_of(c, "50万标箱") == [bonded]
    assert zones_of(c, "90亿美元") == [bonded]


def test_a_port_named_in_its_zone_s_own_sentence_stays_with_the_zone(tmp_path):
    c = corpus_of(tmp_path, "临江综合保税区一季度运行良好。\n\n"
                            "一季度，临江综合保税区进出口额增长12%。码头完成集装箱吞吐量30万标箱。\n")
    assert zones_of(c, "30万标箱") == [zone_id(c, "临江综合保税区")]


def test_documents_cited_before_the_zone_are_the_zone_s_and_a_title_line_after_a_colon(tmp_path):
    """The places inside 《》 issued the documents; the zone the sentence is about
    applies them. A first line "…政策:X关于…的意见" names X's document."""
    c = corpus_of(tmp_path, "临沂经开区企业奖励政策:临沂经开区关于加快培育创新型企业的实施意见\n"
                  "为贯彻《国务院关于推动国家级经济技术开发区创新提升的意见》,结合《中共临沂市委关于建设创新城市的意见》"
                  "及临沂市发展要求,临沂经开区坚持创新驱动。\n"
                  "到2027年,全区培育科技型企业500家。\n")
    zone = zone_id(c, "临沂经开区")
    titles = set(c.policies[c.policies["zone_id"] == zone]["title"])
    assert {"国务院关于推动国家级经济技术开发区创新提升的意见", "中共临沂市委关于建设创新城市的意见",
            "临沂经开区关于加快培育创新型企业的实施意见"} <= titles


def test_a_city_s_document_issued_before_the_zone_is_named_stays_the_city_s(tmp_path):
    c = corpus_of(tmp_path, "新闻\n\n临沂市出台《关于支持先进制造业发展的若干措施》,临沂经开区积极落实。\n")
    assert c.policies.empty or c.find_zone("临沂经开区") not in set(c.policies["zone_id"])


def test_a_known_zone_s_short_name_before_a_zone_suffix_names_another_zone(tmp_path):
    c = corpus_of(tmp_path, "前海\n\n前海综合保税区进出口额增长15%。\n")
    assert zones_of(c, "15%") == [zone_id(c, "前海综合保税区")]
    assert c.find_zone("前海综合保税区") != c.find_zone("前海合作区")


def test_yuanqu_in_a_park_s_story_stays_the_park_when_its_zone_is_named(tmp_path):
    """"园区…是临沂经开区工业经济的主战场。园区共有企业…": the park's own zone named
    in its story leaves 园区 the park; its share of 全区 is the park's share."""
    c = corpus_of(tmp_path, "智能装备产业园\n\n"
                  "2022年，临沂经开区智能装备产业园管理办公室正式挂牌。\n\n"
                  "园区规划面积30.5平方公里，是临沂经开区工业经济的主战场。目前，园区共有各类企业1295家，"
                  "项目签约额完成全年目标98.8%，工业产值占全区比重达76.2%。\n")
    park = zone_id(c, "临沂经开区智能装备产业园")
    for raw in ("1295家", "98.8%", "76.2%"):
        assert zones_of(c, raw) == [park], raw
    row = c.figures[c.figures["raw"] == "98.8%"].iloc[0]
    assert (row["label"], row["measure"]) == ("项目签约额", "share")


def test_figures_of_several_zones_counted_together_are_no_one_zone_s(tmp_path):
    """"11个重点园区实现营业收入…" in a province's roundup: a sum over the parks,
    and the paragraph's next sentences go on about them; a park's own figures stay its own."""
    c = corpus_of(tmp_path, "海西自贸港重点园区上半年运行\n\n"
                  "海西自由贸易港的重点园区发展迅速。今年上半年,9个重点园区实现营业收入2801.5亿元,同比增长41.1%;"
                  "实现税收收入196.7亿元。新增企业12025家,同比增长66.3%。\n\n"
                  "上述三个园区新增企业数量占9个重点园区新增企业总数的59%。\n\n"
                  "洋湾经济开发区实现营业收入1809.9亿元。\n")
    for raw in ("2801.5亿元", "41.1%", "196.7亿元", "12025家", "59%"):
        assert zones_of(c, raw) == [], raw
    assert zones_of(c, "1809.9亿元") == [zone_id(c, "洋湾经济开发区")]


def test_a_zone_s_own_count_of_parks_after_its_name_stays_the_zone_s(tmp_path):
    c = corpus_of(tmp_path, "新闻\n\n今年以来，临沂经开区3个产业园区新签约项目42个。\n")
    assert zones_of(c, "42个") == [zone_id(c, "临沂经开区")]


def test_a_place_in_brackets_after_a_zone_qualifies_it_and_its_paragraph_stays_the_zone_s(tmp_path):
    c = corpus_of(tmp_path, "半年报\n\n7月26日,山西综改示范区(太原区域)经济半年报出炉,完成地区生产总值230.46亿元,同比增长14.1%。"
                  "第二产业占GDP比重为78.3%,实现增加值180.38亿元。\n")
    zone = zone_id(c, "山西综改示范区")
    for raw in ("230.46亿元", "78.3%", "180.38亿元"):
        assert zones_of(c, raw) == [zone], raw


def test_parks_listed_by_name_are_zones_but_the_story_stays_on_their_zone(tmp_path):
    # a zone that lists its parks by their own names (no place before them):
    # the parks are found, and what follows is still the zone's
    corpus = corpus_of(tmp_path, (
        "容县经济开发区先后建设了石寨木业加工产业园、城南五金配件产业园、十里陶艺文创产业园等3个专业化产业园，"
        "在石寨片区重点规划建设“光电材料特色产业园”“家居用品特色产业园”。\n\n"
        "2024年，园区实现工业总产值128.6亿元，同比增长9.3%。\n"))
    for park in ("石寨木业加工产业园", "城南五金配件产业园", "十里陶艺文创产业园", "光电材料特色产业园"):
        assert corpus.find_zone(park), park
    zone = zone_id(corpus, "容县经济开发区")
    assert zones_of(corpus, "128.6亿元") == [zone]
    assert zones_of(corpus, "9.3%") == [zone]


def test_a_province_before_its_part_is_the_whole_not_the_subject(tmp_path):
    c = corpus_of(tmp_path, "深圳前海蛇口自贸片区集聚了广东省1/6的进出口和1/3的实际外资。\n")
    zid = zone_id(c, "前海蛇口自贸片区")
    assert zones_of(c, "1/6") == [zid] and zones_of(c, "1/3") == [zid]


def test_areas_named_by_their_cities_keep_the_figures_on_the_zone(tmp_path):
    c = corpus_of(tmp_path, "湖北自贸区挂牌以来不断深化改革。截至9月底，武汉、襄阳、宜昌三大片区共新增市场主体19657家。\n\n"
                            "据介绍，新设企业中，外资企业151家，合同外资33亿美元。\n")
    zid = zone_id(c, "湖北自贸区")
    assert zones_of(c, "19657家") == [zid] and zones_of(c, "151家") == [zid] and zones_of(c, "33亿美元") == [zid]


def test_a_zone_with_its_second_title_in_brackets_takes_the_figures_before_it(tmp_path):
    c = corpus_of(tmp_path, "株洲高新区一季度规模工业总产值增长38.9%。\n\n"
                            "规模工业总产值同比增长35.6%，固定资产投资同比增长30.7%……"
                            "在创新战略的引领下，醴陵经开区(高新区)实现一季度“开门红”。\n")
    zid = zone_id(c, "醴陵经开区")
    assert zones_of(c, "35.6%") == [zid] and zones_of(c, "30.7%") == [zid]


def test_a_bare_new_area_after_a_sub_heading_is_the_new_area_named_above(tmp_path):
    # a sub-heading after a wide gap reads as a story of its own; its bare 新区 is still
    # the 新区 the article named, and its 今年 the year of the article's dateline
    c = corpus_of(tmp_path, "湘江新区跑出加速度\n时间:2024-10-30 09:58:37 来源:长沙晚报\n\n"
                            "今年以来，湖南湘江新区以一往无前的态势奋力奔跑。\n\n\n\n"
                            "制造变智造，新区产业焕新升级\n\n"
                            "今年前三季度，新区直属区GDP增长5.2%；规上工业增加值增长9.5%。\n")
    zid = zone_id(c, "湘江新区")
    assert zones_of(c, "5.2%") == [zid] and zones_of(c, "9.5%") == [zid]
    row = c.figures.set_index("raw").loc["5.2%"]
    assert int(row["year"]) == 2024


def test_a_bare_new_area_with_no_new_area_in_the_file_points_nowhere(tmp_path):
    # 新区 of a city (its new town) is no zone: the high-tech zone named above keeps only its own
    c = corpus_of(tmp_path, "青山高新区新闻\n\n青山高新区今年新增企业30家。\n\n\n\n城市更新\n\n"
                            "新区建设提速，新区人口增长5%。\n")
    assert zones_of(c, "30家") == [zone_id(c, "青山高新区")]
    assert zones_of(c, "5%") == []


def test_zones_a_zone_works_with_do_not_take_its_figures(tmp_path):
    c = corpus_of(tmp_path, "银川经开区年度回顾\n\n2023年，银川经开区实现工业总产值520亿元。"
                            "与西宁经开区、拉萨经开区等建立友好合作关系并签订战略合作协议。"
                            "全年共有151个项目列入全市投资项目清单，全区高新技术企业累计达85家。\n")
    zid = zone_id(c, "银川经开区")
    assert zones_of(c, "151个") == [zid] and zones_of(c, "85家") == [zid]


def test_a_zone_s_parts_of_its_city_are_its_own_shares(tmp_path):
    c = corpus_of(tmp_path, "烟台片区以全市千分之二的土地，创造了全市三分之一的实际外资和近二分之一的外贸进出口。\n")
    zid = zone_id(c, "烟台片区")
    rows = c.figures.set_index("raw")
    for raw in ("千分之二", "三分之一", "近二分之一"):
        assert rows.loc[raw, "zone_id"] == zid and rows.loc[raw, "measure"] == "share", raw


def test_a_zone_another_plans_is_not_the_subject_of_the_clauses_after_it(tmp_path):
    c = corpus_of(tmp_path, "长春新区经济增速领跑\n\n长春新区系统谋划长春北湖科学城，生物医药产业产值上半年增长77.1%，"
                            "特色产业园区总数达到45个。\n")
    zid = zone_id(c, "长春新区")
    assert zones_of(c, "77.1%") == [zid] and zones_of(c, "45个") == [zid]


def test_a_zone_named_after_figures_it_beats_the_province_and_city_on_takes_them(tmp_path):
    # "…增速4.9%，高于省市平均水准——青山高新区…": the province and city are what it is
    # compared with, the zone after the dash is the subject (a nav bar naming a province above)
    c = corpus_of(tmp_path, "要闻 | 老外在吉林 | 视频\n原标题:上半年GDP完成41.2亿元、增速4.9%,"
                            "高于省市平均水准——青山高新区经济增速领跑\n")
    zid = zone_id(c, "青山高新区")
    assert zones_of(c, "41.2亿元") == [zid] and zones_of(c, "4.9%") == [zid]


def test_an_area_given_to_a_name_is_that_park_s_and_the_park_is_found(tmp_path):
    c = corpus_of(tmp_path, "南沙新区去年新增企业300家。南沙规划建设了23平方公里的粤港智造合作产业园，"
                            "横琴粤澳深度合作区打造8平方公里的琴澳科创产业园。\n")
    assert zones_of(c, "23平方公里") == [zone_id(c, "粤港智造合作产业园")]
    assert zones_of(c, "8平方公里") == [zone_id(c, "琴澳科创产业园")]
    areas = c.figures[c.figures["raw"] == "23平方公里"]
    assert list(areas["label"]) == ["规划面积"]


def test_a_project_s_figure_goes_to_the_zone_it_is_located_in(tmp_path):
    # a zone's news page reports another city's zone: the project is that zone's
    c = corpus_of(tmp_path, "成都高新区动态。5月8日，总投资1.5亿欧元、位于无锡空港经开区的德国精工项目开工。\n")
    assert zones_of(c, "1.5亿欧元") == [zone_id(c, "无锡空港经开区")]


def test_the_zone_another_zone_is_said_to_be_is_not_the_subject_after(tmp_path):
    c = corpus_of(tmp_path, "溧阳高新区是中关村在北京市外设立的第一个科技产业园区。2023年，实现规上工业总产值2203亿元，"
                            "同比增长18%。\n")
    assert zones_of(c, "2203亿元") == [zone_id(c, "溧阳高新区")]
