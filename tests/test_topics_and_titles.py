"""Written for the test: a sentence that opens with a park and names its zone
after it hands the park on to the sentences that follow; a zone's short form
that is the tail of its own name (…开放试验区, 以下简称试验区) is that zone; a
policy title on a heading line, or wrapped over two lines, is read whole; 《办法》
alone refers back to a document named before and is no new policy."""
from __future__ import annotations

from zoneprofiles.extract.policies import policies_in, title_in_heading
from zoneprofiles.pipeline import load_corpus


def corpus_of(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return load_corpus([path], use_cache=False, workers=0)


def zones_of(corpus, raw: str) -> list[str]:
    names = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    rows = corpus.figures[corpus.figures["raw"] == raw]
    return [names.get(z, z) for z in rows["zone_id"]]


def test_the_park_a_sentence_opens_with_keeps_the_next_sentence(tmp_path):
    text = ("调研组在合肥高新区考察了多家企业。\n\n"
            "其中合肥高新区智能语音产业园是合肥高新区为发展人工智能而建设的专业园区。"
            "经过十年发展，已集聚企业420家，产值突破1100亿元。\n")
    corpus = corpus_of(tmp_path, text)
    park = zones_of(corpus, "420家")
    assert park and park[0] != "合肥高新区" and "智能语音产业园" in park[0]
    assert zones_of(corpus, "突破1100亿元") == park


def test_a_short_form_that_is_the_tail_of_the_name_is_the_zone(tmp_path):
    text = ("云南瑞丽重点开发开放试验区(以下简称试验区)今年建设提速。\n\n"
            "在以畹町口岸、瑞丽市边境经济合作区为主要载体的试验区先行区，今年累计入驻企业36家，"
            "签约金额48.5亿元。\n")
    corpus = corpus_of(tmp_path, text)
    assert zones_of(corpus, "36家") == ["瑞丽重点开发开放试验区"]
    assert zones_of(corpus, "48.5亿元") == ["瑞丽重点开发开放试验区"]
    assert "试验区" not in set(corpus.zones["name"])


def test_a_heading_line_that_is_a_title_is_a_policy_wherever_it_stands():
    text = "招商政策汇编\n一、合肥综合保税区招商引资扶持办法\n"
    lo = text.index("一")
    hit = title_in_heading(text, lo, len(text) - 1)
    assert hit is not None and hit.title == "合肥综合保税区招商引资扶持办法"


def test_a_title_wrapped_over_two_lines_is_one_policy():
    text = "现将《滨海新区关于加快生物医药产业\n发展的奖补政策》印发给你们。\n"
    first = policies_in(text, 0, text.index("\n"))
    assert [h.title for h in first] == ["滨海新区关于加快生物医药产业发展的奖补政策"]
    assert policies_in(text, text.index("\n") + 1, len(text) - 1) == []


def test_the_kind_of_a_document_alone_is_no_new_policy():
    text = "《人才发展专项资金管理办法》共18条，其中涉港条款占整个《办法》条款总数的40%。"
    assert [h.title for h in policies_in(text, 0, len(text))] == ["人才发展专项资金管理办法"]


def test_a_bare_kind_word_naming_its_own_plan_is_the_zones(tmp_path):
    text = ("# 洛阳高新区前三季度稳中有进\n\n"
            "今年以来，洛阳高新区主要指标好于预期。\n\n"
            "按照洛阳市“双千”行动要求，深入实施高新区“3510”行动计划，聚焦四大产业。\n")
    corpus = corpus_of(tmp_path, text)
    names = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    plans = {names.get(r.zone_id) for r in corpus.policies.itertuples() if "3510" in r.title}
    assert plans == {"洛阳高新区"}
