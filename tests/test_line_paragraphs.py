"""Pages saved with one paragraph a line and no blank lines between them: each
line is a paragraph (its figures follow its own zone, not the last one named
lines before), while text wrapped at a fixed width stays one paragraph; the
period a paragraph opens with runs on into the article's next paragraphs.
Written for the test."""
from __future__ import annotations

from zoneprofiles.corpus.structure import build_document
from zoneprofiles.pipeline import load_corpus


def corpus_of(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return load_corpus([path], use_cache=False, workers=0)


def rows_of(corpus, raw: str):
    rows = corpus.figures[corpus.figures["raw"] == raw]
    names = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    return [(names.get(r["zone_id"], r["zone_id"]), r["period"]) for _, r in rows.iterrows()]


LINES = (
    "芜湖经开区发布三年发展目标\n"
    "一是到2024年，芜湖经开区工业总产值达到3000亿元，汽车产量达到50万辆，各项指标稳步提升。\n"
    "芜湖综合保税区形成30万标箱的吞吐能力，建成皖江重要的开放口岸，外贸企业持续集聚。\n"
    "二是到2026年，工业总产值超过4500亿元，常住人口达到65万人，综合服务功能进一步提升。\n"
)


def test_each_line_of_a_page_without_blank_lines_is_a_paragraph():
    doc = build_document(LINES)
    assert len(doc.paragraphs) == 4
    assert doc.paragraphs[0].heading


def test_a_line_paragraph_is_not_the_zone_named_in_the_line_before(tmp_path):
    corpus = corpus_of(tmp_path, LINES)
    assert rows_of(corpus, "30万标箱") and rows_of(corpus, "30万标箱")[0][0] == "芜湖综合保税区"
    # the next paragraph is the article's zone's again, not the bonded zone's
    assert [z for z, _ in rows_of(corpus, "超过4500亿元")] == ["芜湖经开区"]
    assert [z for z, _ in rows_of(corpus, "65万人")] == ["芜湖经开区"]


def test_text_wrapped_at_a_width_stays_one_paragraph():
    wrapped = ("今年以来，芜湖经开区坚持项目为王，新签约亿元以上项目\n"
               "42个，总投资380亿元，其中制造业项目占比超过八成，一批\n"
               "重大项目加快建设。\n")
    doc = build_document(wrapped)
    assert len(doc.paragraphs) == 1


def test_a_headline_over_two_lines_stays_one_heading():
    doc = build_document("芜湖经开区\n新能源汽车产销两旺\n\n2023年，芜湖经开区新能源汽车产量达到28万辆。\n")
    assert len(doc.paragraphs) == 2 and doc.paragraphs[0].heading


def test_the_period_of_a_paragraph_runs_on_into_the_next(tmp_path):
    text = ("2023年，芜湖经开区经济运行稳中有进，主要指标好于预期，发展质量持续提升。\n\n"
            "一、工业\n\n"
            "全区完成规上工业总产值2150亿元，同比增长9.6%。\n")
    corpus = corpus_of(tmp_path, text)
    assert rows_of(corpus, "2150亿元") == [("芜湖经开区", "2023年")]
    assert rows_of(corpus, "9.6%") == [("芜湖经开区", "2023年")]
