"""What a figure means, on sentences written for these tests: the sign of a
fall, growth against level and share, target against estimate against actual,
periods carried through a paragraph, labels that name the measure, canonical
metrics, whose number it is, and numbers that are no zone's key figure."""
from __future__ import annotations

import pytest

from zoneprofiles.extract.figures import Chain, chain_after, figures_in
from zoneprofiles.extract.metrics import default_metrics
from zoneprofiles.pipeline import load_corpus


def read(*sentences: str) -> dict[str, object]:
    """raw -> FigureHit over consecutive sentences of one paragraph."""
    out, chain = {}, Chain()
    for text in sentences:
        hits = figures_in(text, 0, len(text), [], chain=chain)
        chain = chain_after(chain, text, 0, len(text), hits)
        out.update({h.quantity.raw: h for h in hits})
    return out


def test_falls_are_negative():
    h = read("园区规上工业增加值同比下降3.2%，单位能耗降低了4.5%，审批时限缩短40%。")
    assert h["3.2%"].value == -3.2 and h["3.2%"].measure == "growth"
    assert h["4.5%"].value == -4.5
    assert h["40%"].value == -40
    assert h["3.2%"].label == "规上工业增加值"


def test_a_rise_stays_positive_and_a_level_is_a_level():
    h = read("全年实现营业收入860亿元，同比增长12.5%。")
    assert (h["860亿元"].measure, h["860亿元"].value) == ("level", 860e8)
    assert (h["12.5%"].measure, h["12.5%"].value) == ("growth", 12.5)
    assert h["12.5%"].label == "营业收入"  # the growth names what grew


def test_every_item_of_a_plan_is_a_target():
    h = read("到2027年，白鹭经开区规上工业总产值突破1800亿元，高新技术企业不少于900家，"
             "研发投入强度达到4.2%。")
    assert {x.basis for x in h.values()} == {"target"}
    assert h["突破1800亿元"].period == "2027年"


def test_a_target_list_runs_across_semicolons_and_a_growth_target_is_both():
    h = read("今年主要预期目标：地区生产总值增长6.5%以上；", "固定资产投资达到420亿元；",
             "外贸进出口保持稳定。")
    assert (h["6.5%以上"].measure, h["6.5%以上"].basis) == ("growth", "target")
    assert h["420亿元"].basis == "target"


def test_an_estimate_is_not_a_target():
    h = read("项目建成后预计年产值可达45亿元，有望带动就业1200人。")
    assert h["45亿元"].basis == "estimate"
    assert h["1200人"].basis == "estimate"


def test_what_was_done_is_actual_even_after_an_estimate():
    h = read("2021年至2023年，分别完成工业投入40.2亿元、52.6亿元、61亿元，预计年均增长23%；"
             "分别完成税收12亿元、15亿元。")
    assert h["40.2亿元"].basis == "actual" and h["61亿元"].basis == "actual"
    assert h["23%"].basis == "estimate"
    assert h["12亿元"].basis == "actual"


def test_an_estimate_stays_in_its_own_clause():
    h = read("1-9月园区实现营收90亿元，全年预计实现营收130亿元；", "全年工业开票销售189.1亿元；",
             "预计全年税收20亿元，增长10%。")
    assert h["130亿元"].basis == "estimate"
    assert h["189.1亿元"].basis == "actual"  # the ；-clause after a 预计 states what was done
    assert h["20亿元"].basis == "estimate" and h["10%"].basis == "estimate"
    assert h["189.1亿元"].label == "工业开票销售"


def test_a_slogan_named_as_the_goal_makes_no_target():
    h = read("围绕“招大引强、投小育新”目标，园区组建20亿元母基金和4支子基金。")
    assert h["20亿元"].basis == "actual" and h["4支"].basis == "actual"


def test_after_a_joint_a_figure_of_another_unit_is_another_thing():
    h = read("园区组建20亿元母基金和4支子基金，项目总投资50亿元和用工3000人。")
    assert h["20亿元"].label == "母基金" and h["4支"].label == "子基金"
    assert h["50亿元"].label == "项目总投资" and h["3000人"].label == "用工"


def test_the_period_runs_through_the_clauses_and_the_paragraph():
    h = read("今年1-9月，园区规上工业增加值增长16.4%；", "固定资产投资增长0.8%；",
             "工业投资增长28.8%。", "社会消费品零售总额完成52亿元。")
    assert {h[r].period for r in ("16.4%", "0.8%", "28.8%", "52亿元")} == {"今年1-9月"}


