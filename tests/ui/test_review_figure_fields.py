"""Correcting and adding figures with every field the analyst can now trust:
metric, printed name, signed value, qualifier, period, measure, basis,
subject, zone; figures added from a selection come with their measure,
basis and metric read from the sentence."""
from __future__ import annotations

from PySide6.QtCore import Qt

from review_helpers import answer_next_dialog, select_source_text
from ui_fixtures import FILE_A, FILE_B, TEXT_A, TEXT_B
from zoneprofiles.ui.profile_models import (FIG_KIND, FIG_LABEL, FIG_PERIOD, FIG_SUBJECT,
                                            FIG_VALUE, RowRole, StatusRole)
from zoneprofiles.ui.review_dialogs import figure_from_selection


def _find(win, column, text):
    proxy = win.profile.figure_proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, column).data() == text:
            return proxy.index(r, column)
    return None


def _click(win, qtbot, index):
    view = win.profile.figure_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def _press_f2(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.profile.figure_view.setFocus()
    qtbot.keyClick(win.profile.figure_view, Qt.Key.Key_F2)


def test_correcting_metric_sign_kind_basis_period_and_subject(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    _click(window, qtbot, _find(window, FIG_LABEL, "地区生产总值增速"))

    def fill(dialog):
        assert dialog.label_edit.text() == "地区生产总值增速"
        assert dialog.measure_combo.currentText() == "增速"  # read from the old kind
        assert dialog.basis_combo.currentText() == "实际"
        dialog.metric_combo.setCurrentText("地区生产总值")
        dialog.value_edit.setText("−7.2")
        dialog.qualifier_edit.setText("以上")
        dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("target"))
        dialog.period_edit.setText("今年")
        dialog.subject_edit.setText("临江智造集团")
    seen = answer_next_dialog(fill)
    _press_f2(window, qtbot)
    assert seen["dialog"].windowTitle() == "更正数据"

    index = _find(window, FIG_SUBJECT, "公司：临江智造集团")
    assert index is not None, "the figure is listed as the company's"
    cells = {c: index.sibling(index.row(), c).data()
             for c in (FIG_LABEL, FIG_VALUE, FIG_KIND, FIG_PERIOD)}
    assert cells == {FIG_LABEL: "地区生产总值", FIG_VALUE: "\u22127.2%以上", FIG_KIND: "增速·目标",
                     FIG_PERIOD: "今年（2023年）"}
    assert index.data(StatusRole) == "corrected"
    (change,) = window.userdata.store().changes()
    assert change.fields == {"metric": "地区生产总值", "value": -7.2, "qualifier": "以上",
                             "period": "今年", "subject": "临江智造集团", "measure": "growth",
                             "basis": "target", "kind": "target"}
    # the source still shows the figure's own span
    row = index.data(RowRole)
    _click(window, qtbot, index)
    assert TEXT_A[row["start"]:row["end"]] == "7.2%"
    assert window.source.highlighted_span()[1:] == (row["start"], row["end"])


def test_a_park_figure_corrected_in_its_parent_keeps_its_own_subject(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    _click(window, qtbot, _find(window, FIG_LABEL, "签约项目"))

    def fill(dialog):
        assert dialog.subject_edit.text() == ""  # the park is its zone, not its subject
        assert dialog.zone_combo.currentText() == "滨湖科学城"
        dialog.value_edit.setText("33")
    answer_next_dialog(fill)
    window.review.acts.correct.trigger()
    (change,) = window.userdata.store().changes()
    assert change.fields == {"value": 33.0}
    index = _find(window, FIG_LABEL, "签约项目")
    assert index.sibling(index.row(), FIG_SUBJECT).data() == "园区：滨湖科学城"


def test_a_figure_added_by_hand_gets_measure_basis_and_metric(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    select_source_text(window, FILE_B, TEXT_B, "最高2000万元补助")

    def fill(dialog):
        assert dialog.value_edit.text() == "2000万"
        assert dialog.measure_combo.currentData() == "level"
        assert dialog.basis_combo.currentData() == "actual"
        dialog.label_edit.setText("总部企业最高补助")
        dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData("target"))
    answer_next_dialog(fill)
    window.review.acts.add_figure.trigger()
    (change,) = window.userdata.store().changes()
    assert change.kind == "add_figure"
    assert (change.fields["measure"], change.fields["basis"], change.fields["kind"]) == \
        ("level", "target", "target")
    index = _find(window, FIG_LABEL, "总部企业最高补助")
    assert index.sibling(index.row(), FIG_KIND).data() == "目标"
    assert index.data(StatusRole) == "added"


def test_reading_a_selection_signs_a_fall_and_names_its_metric():
    text = "今年1-9月，全区规上工业总产值同比下降3.2%，预计全年实现规模以上工业总产值520亿元。"
    fall = figure_from_selection(text, text.index("下降"), text.index("%") + 1)
    assert (fall["value"], fall["measure"], fall["basis"], fall["kind"]) == \
        (-3.2, "growth", "actual", "growth")
    assert fall["metric"] == "规上工业总产值" and text[fall["start"]:fall["end"]] == "3.2%"
    estimate = figure_from_selection(text, text.index("520"), text.index("亿元") + 2)
    assert (estimate["measure"], estimate["basis"], estimate["kind"]) == \
        ("level", "estimate", "estimate")
    assert estimate["label"] == "规模以上工业总产值" and estimate["metric"] == "规上工业总产值"
