"""Articles in traditional script read like simplified ones: the same zones,
figures, periods and policies, with every span still pointing at the
traditional characters the file prints. Simplified articles are read exactly
as before. (The sentences are written for these tests.)"""
from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zoneprofiles.corpus.normalize import _HAN_RUN, normalize, to_simplified
from zoneprofiles.corpus.traditional_chars import TRADITIONAL, derive
from zoneprofiles.pipeline import load_corpus

TRADITIONAL_ARTICLE = (
    "園區動態｜蘇州工業園區上半年經濟穩中有進\n\n"
    "2024年上半年，蘇州工業園區實現規上工業總產值3150億元，同比增長6.8%。\n"
    "園區近日出臺《蘇州工業園區關於加快培育新質生產力的若干措施》，對新落戶的研發機構給予最高500萬元獎勵。\n"
    "東湖高新區今年一季度新增市場主體1.2萬戶。\n"
)


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))


def _load(tmp_path, text, name="article.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    corpus = load_corpus([path], use_cache=False, workers=0)
    assert not [p for p in corpus.problems if p.fatal]
    return corpus, corpus.texts[str(path)]


@pytest.mark.parametrize("encoding", ["utf-8", "big5"])
def test_traditional_article_gives_the_zones_and_figures_of_its_simplified_twin(tmp_path, encoding):
    corpus, text = _load(tmp_path, TRADITIONAL_ARTICLE, encoding=encoding)
    assert text == TRADITIONAL_ARTICLE  # the file's own text, traditional, is what spans index
    assert {"苏州工业园区", "武汉东湖高新区"} <= set(corpus.zones["name"])
    figures = corpus.figures
    for f in figures.itertuples():
        assert text[f.start:f.end] == f.raw
    output = figures[figures["zone_id"] == corpus.find_zone("苏州工业园区")]
    gross = output[output["label"] == "规上工业总产值"]
    assert set(gross["raw"]) == {"3150億元", "6.8%"}  # as printed, traditional 億
    assert set(gross["period"]) == {"2024年上半年"}
    assert 315_000_000_000 in set(gross["value"])
    east_lake = figures[figures["zone_id"] == corpus.find_zone("武汉东湖高新区")]
    assert list(east_lake["raw"]) == ["1.2萬戶"] and list(east_lake["period"]) == ["今年一季度"]


def test_zone_mentions_and_policies_point_at_the_traditional_text(tmp_path):
    corpus, text = _load(tmp_path, TRADITIONAL_ARTICLE)
    mentions = corpus.mentions[corpus.mentions["zone_id"] == corpus.find_zone("苏州工业园区")]
    assert set(mentions["text"]) == {"蘇州工業園區"}
    assert all(text[m.start:m.end] == m.text for m in mentions.itertuples())
    titles = set(corpus.policies["title"])
    assert "苏州工业园区关于加快培育新质生产力的若干措施" in titles
    for p in corpus.policies.itertuples():
        printed = text[p.start:p.end]
        assert p.title in to_simplified(printed) and printed != to_simplified(printed)


def test_a_traditional_name_quoted_in_a_simplified_article_is_the_same_zone(tmp_path):
    corpus, text = _load(tmp_path, "据香港媒体报道,張江科學城今年新增企业1200家。张江科学城将继续扩容。")
    zones = corpus.mentions[corpus.mentions["zone_id"] == corpus.find_zone("张江科学城")]
    assert set(zones["text"]) == {"張江科學城", "张江科学城"}


def test_simplified_text_is_read_as_printed_and_never_loads_the_converter():
    # a name in a character t2s would change (頔 -> 𬱖, a glyph most fonts lack)
    # and 乾隆, which simplified text writes with 乾: both stay as printed
    code = (
        "import sys\n"
        "from zoneprofiles.corpus.normalize import normalize\n"
        "t = '公司副总裁周頔表示,乾隆年间的老街将改造。蹚出一条新路,堃业科技落户园区。'\n"
        "assert normalize(t).text == t, normalize(t).text\n"
        "print('opencc' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_a_character_whose_simplified_form_fonts_lack_stays_as_printed():
    assert normalize("蘇州周頔表示").text == "苏州周頔表示"


def test_the_frozen_table_says_what_opencc_says():
    """Every character the table calls traditional is one OpenCC converts, and
    the table misses almost none (regenerate: python -m
    zoneprofiles.corpus.traditional_chars)."""
    derived = set(derive())
    table = set(TRADITIONAL)
    assert table <= derived, "".join(sorted(table - derived))
    assert len(derived - table) <= len(derived) // 100, "".join(sorted(derived - table))
    assert set("蘇業園區張學東規總產值") & table == set("蘇業園區張學東規總產")


SCRIPTY = st.text(alphabet=st.one_of(
    st.sampled_from(list("蘇州工業園區規上總產值億萬張江科學城乾隆於後苏州工业园区 ，。0123456789%\u3000\u200b\r\n")),
    st.characters()), max_size=200)


@settings(max_examples=300, deadline=None)
@given(SCRIPTY)
def test_conversion_swaps_ideographs_in_place_and_nothing_else(source):
    converted = to_simplified(source)
    assert len(converted) == len(source)
    for old, new in zip(source, converted):
        assert old == new or (_HAN_RUN.fullmatch(old) and _HAN_RUN.fullmatch(new))
        assert new < "\U00010000" or old >= "\U00010000"  # no glyph fonts lack where there was one
