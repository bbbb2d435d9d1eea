"""Merging a zone: the dialog proposes the likeliest zone, one in the same
city with a like name, not the alphabetically first."""
from __future__ import annotations

import pandas as pd
from PySide6.QtCore import Qt

from review_helpers import answer_next_dialog
from zoneprofiles.ui.zone_list import merge_candidates


def _with_duplicate(window, corpus):
    extra = pd.DataFrame([
        ("临江滨湖科学城", "临江滨湖科学城", "科学城", "临江滨湖科学城", None, "江苏省", "临江市", 1, 0, 0),
        ("东山高新区", "东山高新区", "高新区", "东山高新区", None, "浙江省", "东山市", 1, 0, 0),
    ], columns=list(corpus.zones.columns[:10]))
    corpus.zones = pd.concat([corpus.zones, extra], ignore_index=True)
    window.set_corpus(corpus)


def test_the_merge_dialog_proposes_a_like_zone_of_the_same_city(window, qtbot, corpus):
    _with_duplicate(window, corpus)
    window.zone_list.select_zone("临江滨湖科学城")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen = answer_next_dialog(accept=False)
    qtbot.keyClick(window, Qt.Key.Key_M,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "dialog" in seen)
    combo = seen["dialog"].combo
    assert combo.currentText() == "滨湖科学城"  # not 东山经开区, first in code-point order
    assert [combo.itemText(i) for i in range(combo.count())][1] == "临江高新区"  # the same city


def test_candidates_prefer_the_same_city_then_a_like_name(corpus):
    extra = pd.DataFrame([
        ("东山高新区", "东山高新区", "高新区", "东山高新区", None, "浙江省", "东山市", 1, 0, 0),
    ], columns=list(corpus.zones.columns[:10]))
    zones = pd.concat([corpus.zones, extra], ignore_index=True)
    assert merge_candidates(zones, "东山高新区")[0] == "东山经开区"
    # a zone's own park and parent are other zones, proposed last
    assert merge_candidates(zones, "临江高新区")[-1] == "滨湖科学城"
