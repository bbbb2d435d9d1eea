"""The analyst's pick among sources that disagree (a `choose_figure` change
in the user store) is the value key_indicators, compare and conflicts show,
after a restart too, and undo gives the views' own pick back."""
from __future__ import annotations

from pathlib import Path

from zoneprofiles.pipeline import load_corpus
from zoneprofiles.userdata import UserStore, apply, key_for

MULTI = Path(__file__).resolve().parent / "data" / "multi"


def test_a_chosen_value_is_what_every_view_shows_until_undone(tmp_path):
    corpus = load_corpus([MULTI], use_cache=False, workers=0)
    groups = corpus.conflicts()
    other = groups[~groups["chosen"]].iloc[0]
    assert other["raw"] == "3120亿元" and not groups["resolved"].any()
    with UserStore(tmp_path / "u.sqlite3") as store:
        change = store.choose_figure(key_for(corpus, other), other["conflict_id"])
    with UserStore(tmp_path / "u.sqlite3") as store:  # a new session on the same file
        shown = apply(corpus, store)
        chengdu = shown.compare_metric("规上工业总产值", 2023).set_index("zone").loc["成都高新区"]
        assert chengdu["raw"] == "3120亿元" and chengdu["conflict"] and chengdu["resolved"]
        key = shown.key_indicators("成都高新区").set_index("metric").loc["规上工业总产值"]
        assert key["raw"] == "3120亿元" and key["resolved"]
        c = shown.conflicts()
        assert list(c.loc[c["chosen"], "raw"]) == ["3120亿元"] and c["resolved"].all()
        assert store.undo(change)
        back = apply(corpus, store)
    assert back.compare_metric("规上工业总产值", 2023).set_index("zone").loc["成都高新区", "raw"] \
        == "2980亿元"