def test_a_part_of_a_year_printed_after_the_year_is_that_year_s():
    h = read("到2019年年底，累计入驻企业63家，全年完成营业收入7.2亿元，上半年实现税收3100万元。")
    assert h["7.2亿元"].period == "2019年全年" and h["3100万元"].period == "2019年上半年"
    # a year a range begins with, or one of comparison, gives no other period its year
    h = read("2018年以来累计引进项目40个，全年新增企业12家。")
    assert h["12家"].period == "全年"


def test_a_period_after_a_dash_still_opens_the_clauses():
    h = read("松北经开区全力推动经济高位运行——今年前三季度，规上工业增加值增长9.5%、工业投资增长20.1%。")
    assert h["9.5%"].period == h["20.1%"].period == "今年前三季度"


def test_a_comparison_base_is_no_period():
    h = read("截至9月，市场主体达到36581户，较2023年末净增11152户。")
    assert h["11152户"].period == "9月"
    assert h["11152户"].label.startswith("市场主体")


def test_a_list_shares_its_unit_and_its_sign():
    h = read("三大产业增速较上月分别下降4.6、0.2、5.0个百分点。")
    assert [h[r].value for r in ("4.6", "0.2", "5.0个百分点")] == [-4.6, -0.2, -5.0]
    assert {h[r].unit if hasattr(h[r], "unit") else h[r].quantity.unit
            for r in ("4.6", "0.2")} == {"个百分点"}


def test_shares_are_shares():
    h = read("自贸片区以占全省不到百分之一的面积，贡献了6.5%的新增注册企业、9.2%的税收收入。")
    assert h["6.5%"].measure == "share" and h["6.5%"].label == "新增注册企业"
    assert h["9.2%"].measure == "share" and h["9.2%"].label == "税收收入"


def test_a_sector_keeps_its_name_in_the_label():
    h = read("限额以上零售业完成销售额19.6亿元，增长2.6%。")
    assert h["19.6亿元"].label == "限额以上零售业销售额"


def test_verb_fragments_are_no_labels():
    h = read("我们紧急调配了300吨物资。")
    assert "300吨" not in h or h["300吨"].label not in ("我们紧急调配了", "调配了")


def test_an_abbreviation_in_brackets_does_not_hide_the_measure():
    h = read("2022年，某某开发区实现生产总值(GDP)  1234.56亿元，同比增长2.5%。",
             "全区地区生产总值（GDP）543.62亿元。")
    assert h["1234.56亿元"].label == "生产总值" and h["2.5%"].measure == "growth"
    assert h["543.62亿元"].label == "地区生产总值"


@pytest.mark.parametrize("label, metric", [
    ("规模以上工业总产值", "规上工业总产值"), ("规模工业总产值", "规上工业总产值"),
    ("实际使用外资", "实际利用外资"), ("上市公司", "上市企业"),
    ("规上工业增加值", "规上工业增加值"), ("进出口总值", "进出口总额"), ("出口", "出口"),
    ("园区生产总值", "地区生产总值"), ("标准厂房", ""),
    ("人均GDP", ""), ("亩均税收", ""),  # a ratio to people or land is not the total
])
def test_one_metric_many_names(label, metric):
    assert default_metrics().metric_for(label) == metric


def test_a_company_is_the_subject_of_its_own_numbers():
    h = read("落户园区的青禾新材料有限公司年产值34亿元。")
    assert h["34亿元"].subject == "青禾新材料有限公司"
    assert h["34亿元"].label == "年产值"
    h = read("园区新签约项目24个，总投资248亿元。")
    assert h["24个"].subject == "" and h["248亿元"].subject == ""


def test_policy_terms_counts_of_zones_ranks_and_thresholds_are_no_key_figures():
    terms: list = []
    text = ("对年产值增量5000万元以上的企业，给予最高300万元一次性奖励，按物流费用的50%补贴。"
            "全国178家国家高新区中，园区综合排名前进3位，其中20亿元以上项目6个。")
    hits = figures_in(text, 0, len(text), [], terms_out=terms)
    raws = {h.quantity.raw for h in hits}
    assert not raws & {"5000万元以上", "300万元", "50%", "178家", "3位", "20亿元以上"}
    assert {q.raw for q in terms} >= {"5000万元以上", "300万元", "50%"}
    assert "6个" in raws


def test_money_already_paid_is_a_figure():
    h = read("今年累计兑现各类奖补资金2.3亿元。")
    assert h["2.3亿元"].label == "奖补资金"


