"""Figures and policies in one sentence: what is measured, what kind of number
it is, its period, and which policies a sentence names."""
import pytest

from zoneprofiles.extract.figures import figures_in
from zoneprofiles.extract.policies import policies_in


def figs(text):
    return {h.quantity.raw: h for h in figures_in(text, 0, len(text), [])}


def test_label_is_the_measure_before_the_number():
    h = figs("2023年,园区实现规模以上工业总产值1860亿元,同比增长9.2%。")
    assert h["1860亿元"].label == "规模以上工业总产值"
    assert h["1860亿元"].period == "2023年"
    assert h["1860亿元"].quantity.value == 1860e8
    assert h["9.2%"].kind == "growth"


def test_label_after_the_number_when_only_a_verb_comes_before():
    h = figs("今年以来累计引进12个智能制造项目。")
    assert h["12个"].label.startswith("智能制造项目")


def test_targets_and_shares():
    h = figs("力争到2025年高新技术企业突破3000家,占全市比重达到40%。")
    assert h["突破3000家"].kind == "target"
    assert h["突破3000家"].quantity.qualifier == "突破"
    assert h["40%"].kind in ("share", "target")


def test_dates_years_and_durations_are_not_figures():
    h = figs("2023年12月28日,项目仅用时45天完成签约,总投资25亿元。")
    assert set(h) == {"25亿元"}


def test_numbers_inside_policy_names_are_not_figures():
    text = "高新区出台“人才20条”,给予最高500万元资助。"
    skip = [(p.start, p.end) for p in policies_in(text, 0, len(text)) if p.kind != "subsidy"]
    terms = []
    h = {x.quantity.raw for x in figures_in(text, 0, len(text), [], skip=skip, terms_out=terms)}
    assert "20条" not in h
    # the award is a term of the policy, not a figure the zone reached
    assert "500万元" not in h and [q.raw for q in terms] == ["500万元"]


def test_policy_kinds():
    text = ("开发区印发《关于支持生物医药产业高质量发展的若干措施》,推出“生物医药10条”,"
            "在全市率先推行“一照多址”改革,对新引进的龙头企业,给予最高1000万元落户奖励。")
    got = {(p.title, p.kind) for p in policies_in(text, 0, len(text))}
    assert ("关于支持生物医药产业高质量发展的若干措施", "document") in got
    assert ("生物医药10条", "package") in got
    assert ("一照多址", "measure") in got
    assert any(k == "subsidy" and "1000万元" in t for t, k in got)


def test_quoted_slogans_are_not_policies():
    text = "企业负责人说,这里的服务是“保姆式”的,让企业“拎包入住”,真正“少跑腿”。"
    assert [p for p in policies_in(text, 0, len(text)) if p.kind == "measure"] == []


@pytest.mark.parametrize("text", [
    "对符合条件的项目,按照“一案一审”政策,给予最高100万元奖励。",
    "园区充分发挥“先进区后报关”“分送集报”等一系列政策优势,吸引企业集聚。",
    "今年以来,新区厚植政策“沃土”,释放改革红利。",
])
def test_a_principle_a_list_of_advantages_or_a_metaphor_is_no_measure(text):
    """按照“…”政策 is a rule one applies, “A”“B”等政策优势 are advantages, 政策“沃土”
    is a figure of speech: none is a measure the zone launched."""
    assert [p for p in policies_in(text, 0, len(text)) if p.kind == "measure"] == []


def test_a_measure_after_the_verb_that_launched_it_is_still_one():
    text = "高新区推出服务举措“承诺即入驻”,在全区推行“一窗通办”改革。"
    got = {p.title for p in policies_in(text, 0, len(text)) if p.kind == "measure"}
    assert got == {"承诺即入驻", "一窗通办"}


@pytest.mark.parametrize("text, amount", [
    ("对新落户的企业,固定资产投资额达到3000万元人民币以上的制造业项目,按投资额的3%给予补助。", "3000万元"),
    ("对投资在 3 亿元(含)以上的项目,给予一次性奖励。", "3 亿元"),
    ("制造业企业投资 8 亿元以上、研发型企业投入1亿元以上的,均实行一企一策。", "8 亿元以上"),
])
def test_a_threshold_of_a_policy_is_a_term_not_a_figure(text, amount):
    terms: list = []
    hits = figures_in(text, 0, len(text), [], terms_out=terms)
    assert amount not in {h.quantity.raw for h in hits}


