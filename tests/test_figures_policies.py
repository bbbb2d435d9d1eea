"""Figures and policies in one sentence: what is measured, what kind of number
it is, its period, and which policies a sentence names."""
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