def test_the_export_carries_the_new_columns_and_policies_their_terms(tmp_path):
    path = tmp_path / "白鹭.txt"
    path.write_text("湘潭经开区：前三季度稳中有进\n\n前三季度，湘潭经济技术开发区（以下简称湘潭经开区）"
                    "实现规模以上工业总产值612亿元，同比下降2.4%。湘潭经开区出台《湘潭经开区促进"
                    "智能制造发展若干措施》，对新认定的智能工厂给予最高200万元奖励。\n", encoding="utf-8")
    corpus = load_corpus([path], use_cache=False)
    f = corpus.figures.set_index("raw")
    assert f.loc["612亿元", "metric"] == "规上工业总产值"
    assert (f.loc["2.4%", "value"], f.loc["2.4%", "measure"]) == (-2.4, "growth")
    assert f.loc["612亿元", "period"] == "前三季度" and f.loc["612亿元", "basis"] == "actual"
    assert "200万元" not in f.index
    terms = " ".join(corpus.policies["terms"].fillna(""))
    assert "200万元" in terms



def test_a_headline_growth_goes_with_the_rounded_level_it_is_printed_with(tmp_path):
    """The headline rounds the level (超300亿元) and the body prints it exactly:
    both levels are rows, and so is the headline's growth, which belongs to its
    rounded level although the body prints the same growth again; a headline
    figure the body repeats with no level of its own (新增企业120家) stays one row."""
    path = tmp_path / "青山.txt"
    path.write_text("青山高新区上半年营业收入超300亿元 增长8.6%\n\n"
                    "今年上半年，青山高新区实现营业收入312.5亿元，同比增长8.6%。\n\n"
                    "青山高新区新增企业120家 增长5%\n\n今年以来，青山高新区新增企业120家，增长5%。\n",
                    encoding="utf-8")
    corpus = load_corpus([path], use_cache=False)
    f = corpus.figures
    assert set(f["raw"]) >= {"超300亿元", "312.5亿元"}
    growth = f[f["raw"] == "8.6%"]
    assert len(growth) == 2 and set(growth["kind"]) == {"growth"}
    assert set(growth["label"]) <= {"营业收入"}
    assert len(f[f["raw"] == "120家"]) == 1 and len(f[f["raw"] == "5%"]) == 1


def test_a_level_reached_after_a_growth_clause_takes_that_clause_s_measure():
    h = read("到2030年，滨湖新区地区生产总值翻两番，达到5000亿元，常住人口达到80万人。")
    assert h["5000亿元"].label.endswith("地区生产总值")
    assert (h["5000亿元"].measure, h["5000亿元"].basis, h["5000亿元"].period) == ("level", "target", "2030年")
    assert h["5000亿元"].value == 5000e8
    h = read("今年园区外贸进出口额快速增长，突破120亿元。")
    assert (h["突破120亿元"].label, h["突破120亿元"].measure) == ("外贸进出口额", "level")
    # a reach with no growth clause before it names nothing
    assert read("实现翻番，达到12家。") == {}


def test_a_plan_s_lead_makes_every_group_of_its_long_semicolon_list_a_target():
    h = read("一是到2028年，滨湖新区地区生产总值达到2000亿元，四大功能板块建设取得突破：",
             "东岸金融中心基本建成，形成区域金融服务核心区，集聚各类金融机构和区域总部；",
             "会展中心建成投用，配套酒店、商业街区和轨道交通接驳工程同步完工，形成会展服务能力；",
             "科创走廊串联高校、科研院所与孵化载体，建成一批公共技术服务平台和中试基地，形成创新策源能力；",
             "临湖物流园形成80万标箱集装箱吞吐能力；",
             "滨湖机场建成区域枢纽，旅客吞吐量达到1800万人次。")
    assert h["80万标箱"].basis == "target"
    assert (h["1800万人次"].basis, h["1800万人次"].period) == ("target", "2028年")
    # an actual after the lead's list, in a new sentence, is no target
    h = read("到2028年，园区产值达到500亿元。", "去年园区实现产值320亿元。")
    assert h["320亿元"].basis == "actual"


def test_a_period_listed_after_a_comparison_base_is_a_base_too():
    h = read("一季度，园区地区生产总值增长9.1%，增速分别高于上年同期、2023年全年1.2、0.8个百分点。",
             "规上工业增加值增长12.4%。")
    assert {h[k].period for k in ("9.1%", "1.2", "0.8个百分点", "12.4%")} == {"一季度"}


