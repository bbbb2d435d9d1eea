"""Reviewing in the window: confirm, reject and correct figures and policies,
add the ones the extractor missed from a selection in the source, undo.
Every change is in the store at once, shows in the profile, the charts and
the printed profile, and is there again after a restart."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from review_helpers import (answer_next_dialog, figure_labels, find_row, rows_of, select_figure,
                            select_policy, select_source_text, status_of_label, tooltip_of_label)
from ui_fixtures import FILE_A, TEXT_A, build_corpus
from zoneprofiles import report
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.profile_models import FIG_LABEL, FIG_SUBJECT, FIG_VALUE, POL_TITLE
from zoneprofiles.ui.source_view import STRONG


def _press(win, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    win.profile.figure_view.setFocus()
    qtbot.keyClick(win.profile.figure_view, key, modifier)


def _strong(win):
    (strong,) = win.source.selections(STRONG)
    return win.source.text_offset(strong.cursor.selectionStart()), \
        win.source.text_offset(strong.cursor.selectionEnd())


def _restart(old, qtbot):
    """Close the window and open a new one on the same user-data folder."""
    old.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.set_corpus(build_corpus())
    return win


def test_confirming_marks_the_figure_and_ctrl_z_takes_it_back(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "地区生产总值")
    _press(window, qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert status_of_label(window, "地区生产总值") == "confirmed"
    assert "已确认" in tooltip_of_label(window, "地区生产总值")
    index = find_row(window.profile.figure_proxy, FIG_LABEL, "地区生产总值")
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None  # the mark beside it
    assert [c.kind for c in window.userdata.store().changes()] == ["confirm_figure"]
    assert "撤销" in window.statusBar().currentMessage()

    _press(window, qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert status_of_label(window, "地区生产总值") == "extracted"
    assert window.userdata.store().changes() == []
    assert not window.review.acts.undo.isEnabled()


def test_reject_hides_a_figure_everywhere_and_survives_a_restart(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    row = select_figure(window, qtbot, "高新技术企业")
    chart_before = window.charts.zone.chart_for(row["figure_id"])
    assert chart_before is not None
    _press(window, qtbot, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)

    assert "高新技术企业" not in figure_labels(window)
    # three of its own left, and its park's three below them
    assert window.profile.tabs.tabText(0) == "关键数据（6）"
    assert window.charts.zone.chart_for(row["figure_id"]) is None
    printed = report.profile_html(window.corpus, "临江高新区")
    assert "<td>高新技术企业</td>" not in printed and "<td>地区生产总值</td>" in printed
    assert window.source.current_file() == FILE_A  # the passage stays in view

    window = _restart(window, qtbot)
    window.zone_list.select_zone("临江高新区")
    assert "高新技术企业" not in figure_labels(window)
    assert len(window.profile.figures.row(0)) > 0

    # "Show rejected" lists it again, struck through, and can bring it back
    window.review.acts.show_rejected.trigger()
    assert "高新技术企业" in figure_labels(window)
    assert status_of_label(window, "高新技术企业") == "rejected"
    assert "已驳回" in tooltip_of_label(window, "高新技术企业")
    index = find_row(window.profile.figure_proxy, FIG_LABEL, "高新技术企业")
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert window.charts.zone.chart_for(row["figure_id"]) is None  # never charted
    select_figure(window, qtbot, "高新技术企业")
    assert window.review.acts.confirm.text() == "恢复(&R)"
    window.review.acts.confirm.trigger()
    assert status_of_label(window, "高新技术企业") == "confirmed"
    window.review.acts.show_rejected.trigger()
    assert "高新技术企业" in figure_labels(window)


def test_a_correction_shows_in_the_profile_and_the_printed_profile(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "高新技术企业")

    def fill(dialog):
        assert dialog.value_edit.text() == "2500" and dialog.unit_edit.text() == "家"
        dialog.label_edit.setText("国家高新技术企业")
        dialog.value_edit.setText("2650")
        dialog.period_edit.setText("2023年")
    seen = answer_next_dialog(fill)
    _press(window, qtbot, Qt.Key.Key_F2)

    assert seen["dialog"].windowTitle() == "更正数据"
    assert "高新技术企业" not in figure_labels(window)
    index = find_row(window.profile.figure_proxy, FIG_LABEL, "国家高新技术企业")
    assert index.sibling(index.row(), FIG_VALUE).data() == "超2650家"  # the qualifier stays
    assert status_of_label(window, "国家高新技术企业") == "corrected"
    assert "已人工修改" in tooltip_of_label(window, "国家高新技术企业")
    assert window.source.highlighted_span()[1:] == (TEXT_A.index("超2500家"),
                                                    TEXT_A.index("超2500家") + 6)
    (change,) = window.userdata.store().changes()
    assert change.fields == {"label": "国家高新技术企业", "value": 2650.0, "period": "2023年"}

    printed = report.profile_html(window.corpus, "临江高新区")
    # the printed table marks the hand-made change in words beside the label
    assert "<td>国家高新技术企业〔已人工修改〕</td>" in printed and "<td>超2650家</td>" in printed
    assert "<td>高新技术企业</td>" not in printed


def test_correcting_the_zone_moves_the_figure(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "新增工业机器人")
    answer_next_dialog(lambda d: d.zone_combo.setCurrentText("滨湖科学城"))
    window.review.acts.correct.trigger()

    # the profile follows the figure to its zone
    assert window.profile.zone_id() == "滨湖科学城"
    assert window.profile.selected_item()[1]["label"] == "新增工业机器人"
    window.zone_list.select_zone("临江高新区")
    # the parent lists it still, now as its park's figure
    index = find_row(window.profile.figure_proxy, FIG_LABEL, "新增工业机器人")
    assert index.sibling(index.row(), FIG_SUBJECT).data() == "园区：滨湖科学城"
    own = [r["label"] for r in rows_of(window.profile.figures) if not r.get("subject")]
    assert "新增工业机器人" not in own


def test_a_dialog_refuses_a_value_that_is_no_number(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "高新技术企业")
    state = {}

    def fill(dialog):
        dialog.value_edit.setText("很多")
        state["ok"] = dialog.ok_button().isEnabled()
        state["error"] = dialog.error.text()
        dialog.value_edit.setText("约2600家")
    answer_next_dialog(fill)
    window.review.acts.correct.trigger()
    assert state["ok"] is False and "数字" in state["error"]
    (change,) = window.userdata.store().changes()
    assert change.fields == {"value": 2600.0}


def test_adding_a_figure_from_a_selection_in_the_source(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    start, end = select_source_text(window, FILE_A, TEXT_A, "给予最高500万元奖励")
    assert window.review.acts.add_figure.isEnabled()

    def fill(dialog):
        assert dialog.value_edit.text() == "500万" and dialog.unit_edit.text() == "元"
        assert dialog.zone_combo.currentText() == "临江高新区"
        dialog.label_edit.setText("新落户企业最高奖励")
    seen = answer_next_dialog(fill)
    window.review.acts.add_figure.trigger()

    assert seen["dialog"].windowTitle() == "添加数据"
    assert "新落户企业最高奖励" in figure_labels(window)
    index = find_row(window.profile.figure_proxy, FIG_LABEL, "新落户企业最高奖励")
    assert index.sibling(index.row(), FIG_VALUE).data() == "500万元"
    assert status_of_label(window, "新落户企业最高奖励") == "added"
    assert "人工添加" in tooltip_of_label(window, "新落户企业最高奖励")
    # the figure is the number in the selection, and the source shows it
    assert _strong(window) == (TEXT_A.index("500万元"), TEXT_A.index("500万元") + 5)
    assert "新落户企业最高奖励" in report.profile_html(window.corpus, "临江高新区")
    assert window.charts.zone.chart_for(index.data(Qt.ItemDataRole.UserRole + 3)) is not None


def test_the_source_menu_offers_to_add_from_the_selection(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_source_text(window, FILE_A, TEXT_A, "500万元")
    texts = []

    def look():
        menu = QApplication.activePopupWidget()
        if menu is None:
            QTimer.singleShot(10, look)
            return
        texts.extend(a.text() for a in menu.actions() if a.isEnabled())
        menu.close()
    QTimer.singleShot(0, look)
    editor = window.source.editor
    editor.customContextMenuRequested.emit(editor.cursorRect().center())
    assert "从所选文字添加数据(&F)…" in texts
    assert "从所选文字添加政策(&P)…" in texts
    assert "添加笔记(&N)…" in texts


def test_adding_a_policy_from_a_selection(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    from ui_fixtures import FILE_B, TEXT_B
    select_source_text(window, FILE_B, TEXT_B, "对总部企业给予最高2000万元补助")

    def fill(dialog):
        assert dialog.kind_combo.currentData() == "subsidy"
        assert dialog.zone_combo.currentText() == "东山经开区"
        dialog.title_edit.setText("总部企业补助")
    answer_next_dialog(fill)
    window.review.acts.add_policy.trigger()

    assert window.profile.tabs.currentIndex() == 1
    assert find_row(window.profile.policy_proxy, POL_TITLE, "总部企业补助") is not None
    assert "总部企业补助" in report.profile_html(window.corpus, "东山经开区")


def test_rejecting_a_policy_and_undoing_it(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    select_policy(window, qtbot, "招商十条")
    window.review.acts.reject.trigger()
    assert window.profile.policies.rowCount() == 0
    window.review.acts.undo.trigger()
    assert window.profile.policies.rowCount() == 1
    assert window.userdata.store().changes() == []


def test_cancelling_a_dialog_saves_nothing(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "地区生产总值")
    answer_next_dialog(lambda d: d.value_edit.setText("1"), accept=False)
    window.review.acts.correct.trigger()
    assert window.userdata.store().changes() == []
    assert not window.review.acts.undo.isEnabled()


def test_printing_gets_the_corpus_with_the_analysts_work(window, qtbot, monkeypatch):
    from zoneprofiles.ui import printing
    got = {}
    monkeypatch.setattr(printing, "print_preview", lambda w, corpus, zones, **kwargs: got.update(c=corpus))
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "地区生产总值")
    window.review.acts.reject.trigger()
    window.print_preview()
    assert got["c"] is window.corpus
    assert "地区生产总值" not in set(got["c"].figures[got["c"].figures.zone_id == "临江高新区"].label)
    assert len(got["c"].rejected_figures) == 1


def test_ctrl_z_while_typing_a_filter_undoes_the_typing_not_the_review(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "地区生产总值")
    window.review.acts.reject.trigger()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit = window.zone_list.filter_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "abc")
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == "" and len(window.userdata.store().changes()) == 1
    window.source.editor.setFocus()  # the source is read-only: Ctrl+Z there is the review's
    qtbot.keyClick(window.source.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.userdata.store().changes() == []
