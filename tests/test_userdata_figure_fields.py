"""Corrections and additions of a figure's newer fields (metric, signed value,
measure, basis, period, subject, qualifier), saved, reopened and applied; and
corrections saved before these fields existed, applied as they were meant."""
from __future__ import annotations

import json

import pytest

from test_userdata_apply import FILE_A, fig, key, make_corpus, reopened
from zoneprofiles.userdata import UserStore, apply, text_hash


@pytest.fixture
def corpus():
    corpus = make_corpus()
    corpus.articles["date"] = "2023-10-12"
    corpus.articles["date_source"] = "dateline"
    return corpus


@pytest.fixture
def store(tmp_path):
    s = UserStore(tmp_path / "userdata.sqlite3")
    yield s
    s.close()


def test_every_new_field_of_a_figure_can_be_corrected(corpus, store):
    store.correct_figure(key(corpus, "8.5%"), value=-8.5, metric="地区生产总值",
                         measure="growth", basis="target", kind="target", period="今年",
                         subject="星河微电子公司", qualifier="以上")
    out = apply(corpus, reopened(store))
    row = fig(out, "8.5%")
    assert row["value"] == -8.5 and row["metric"] == "地区生产总值"
    assert (row["measure"], row["basis"], row["kind"]) == ("growth", "target", "target")
    assert (row["period"], row["year"], row["span"]) == ("今年", 2023, "全年")
    assert (row["subject"], row["qualifier"], row["status"]) == ("星河微电子公司", "以上", "corrected")


def test_a_later_correction_of_the_basis_keeps_the_measure_and_refolds_the_kind(corpus, store):
    store.correct_figure(key(corpus, "8.5%"), measure="growth", basis="actual", kind="growth")
    store.correct_figure(key(corpus, "8.5%"), basis="estimate")
    row = fig(apply(corpus, store), "8.5%")
    assert (row["measure"], row["basis"], row["kind"]) == ("growth", "estimate", "estimate")


def test_a_correction_saved_before_measure_and_basis_still_applies(corpus, store, tmp_path):
    # as an older version stored it: only the one-word kind
    store.correct_figure(key(corpus, "45个"), kind="target", label="重大项目目标")
    store.correct_figure(key(corpus, "超1200家"), kind="growth")
    with store._tx() as conn:
        stored = [json.loads(r[0]) for r in conn.execute("SELECT fields FROM changes ORDER BY id")]
    assert stored == [{"label": "重大项目目标", "kind": "target"}, {"kind": "growth"}]
    out = apply(corpus, reopened(store))
    target = fig(out, "45个")
    assert (target["label"], target["kind"], target["basis"]) == ("重大项目目标", "target", "target")
    growth = fig(out, "超1200家")
    assert (growth["kind"], growth["measure"], growth["basis"]) == ("growth", "growth", "actual")


def test_the_store_refuses_an_unknown_measure_or_basis(corpus, store):
    with pytest.raises(ValueError, match="measure"):
        store.correct_figure(key(corpus, "8.5%"), measure="rate")
    with pytest.raises(ValueError, match="basis"):
        store.correct_figure(key(corpus, "8.5%"), basis="plan")
    assert store.changes() == []


def test_an_added_figure_keeps_metric_measure_basis_and_subject(corpus, store):
    text = corpus.texts[FILE_A]
    s = text.index("45个")
    store.add_figure(text_hash(text), FILE_A, s, s + 3, "45个", "星河高新区", "引进重大项目", 45,
                     "个", period="今年", kind="target", metric="重大项目", measure="level",
                     basis="target", subject="")
    figures = apply(corpus, reopened(store)).figures
    (row,) = [r for _, r in figures[figures["status"] == "added"].iterrows()]
    assert (row["status"], row["metric"], row["measure"], row["basis"], row["kind"]) == \
        ("added", "重大项目", "level", "target", "target")
    assert (row["year"], row["span"]) == (2023, "全年")