def test_a_percentage_of_the_year_s_plan_is_an_actual_share_dated_by_its_own_period():
    h = read("1至5月，滨河工业园累计完成工业总产值30.5亿元，占全年计划的45%。",
             "完成投资18.2亿元，占园区全年计划的52.3%；其中完成技改投资9.6亿元，同比增长35%。",
             "技改项目和新建项目分别完成全年计划的61.2%和47.8%。")
    for raw in ("45%", "52.3%", "61.2%", "47.8%"):
        assert (h[raw].measure, h[raw].basis, h[raw].period) == ("share", "actual", "1-5月"), raw
        assert "全年计划" in h[raw].label, raw
    assert (h["9.6亿元"].basis, h["9.6亿元"].period) == ("actual", "1-5月")
    # a plan's own amount is still a target
    assert read("全年计划投资50亿元。")["50亿元"].basis == "target"


def test_names_listed_before_respectively_label_the_figures_in_order():
    h = read("截至6月底，园区项目签约率、开工率、投产率和达产率分别达到88.5%、76.2%、60%和41.3%。")
    assert [h[r].label for r in ("88.5%", "76.2%", "60%", "41.3%")] == ["园区项目签约率", "开工率", "投产率", "达产率"]
    assert {h[r].measure for r in ("88.5%", "76.2%", "60%", "41.3%")} == {"share"}


def test_the_running_period_resumes_after_a_sentence_dated_now_and_a_base_opens_its_period():
    h = read("今年以来，园区新引进项目20个。", "目前，园区已有企业300家。", "新签约项目8个，总投资50亿元。")
    assert h["300家"].period == "目前"
    assert h["8个"].period == h["50亿元"].period == "今年"
    h = read("滨湖产业基地今年上半年新引进项目9个，其中3家落户配套园，项目总投资达12亿元，正在洽谈的企业6家。")
    assert h["12亿元"].period == h["6家"].period == "今年上半年"


def test_a_percentage_followed_by_its_growth_noun_is_growth():
    h = read("前三季度，园区软件和集成电路等行业营收均保持15%以上的增长，能耗实现了8%的降幅。")
    assert (h["15%以上"].measure, h["15%以上"].value) == ("growth", 15)
    assert (h["8%"].measure, h["8%"].value) == ("growth", -8)
    assert read("园区企业研发投入占比达到6%的水平。")["6%"].measure != "growth"


def test_a_round_number_said_as_one_word_with_a_qualifier_is_a_figure():
    h = read("园区集聚软件企业百余家，首批订单超千台，带动就业近万人，新签项目十余个。")
    assert (h["百余家"].value, h["百余家"].label) == (100, "软件企业")
    assert h["超千台"].value == 1000 and h["超千台"].label == "首批订单"
    assert h["近万人"].value == 10000 and h["十余个"].label == "新签项目"
    # ... but a written-out small count in prose and a span of years are not
    assert not read("三家企业落户园区，近十年来持续增长。")


def test_the_noun_counted_after_the_number_labels_it_past_examples_and_a_quoted_name():
    h = read("园区引进星河电子、蓝海新材等18家企业，9个“智改数转”项目全部投产。")
    assert h["18家"].label == "企业" and h["18家"].subject == ""
    assert "智改数转项目" in h["9个"].label
    # a label printed before the number is kept
    assert read("园区新签约项目12个。")["12个"].label == "新签约项目"


def test_an_average_over_years_is_the_growth_of_the_measure_before_it():
    h = read("全年规上工业增加值同比增长8.4%，三年平均增长7.9%。")
    assert h["7.9%"].label == "规上工业增加值" and h["7.9%"].measure == "growth"
    h = read("园区税收收入近两年平均增长11%。")
    assert h["11%"].label == "税收收入"


def test_points_after_a_growth_rate_are_that_rate_s_change():
    h = read("园区营业收入56.2亿元，同比增长9%，较一季度回落1.8个百分点。")
    assert h["1.8个百分点"].label == "营业收入增速"
    assert (h["1.8个百分点"].value, h["1.8个百分点"].measure) == (-1.8, "growth")
    # a share's change in points stays the share's
    assert read("数字经济占比41%，提高3个百分点。")["3个百分点"].label == "数字经济"


def test_what_exists_now_is_actual_after_an_estimate_in_an_earlier_group():
    h = read("全年营业收入预计达到300亿元；现有规上企业120家，已有上市公司6家。")
    assert h["300亿元"].basis == "estimate"
    assert h["120家"].basis == "actual" and h["6家"].basis == "actual"
    # building on what exists is still a plan
    assert read("在现有基础上，力争新增企业50家。")["50家"].basis == "target"


def test_a_percentage_of_a_noun_after_it_is_a_share():
    h = read("到2027年，园区80%以上的规上企业完成数字化改造，高新技术企业达到300家。")
    assert h["80%以上"].measure == "share" and h["80%以上"].basis == "target"
    assert h["300家"].measure == "level"


