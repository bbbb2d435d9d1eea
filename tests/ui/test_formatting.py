"""How values read on screen, and the offset map that keeps highlights on
the right characters (no window needed)."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, strategies as st

from zoneprofiles.ui.formatting import figure_kind_label, format_value, plain_number
from zoneprofiles.ui.offsets import OffsetMap


@pytest.mark.parametrize("value, unit, qualifier, raw, shown", [
    (1.03e8, "元", "", "1.03亿元", "1.03亿元"),
    (1.0265e11, "元", "约", "约1026.5亿元", "约1026.5亿元"),
    (5e6, "元", "最高", "最高500万元", "最高500万元"),
    (3.2e8, "美元", "", "3.2亿美元", "3.2亿美元"),
    (2500, "家", "超", "超2500家", "超2500家"),
    (12100, "台/套", "", "1.21万台/套", "1.21万台/套"),
    (7, "%", "以上", "7%以上", "7%以上"),
    (1e9, "元", "余", "10亿余元", "10亿元余"),
    (30, "GWh", "", "30GWh", "30GWh"),
    (980, "元", "", "980元", "980元"),
    (float("nan"), "", "", "两位数", "两位数"),
])
def test_values_read_like_the_articles(value, unit, qualifier, raw, shown):
    assert format_value(value, unit, qualifier, raw) == shown


def test_missing_unit_and_qualifier_are_blank_not_nan():
    assert format_value(32, float("nan"), float("nan"), "32") == "32"
    assert format_value(None, None, None, None) == ""


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_plain_numbers_never_use_exponents(x):
    text = plain_number(x)
    assert "e" not in text and "E" not in text
    assert math.isclose(float(text), round(x, 2), abs_tol=0.006)


def test_figure_kinds_are_chinese_in_the_default_ui():
    assert figure_kind_label("target") == "目标"
    assert figure_kind_label("actual") == "实际"


def test_offset_map_counts_wide_characters_and_folded_line_ends():
    text = "a\r\n𠮷b\r\nc"
    # QTextDocument: "a", break, 𠮷 (2 units), "b", break, "c"
    m = OffsetMap(text)
    assert [m.to_doc(i) for i in range(len(text) + 1)] == [0, 1, 2, 2, 4, 5, 6, 6, 7]
    assert m.to_text(4) == text.index("b")
    assert m.to_text(3) == text.index("𠮷")  # the second half of the wide character
    assert m.to_text(6) == text.index("c")  # not the hidden "\n" of the pair


@given(st.text(alphabet=st.sampled_from(list("ab中\r\n𠮷😀")), max_size=40))
def test_offset_map_round_trips_every_character_start(text):
    m = OffsetMap(text)
    positions = [m.to_doc(i) for i in range(len(text) + 1)]
    assert positions == sorted(positions)
    for i, ch in enumerate(text):
        if ch == "\n" and i and text[i - 1] == "\r":
            continue
        assert m.to_text(m.to_doc(i)) == i