def test_a_threshold_wrapped_at_a_line_end_is_still_one():
    text = "生产型企业投资 8 亿元以上、研发型企\n业实收注册资本 3000 万元以上的,均实行一企一策。"
    hi = text.index("\n")
    assert "8 亿元以上" not in {h.quantity.raw for h in figures_in(text, 0, hi, [])}


def test_an_amount_reached_is_still_a_figure():
    text = "今年园区完成固定资产投资25亿元以上,同比增长12%。"
    assert "25亿元以上" in {h.quantity.raw for h in figures_in(text, 0, len(text), [])}


def test_a_programme_launched_by_its_quoted_name_is_a_package():
    hits = policies_in("实施“临沂经开区科技创新发展2035行动”,到2027年培育科技型企业500家。", 0, 40)
    assert [(h.title, h.kind) for h in hits] == [("临沂经开区科技创新发展2035行动", "package")]


def test_work_campaigns_are_no_policies():
    for text in ("深入开展“产业项目建设”攻坚行动,项目投资刷新纪录。", "扎实开展“投资攻坚行动”,强化推进。",
                 "大力实施“六大攻坚见效行动”。"):
        assert policies_in(text, 0, len(text)) == [], text


def test_a_newspaper_a_report_or_a_film_in_brackets_is_no_policy():
    text = "据《内蒙古日报》报道，《2023中国开发区发展蓝皮书》发布，电影《长津湖》上映，园区落实《中国制造2025》和《关于支持园区发展的若干措施（试行）》。"
    assert [p.title for p in policies_in(text, 0, len(text))] == ["中国制造2025", "关于支持园区发展的若干措施（试行）"]


def test_a_package_issued_by_name_without_quotes_is_a_package():
    text = "管委会制定出台人才新政十五条，推动稳增长一揽子政策措施落地见效。"
    got = [(p.title, p.kind) for p in policies_in(text, 0, len(text))]
    assert got == [("人才新政十五条", "package"), ("稳增长一揽子政策措施", "package")]
    # a count of articles is no package's name
    text = "该办法共有十五条。"
    assert policies_in(text, 0, len(text)) == []


def test_the_parts_a_policy_package_is_made_of_are_no_figures():
    text = "政策体系分为2个民营经济品牌政策、3个产业专项政策和2个人才支撑政策,园区新签约项目20个。"
    raws = {h.quantity.raw for h in figures_in(text, 0, len(text), [])}
    assert raws == {"20个"}


def test_a_fund_set_up_by_name_and_a_numbered_package_of_new_policies_are_policies():
    from zoneprofiles.extract.policies import policies_in
    def titles(t):
        return [h.title for h in policies_in(t, 0, len(t))]
    assert titles("高新区设立额度每年1000万元的科技创新券专项扶持资金，支持企业研发。") == ["科技创新券专项扶持资金"]
    assert titles("“关于加强自主创新促进产业高质量发展的33条新政”所支持项目类别多。") == \
        ["关于加强自主创新促进产业高质量发展的33条新政"]
    # a fund no one named is none
    assert titles("园区争取各项政策扶持资金共计4.7亿元，还成立了政府引导基金。") == []


def test_a_package_named_by_its_count_of_articles_without_a_verb():
    def titles(t):
        return [(h.title, h.kind) for h in policies_in(t, 0, len(t))]
    assert titles("新区推进“放管服”改革及人才引育政策18条，审批时限大幅压缩。") == \
        [("放管服", "measure"), ("人才引育政策18条", "package")]
    assert titles("全面落实惠企措施12条，兑现资金。") == [("惠企措施12条", "package")]
    # policies with no name of their own are none
    assert titles("落实政策10条。") == []


def test_a_quoted_code_names_a_policy_system():
    text = "一季度该区召开大会，构建“1+N”文旅政策体系。"
    assert [(h.title, h.kind) for h in policies_in(text, 0, len(text))] == [("1+N文旅政策体系", "package")]


def test_the_province_s_and_the_city_s_plans_are_not_the_zone_s():
    text = "围绕省“2310”行动计划和市“6620”行动计划，制定高新区“5810”行动计划。"
    assert [h.title for h in policies_in(text, 0, len(text))] == ["5810行动计划"]


def test_a_short_name_and_a_bare_count_are_no_policies_of_their_own():
    text = "开发区出台《开发区新兴产业千亿投资计划(2023—2025年)》(以下简称《投资计划》)，落实综合保税区“21条”政策措施。"
    assert [h.title for h in policies_in(text, 0, len(text))] == ["开发区新兴产业千亿投资计划(2023—2025年)"]