def test_a_fall_against_last_month_is_negative_growth():
    h = read("10月份，园区完成工业总产值50.2亿元，比9月减少3.29亿元。")
    assert (h["3.29亿元"].measure, h["3.29亿元"].value) == ("growth", -3.29e8)
    assert h["50.2亿元"].value == 50.2e8


def test_a_fall_that_narrows_is_a_rise_of_the_rate():
    h = read("1-10月，园区出口总额下降15.8%，降幅比1-9月收窄0.84个百分点；进口下降3.1%，降幅扩大1.2个百分点。")
    assert h["15.8%"].value == -15.8
    assert h["0.84个百分点"].value == 0.84 and h["0.84个百分点"].label.startswith("出口总额")
    assert h["1.2个百分点"].value == -1.2 and h["1.2个百分点"].label.startswith("进口")


def test_thousands_separators_and_an_abbreviation_before_from():
    h = read("五年间，园区地区生产总值(GDP)从1,755.7亿元增长至3,318.1亿元，增长近一倍。"
             "现代服务业产值亦从964.1亿元增至2,182.0亿元，在地进出口额则从3,780.5亿元攀升至7,574.3亿元。")
    assert h["1,755.7亿元"].label == "地区生产总值" and h["1,755.7亿元"].value == 1755.7e8
    assert h["3,318.1亿元"].label == "地区生产总值"
    assert (h["近一倍"].measure, h["近一倍"].value) == ("growth", 1.0)
    assert h["964.1亿元"].label == "现代服务业产值"  # 亦 is no part of the measure
    assert h["7,574.3亿元"].label == "在地进出口额"  # nor 则


def test_a_number_inside_the_name_of_what_is_counted_stays_in_the_label():
    h = read("园区汇聚183家世界500强投资企业。营业收入超10亿元的企业共61家。")
    assert h["183家"].label == "世界500强投资企业"
    assert h["61家"].label == "营业收入超10亿元的企业"


def test_counts_of_statistical_sectors_are_not_figures():
    h = read("前三季度，园区规上工业增加值增长6.2%，34个工业大类行业中21个行业增加值实现增长。")
    assert "6.2%" in h
    assert "34个" not in h and "21个" not in h


def test_a_zone_s_share_of_its_province_stays_the_zone_s(tmp_path):
    path = tmp_path / "fdi.txt"
    path.write_text("外资\n\n2025年，临沂经开区实际使用外资29.3亿元，占山东省比重2.6%，成为外商投资重地。\n",
                    encoding="utf-8")
    c = load_corpus([path], use_cache=False, workers=0)
    row = c.figures[c.figures["raw"] == "2.6%"].iloc[0]
    assert row["zone_id"] == c.find_zone("临沂经开区")
    assert (row["measure"], row["label"]) == ("share", "实际使用外资占比重")


def test_from_the_first_year_to_the_last_of_a_range():
    """"2021至2025年，X从A增长至B": A is the first year's, B the last's, the
    growth over the range keeps the range; a past range is no target."""
    h = read("2021至2025年，园区生产总值从1755.7亿元增长至3318.1亿元，成长近一倍，出口录得超过一倍增长。")
    assert (h["1755.7亿元"].period, h["3318.1亿元"].period) == ("2021年", "2025年")
    assert h["1755.7亿元"].basis == "actual"
    assert (h["近一倍"].measure, h["近一倍"].label, h["近一倍"].period) == ("growth", "生产总值", "2021-2025年")
    assert (h["超过一倍"].measure, h["超过一倍"].label) == ("growth", "出口")


def test_a_share_of_a_long_named_whole_is_a_share():
    h = read("园区进出口总值1000亿元，占四川省外贸进出口总值的48%。")
    assert h["48%"].measure == "share"


def test_share_labels_name_what_takes_the_share():
    h = read("园区以占全省不到1/400的面积，贡献了20.6%的进出口额和18.1%的实际利用外资。")
    assert (h["不到1/400"].label, h["不到1/400"].measure) == ("面积", "share")
    assert (h["20.6%"].label, h["18.1%"].label) == ("进出口额", "实际利用外资")
    h = read("园区高新技术企业1200家，占全省35.48%。")
    assert h["35.48%"].label == "高新技术企业占全省"
    h = read("2022年，园区战略性新兴产业增加值占地区生产总值比重预计17.48%，比上年提高2.09个百分点。")
    assert h["17.48%"].label == "战略性新兴产业增加值" and h["17.48%"].basis == "estimate"


def test_an_area_with_no_name_is_the_area():
    h = read("2023年，园区从14.92平方公里扩展至120.56平方公里。")
    assert (h["14.92平方公里"].label, h["120.56平方公里"].label) == ("面积", "面积")


