"""A zone's lists after a switch show its profile's rows: read from the
corpus's columns (model.RowSource) they are the same rows, in the same
order, as the profile's frames, a park's figures marked as the park's, and
the lists still sort."""
from __future__ import annotations

import dataclasses
import math

import pandas as pd
from PySide6.QtCore import Qt

from zoneprofiles.ui.profile_models import FIG_SUBJECT, FIG_VALUE, RowRole
from zoneprofiles.ui.records import Records


def _same(a: dict, b: dict) -> bool:
    if a.keys() != b.keys():
        return False
    for k in a:
        x, y = a[k], b[k]
        if not (x is y or x == y or (isinstance(x, float) and isinstance(y, float)
                                     and math.isnan(x) and math.isnan(y))):
            return False
    return True


def _with_subjects(corpus):
    """The fixture with figure subjects: one of the park's about a company."""
    figures = corpus.figures.copy()
    figures["subject"] = ""
    park = figures.index[figures["zone_id"] == "滨湖科学城"][0]
    figures.loc[park, "subject"] = "临江芯片有限公司"
    return dataclasses.replace(corpus, figures=figures)


def _shown(model) -> list[dict]:
    return [model.row(r) for r in range(model.rowCount())]


def test_each_zone_lists_exactly_its_profiles_rows(window, corpus):
    corpus = _with_subjects(corpus)
    window.set_corpus(corpus)
    panel = window.profile
    for zone_id in corpus.zones["zone_id"]:
        window.zone_list.select_zone(zone_id)
        assert panel.zone_id() == zone_id
        profile = window.corpus.profile(zone_id)
        assert profile.sources  # read from the corpus's columns
        for model, frame in ((panel.policies, profile.policies),
                             (panel.articles, profile.articles)):
            expected = Records(frame)
            assert [r for r in _shown(model)] and len(expected) == model.rowCount() or not len(frame)
            assert all(_same(a, expected[i]) for i, a in enumerate(_shown(model)))
        # the figures: the zone's own first, then each subject's together
        expected = {r["figure_id"]: r for r in Records(profile.figures)}
        shown = _shown(panel.figures)
        assert sorted(r["figure_id"] for r in shown) == sorted(expected)
        assert all(_same(r, expected[r["figure_id"]]) for r in shown)
        subjects = [r["subject"] for r in shown]
        assert subjects == sorted(subjects, key=lambda s: (s != "", subjects.index(s)))


def test_a_parks_figures_are_marked_as_the_parks_in_the_parents_profile(window, corpus):
    window.set_corpus(_with_subjects(corpus))
    window.zone_list.select_zone("临江高新区")
    model = window.profile.figures
    about = {model.row(r)["figure_id"]: model.index(r, FIG_SUBJECT).data()
             for r in range(model.rowCount())}
    assert about["f1"] == ""
    assert about["f5"].endswith("滨湖科学城·临江芯片有限公司")
    assert about["f6"].endswith("滨湖科学城") and "·" not in about["f6"]
    # the park's own profile: its figures as the articles give them
    window.zone_list.select_zone("滨湖科学城")
    rows = {r["figure_id"]: r["subject"] for r in _shown(window.profile.figures)}
    assert rows == {"f5": "临江芯片有限公司", "f6": "", "f7": ""}
    window.zone_list.select_zone("临江高新区")
    assert window.profile.figures.rowCount() == 7


def test_figures_still_sort_by_value_after_a_switch(window, corpus):
    window.set_corpus(_with_subjects(corpus))
    window.zone_list.select_zone("东山经开区")
    window.zone_list.select_zone("临江高新区")
    view, proxy = window.profile.figure_view, window.profile.figure_proxy
    view.sortByColumn(FIG_VALUE, Qt.SortOrder.DescendingOrder)
    values = [proxy.index(r, FIG_VALUE).data(RowRole)["value"] for r in range(proxy.rowCount())]
    assert values == sorted(values, reverse=True) and len(values) == 7


def test_a_profile_with_frames_replaced_shows_the_replaced_rows(window, corpus):
    window.set_corpus(_with_subjects(corpus))
    profile = window.corpus.profile("东山经开区")
    extra = profile.figures.iloc[:1].assign(figure_id="extra")
    shown = dataclasses.replace(profile, figures=pd.concat([profile.figures, extra],
                                                           ignore_index=True))
    window.profile.show_profile(shown)
    ids = [r["figure_id"] for r in _shown(window.profile.figures)]
    assert sorted(ids) == sorted(["f8", "f9", "f10", "extra"])
