"""The bundled seeds read correctly: every example zone, figure and policy of
the spec is in the export, no generic word is a zone, and every figure's
offsets slice its file's decoded text to exactly the printed number."""
import json
from pathlib import Path

import pytest

from zoneprofiles.pipeline import load_corpus

EXAMPLES = json.loads((Path(__file__).parent / "data" / "seed_examples.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def _names(corpus):
    out = {}
    for z in corpus.zones.itertuples():
        for n in [z.name, *str(z.aliases or "").split("|")]:
            if n:
                out[n] = z.zone_id
    return out


@pytest.mark.parametrize("zone", EXAMPLES["zones"], ids=lambda z: z["name"])
def test_example_zone_is_listed(corpus, zone):
    names = _names(corpus)
    assert {zone["name"], *zone["aliases"]} & set(names), f"{zone['name']} missing"


def test_generic_words_are_not_zones(corpus):
    assert not set(corpus.zones["name"]) & set(EXAMPLES["not_zones"])
    # cities and national aggregates are not zones either
    assert not set(corpus.zones["name"]) & {"安阳", "南昌", "国家级经开区", "广州", "广州市"}


def _comma(s):
    return s.replace(",", "，")


@pytest.mark.parametrize("fig", EXAMPLES["figures"], ids=lambda f: f["snippet"])
def test_example_figure_is_found_for_its_zone(corpus, fig):
    zone_id = _names(corpus)[fig["zone"]]
    # the zone's profile: its own figures and those of its parks, marked as the park's
    rows = corpus.profile(zone_id).figures
    hits = [r for r in rows.itertuples()
            if abs(r.value - fig["value"]) <= 1e-3 * max(1, abs(fig["value"]))
            and _comma(fig["snippet"]) in _comma(r.sentence)]
    assert hits, f"{fig['snippet']} not attributed to {fig['zone']}"
    assert hits[0].unit == fig["unit"]


@pytest.mark.parametrize("pol", EXAMPLES["policies"], ids=lambda p: p["title"])
def test_example_policy_is_found_for_its_zone(corpus, pol):
    zone_id = _names(corpus)[pol["zone"]]
    rows = corpus.policies[corpus.policies["zone_id"] == zone_id]
    assert any(pol["title"] in t for t in rows["title"]), f"{pol['title']} missing"


def test_every_figure_span_slices_its_source(corpus):
    for r in corpus.figures.itertuples():
        text = corpus.texts[r.source_file]
        assert text[r.start:r.end] == r.raw
        assert text[r.sentence_start:r.sentence_end] in r.sentence


def test_every_policy_and_mention_span_slices_its_source(corpus):
    def bare(s):
        return "".join(c for c in s if c not in "“”\"")

    for r in corpus.policies.itertuples():
        assert bare(r.title) in bare(corpus.texts[r.source_file][r.start:r.end])
    for r in corpus.mentions.itertuples():
        assert corpus.texts[r.source_file][r.start:r.end] == r.text


def test_anyang_article_lends_no_figures_to_a_zone(corpus):
    anyang = corpus.articles[corpus.articles["title"].str.contains("安阳")]
    assert len(anyang) == 1
    assert corpus.figures[corpus.figures["article_id"].isin(anyang["article_id"])].empty


def test_city_wide_figures_are_not_the_districts_zone(corpus):
    # 广州汽车产业集群产值约5000亿元 is Guangzhou's, not 花都高新区's
    hd = corpus.figures[corpus.figures["zone_id"] == corpus.find_zone("花都高新区")]
    assert not (hd["value"] == 5000e8).any()


def test_reprinted_sections_count_once(corpus):
    f = corpus.figures
    twenty = f[(f["value"] == 20e8) & f["sentence"].str.contains("鸿利光电")]
    assert len(twenty) == 1


def test_five_articles_in_the_first_seed(corpus):
    arts = corpus.articles[corpus.articles["source_file"].str.startswith("000_")]
    assert len(arts) == 5