def test_names_listed_after_the_zone_label_the_figures_after_respectively(tmp_path):
    path = tmp_path / "rates.txt"
    path.write_text("进度\n\n截止5月底,临沂经开区项目入园率、资金到位率、开工率和投产率分别达到68.18%、12.22%、100%和66.67%。\n",
                    encoding="utf-8")
    c = load_corpus([path], use_cache=False, workers=0)
    labels = dict(zip(c.figures["raw"], c.figures["label"]))
    assert labels == {"68.18%": "项目入园率", "12.22%": "资金到位率", "100%": "开工率", "66.67%": "投产率"}


def test_a_period_after_a_sub_heading_run_into_the_paragraph_dates_its_clause():
    h = read("高端项目带动夯实开发区绿色发展基础 今年1-6月份,园区完成财政收入1.24亿元,占全年任务的61.18%,同比增长40%。")
    assert h["1.24亿元"].period == "今年1-6月份"
    assert (h["40%"].label, h["40%"].period) == ("财政收入", "今年1-6月份")  # the level grew, not its share


def test_a_stock_counted_after_a_sentence_of_now_is_now():
    h = read("一季度，园区完成投资18亿元。", "目前，全区在建项目19个，总投资105亿元。",
             "已审批结束、等待开工的重大项目8个。", "新签约项目11个。")
    assert h["18亿元"].period == "一季度" and h["19个"].period == "目前"
    assert h["8个"].period == "目前"      # the stock goes on
    assert h["11个"].period == "一季度"   # a flow is the quarter's again


def test_a_year_s_expected_indicators_after_a_colon_are_that_year_s_targets():
    h = read("管委会部署2014年主要预期发展指标是:营业总收入实现4900亿元,工业总产值实现4500亿元。")
    for raw in ("4900亿元", "4500亿元"):
        assert (h[raw].basis, h[raw].period) == ("target", "2014年"), raw


def test_crossing_a_mark_is_a_level_of_the_measure_before():
    h = read("2021年园区预计地区生产总值迈过300亿元大关、同比增长超20%。")
    assert (h["300亿元"].label, h["300亿元"].basis, h["300亿元"].period) == ("地区生产总值", "estimate", "2021年")
    assert h["超20%"].measure == "growth"


def test_rising_or_falling_to_a_percentage_is_the_level_reached():
    h = read("园区外贸贡献的份额也从2.9%上升到30%。")
    assert [(h[r].measure, h[r].value) for r in ("2.9%", "30%")] == [("share", 2.9), ("share", 30.0)]
    h = read("规上工业增加值增速由5.1%回落至3.2%。")
    assert [(h[r].measure, h[r].value) for r in ("5.1%", "3.2%")] == [("growth", 5.1), ("growth", 3.2)]
    h = read("城镇化率提高到65%，出口增长12%。")
    assert (h["65%"].measure, h["12%"].measure) == ("share", "growth")
    h = read("今年前4个月,园区进出口额破100亿元。")
    assert h["100亿元"].label == "进出口额"


def test_a_change_printed_from_its_start_keeps_the_measure_as_label():
    h = read("华芯晶电完成改造,由原来每月生产产品30万片提升到65万片。")
    assert h["30万片"].label == "每月生产产品" and h["65万片"].label == "每月生产产品"


def test_a_fraction_before_its_noun_is_a_share_of_that_noun():
    h = read("示范区集聚了1/6的进出口和1/3的实际外资。")
    assert (h["1/6"].measure, h["1/6"].label) == ("share", "进出口")
    assert (h["1/3"].measure, h["1/3"].label, round(h["1/3"].value, 3)) == ("share", "实际外资", 0.333)


def test_a_web_page_counter_is_no_figure():
    h = read("发布时间：2021-03-02   浏览 20 次  阅读量：356")
    assert not h


def test_a_year_opening_the_next_clause_does_not_date_the_number_before_it():
    h = read("其中，示范区累计新增港资企业1.67万家，2019年实际投资457.77亿元。")
    assert h["1.67万家"].period == "" and h["457.77亿元"].period == "2019年"


def test_the_areas_counted_together_are_left_out_of_the_label():
    h = read("截至9月底，甲、乙、丙三大片区共新增市场主体19657家。")
    assert h["19657家"].label == "市场主体"


def test_the_whole_s_rate_and_the_lead_over_it_are_not_the_zone_s_figures():
    h = read("一季度，园区规上工业增加值同比增长17.7%，增速高于全市(13%)4.7个百分点。",
             "固定资产投资增长8.8%，高于全省平均水平0.8个百分点。")
    assert set(h) == {"17.7%", "8.8%"}


