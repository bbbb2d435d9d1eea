"""Review ergonomics (issue 14, item 10): a reject moves the selection to the
next row, every review action Undo takes back Redo makes again (Edit menu,
Ctrl+Shift+Z and Ctrl+Y), and source text can be selected with the keyboard
(F6 into the text, Shift+arrows, Ctrl+Shift+F adds the figure)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_helpers import answer_next_dialog, figure_labels, select_figure, status_of_label
from ui_fixtures import FILE_A, TEXT_A
from zoneprofiles.ui.profile_models import FIG_LABEL

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _active(win, qtbot):
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)


def _press(win, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    _active(win, qtbot)
    widget = widget or win.profile.figure_view
    widget.setFocus()
    qtbot.keyClick(widget, key, modifier)


def _selected_label(win):
    item = win.profile.selected_item()
    return None if item is None else item[1]["label"]


def _visible_labels(win):
    proxy = win.profile.figure_proxy
    return [proxy.index(r, FIG_LABEL).data() for r in range(proxy.rowCount())]


def _edit_menu(win):
    (menu,) = [a.menu() for a in win.menuBar().actions() if a.text() == "编辑(&E)"]
    return menu


def test_a_reject_selects_the_next_row_so_reviewing_goes_on(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    labels = _visible_labels(window)
    first, second, third = labels[0], labels[1], labels[2]
    select_figure(window, qtbot, first)
    _press(window, qtbot, Qt.Key.Key_Delete, CTRL)
    assert first not in figure_labels(window)
    assert _selected_label(window) == second  # not an empty selection
    assert window.source.highlighted_span() is not None  # and its source is shown

    _press(window, qtbot, Qt.Key.Key_Delete, CTRL)  # the next reject needs no click
    assert _selected_label(window) == third
    assert len(window.userdata.store().changes()) == 2

    # the last row rejected: the one above it is selected
    last = _visible_labels(window)[-1]
    select_figure(window, qtbot, last)
    above = _visible_labels(window)[-2]
    _press(window, qtbot, Qt.Key.Key_Delete, CTRL)
    assert _selected_label(window) == above


def test_redo_makes_again_what_undo_took_back_with_both_keys_and_the_menu(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "地区生产总值")
    _press(window, qtbot, Qt.Key.Key_Return, CTRL)  # confirm
    select_figure(window, qtbot, "高新技术企业")
    _press(window, qtbot, Qt.Key.Key_Delete, CTRL)  # reject
    assert [c.kind for c in window.userdata.store().changes()] == ["confirm_figure", "reject_figure"]
    redo = window.review.acts.redo
    assert not redo.isEnabled()
    edit = _edit_menu(window)
    assert redo in edit.actions() and window.review.acts.undo in edit.actions()

    _press(window, qtbot, Qt.Key.Key_Z, CTRL)
    _press(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert window.userdata.store().changes() == []
    assert "高新技术企业" in figure_labels(window)
    assert status_of_label(window, "地区生产总值") == "extracted"
    assert redo.isEnabled() and redo.text() == "重做(&R)：确认“地区生产总值 约1026.5亿元”"
    assert "Ctrl+Shift+Z" in window.statusBar().currentMessage()

    _press(window, qtbot, Qt.Key.Key_Z, CTRL | SHIFT)  # the confirm again
    assert status_of_label(window, "地区生产总值") == "confirmed"
    assert "已重做" in window.statusBar().currentMessage()
    _press(window, qtbot, Qt.Key.Key_Y, CTRL)  # the reject again
    assert "高新技术企业" not in figure_labels(window)
    assert [c.kind for c in window.userdata.store().changes()] == ["confirm_figure", "reject_figure"]
    assert not redo.isEnabled()

    # Undo again takes back the redone reject; the Edit menu's Redo makes it again
    _press(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert "高新技术企业" in figure_labels(window)
    edit.aboutToShow.emit()
    redo.trigger()  # what clicking Edit ▸ Redo does
    assert "高新技术企业" not in figure_labels(window)

    # a new change after an undo: nothing is left to redo
    _press(window, qtbot, Qt.Key.Key_Z, CTRL)
    select_figure(window, qtbot, "地区生产总值")
    _press(window, qtbot, Qt.Key.Key_Delete, CTRL)
    assert not redo.isEnabled()


def test_redo_of_notes_and_merges(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    answer_next_dialog(lambda d: d.text_edit.setPlainText("待核实"))
    window.review.acts.add_note.trigger()
    assert [c.kind for c in window.userdata.store().changes()] == ["note"]
    _press(window, qtbot, Qt.Key.Key_Z, CTRL)
    assert window.userdata.store().changes() == []
    _press(window, qtbot, Qt.Key.Key_Y, CTRL)
    (note,) = window.userdata.store().notes()
    assert note.fields["text"] == "待核实"


def test_source_text_selected_with_the_keyboard_becomes_a_figure(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    select_figure(window, qtbot, "地区生产总值")  # its source is shown, the caret at it
    _active(window, qtbot)
    qtbot.keyClick(window.profile.figure_view, Qt.Key.Key_F6)
    editor = window.source.editor
    assert QApplication.focusWidget() is editor
    assert not window.review.acts.add_figure.isEnabled()  # nothing selected yet

    # from 约1026.5亿元 back to the start of the line: select 500万元 further on instead
    start = TEXT_A.index("500万元")
    caret = window.source.text_offset(editor.textCursor().position())
    assert caret < start
    for _ in range(start - caret):
        qtbot.keyClick(editor, Qt.Key.Key_Right)
    for _ in range(len("500万元")):
        qtbot.keyClick(editor, Qt.Key.Key_Right, SHIFT)
    assert window.source.selection() == (FILE_A, start, start + 5, "500万元")
    assert window.review.acts.add_figure.isEnabled()

    def fill(dialog):
        assert dialog.value_edit.text() == "500万" and dialog.unit_edit.text() == "元"
        dialog.label_edit.setText("新落户企业最高奖励")
    seen = answer_next_dialog(fill)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL | SHIFT)
    assert seen["dialog"].windowTitle() == "添加数据"
    assert status_of_label(window, "新落户企业最高奖励") == "added"


def test_the_edit_menu_offers_going_into_the_source_text(window, qtbot):
    edit = _edit_menu(window)
    (go,) = [a for a in edit.actions() if a.shortcut().toString() == "F6"]
    assert go.text() == "转到原文(&T)"
    assert "Shift" in go.toolTip()