def test_tenths_said_with_one_numeral_are_figures():
    h = read("新能源汽车产值增长逾七成，运输设备制造产值增长近三成。")
    assert h["逾七成"].quantity.value == 70 and h["逾七成"].measure == "growth"
    assert h["近三成"].label == "运输设备制造产值"
    assert read("园区坚持一成不变的服务标准。") == {}


def test_counts_of_sections_goals_and_places_moved_up_are_no_figures():
    assert set(read("从以下4组数据来看，园区产值增长5%。")) == {"5%"}
    assert set(read("两区分别前进84、77个位次，园区新增企业20家。")) == {"20家"}
    assert set(read("实现以下5个主要目标：产值突破500亿元。")) == {"突破500亿元"}


def test_a_year_after_the_article_s_date_is_a_goal(tmp_path):
    path = tmp_path / "政策.txt"
    path.write_text("青山高新区建设一流园区若干政策措施\n发布日期:2025-09-28\n\n"
                    "2027年，青山高新区投入资金50亿元，规上工业总产值突破4000亿元。\n\n"
                    "2024年，青山高新区规上工业总产值达到3100亿元。\n", encoding="utf-8")
    f = load_corpus([path], use_cache=False).figures.set_index("raw")
    assert f.loc["50亿元", "basis"] == "target" and f.loc["突破4000亿元", "basis"] == "target"
    assert f.loc["3100亿元", "basis"] == "actual"


def test_a_sentence_announcing_quantified_goals_makes_the_list_after_it_targets():
    h = read("针对“三强”目标，园区制定了具体的量化指标。", "经济总量突破3600亿元，地区生产总值年均增长14.8%。")
    assert h["突破3600亿元"].basis == "target" and h["14.8%"].basis == "target"


def test_a_completion_rate_is_a_share_named_by_its_rate():
    h = read("实施市重大项目86个，开工率100%，投资完成率103%。")
    assert h["103%"].label == "投资完成率" and h["103%"].measure == "share"


def test_a_yearly_average_is_over_the_years_not_this_year():
    h = read("五年来，地区生产总值从2020年的256亿元增至2024年的448亿元，年均增速13.5%，"
             "今年有望突破500亿元，规上工业增加值年均增速22.5%。")
    # the year a level rose to is no target year
    assert (h["448亿元"].basis, h["448亿元"].period) == ("actual", "2024年")
    assert (h["22.5%"].period, h["22.5%"].basis) == ("五年来", "actual")
    # the level reached next is the same measure's, and hoped for
    assert (h["突破500亿元"].label, h["突破500亿元"].basis, h["突破500亿元"].period) == \
        ("地区生产总值", "estimate", "今年")


def figures_of(tmp_path, text: str):
    """The exported figure rows of one article, by raw."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return load_corpus([path], use_cache=False, workers=0).figures.set_index("raw")


@pytest.mark.parametrize("wholes", ["占全市和全省的比重分别为", "在全市和全省占比分别为"])
def test_a_zone_s_share_of_city_and_province_is_the_zone_s(tmp_path, wholes):
    f = figures_of(tmp_path, f"今年一季度，赣州经开区进出口总额达613.3亿元，同比增长74.9%，{wholes}72.3%和63.5%。\n")
    assert list(f.loc[["72.3%", "63.5%"], "zone_id"]) == ["赣州经开区"] * 2
    assert list(f.loc[["72.3%", "63.5%"], "measure"]) == ["share"] * 2
    assert list(f.loc[["72.3%", "63.5%"], "label"]) == ["进出口总额占比重"] * 2


def test_points_a_zone_adds_to_a_wider_growth(tmp_path):
    # 全省 is what the zone drives, not whose figures follow: the exports are the zone's
    f = figures_of(tmp_path, "一季度，赣州综合保税区进出口总额500亿元，同比增长57%，拉动同期全省外贸增长"
                             "34个百分点，其中，出口230亿元，同比增长53%。\n")
    assert (f.loc["34个百分点", "label"], f.loc["34个百分点", "zone_id"]) == ("拉动外贸增长", "赣州综合保税区")
    assert f.loc["230亿元", "zone_id"] == "赣州综合保税区"


def test_the_next_zone_of_a_semicolon_list_keeps_the_measure(tmp_path):
    f = figures_of(tmp_path, "1-7月，过百亿园区3个，其中赣州经开区主营业务收入494.82亿元，在全省100个工业园区中"
                             "排位第五位；吉安高新区325.44亿元，全省第八位；瑞金经开区108.16亿元。\n")
    assert list(f.loc[["325.44亿元", "108.16亿元"], "label"]) == ["主营业务收入"] * 2
    assert list(f.loc[["325.44亿元", "108.16亿元"], "zone_id"]) == ["吉安高新区", "瑞金经开区"]
    # the parks of the whole province are counted, not the zone's
    assert "100个" not in f.index


def test_a_zone_s_own_parks_are_its_figure():
    h = read("园区建成3个产业园区，全省100个工业园区中排第五。")
    assert "3个" in h and "100个" not in h


def test_a_basis_of_comparison_is_no_label():
    h = read("一般公共预算收入完成30亿元，同口径增长6.1%；地区生产总值1200亿元，按可比价计算，同比增长8.8%。")
    assert h["6.1%"].label == "一般公共预算收入"
    assert h["8.8%"].label == "地区生产总值"


def test_the_city_a_zone_lies_in_is_not_the_subject_of_its_area(tmp_path):
    f = figures_of(tmp_path, "黄冈高新技术产业园（简称“黄冈高新区”）位于黄冈市新城区，规划面积12.38平方公里。\n")
    assert f.loc["12.38平方公里", "zone_id"] == "黄冈高新区"


def test_shares_after_fenbie_are_each_level_s_share():
    h = read("完成协议利用外资2556万美元，实际利用外资2750万美元，自营进出口额3.8亿美元，"
             "分别占全市份额的54.8%、90.2%、63.1%。")
    assert h["3.8亿美元"].label == "自营进出口额"
    assert [h[r].label for r in ("54.8%", "90.2%", "63.1%")] == \
        ["协议利用外资占比重", "实际利用外资占比重", "自营进出口额占比重"]


def test_a_share_reached_names_the_measure_before():
    h = read("实现进出口5291.71亿元，占到全省总额的28.73%；实际利用外资7.53亿美元，占全省比重为12%。")
    assert h["28.73%"].label == "进出口占比重"
    assert h["12%"].label == "实际利用外资占比重"


def test_rates_listed_before_the_growth_they_are_all_grow_since_the_zone_began():
    h = read("福州新区自2015年8月30日获批以来，地区生产总值、固定资产投资、规上工业增加值分别保持"
             "8.4%、13.1%、7.9%的年均增长速度。")
    assert [h[r].measure for r in ("8.4%", "13.1%", "7.9%")] == ["growth"] * 3
    assert [h[r].label for r in ("8.4%", "13.1%", "7.9%")] == ["地区生产总值", "固定资产投资", "规上工业增加值"]
    assert h["13.1%"].period == "2015年8月30日获批以来"


def test_a_multiple_of_an_earlier_year_is_growth():
    h = read("2021年地区生产总值达到680亿元，是1994年的948倍；出口、进出口总额分别是2020年的2倍、4倍。")
    assert (h["948倍"].measure, h["948倍"].label) == ("growth", "地区生产总值")
    assert [(h[r].measure, h[r].label) for r in ("2倍", "4倍")] == [("growth", "出口"), ("growth", "进出口总额")]
    # a multiple of another's total compares the two: no growth
    assert read("经济总量是其他7个经开区总和的1.3倍。")["1.3倍"].measure == "level"


def test_the_year_a_level_was_raised_to_is_no_target_but_what_is_to_be_done_is():
    h = read("财政收入从1996年的140万元增加到2021年的124.8亿元。")
    assert h["124.8亿元"].basis == "actual"
    assert read("四季度要完成固定资产投资150亿元。")["150亿元"].basis == "target"


def test_a_count_after_a_verb_with_le_is_labelled_by_the_noun_after():
    assert read("三年来，实施了119项改革试点任务。")["119项"].label == "改革试点任务"


def test_signed_projects_keep_their_label_and_joint_parks_counted_are_none():
    h = read("园区共签约5个项目，总投资约80亿元；其余5个共建园区稳居45家园区榜首。")
    assert h["5个"].label == "项目" and h["约80亿元"].label == "总投资"
    assert [r for r in h if r != "5个" and r != "约80亿元"] == []


def test_a_size_band_is_no_figure_but_the_count_in_it_is():
    h = read("规上工业企业57家，其中产值超亿元的34家，超10亿元的11家。")
    assert "超亿元" not in h and "超10亿元" not in h
    assert h["34家"].label == "产值超亿元" and h["11家"].value == 11


def test_a_size_class_of_firms_named_by_an_amount_is_no_figure():
    h = read("全年百亿元企业达2家，50亿元至100亿元企业1家。")
    assert set(h) == {"2家", "1家"}
    assert h["2家"].label == "百亿元企业"
