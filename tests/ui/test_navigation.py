"""Moving around: a new zone does not keep the last zone's article in the
source pane, and Down in the zone filter moves into the list."""
from __future__ import annotations

from PySide6.QtCore import Qt

from test_main_window import _select_figure_in_table, _type_chinese


def test_switching_zones_clears_the_source_pane(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    _select_figure_in_table(window, qtbot, "实际使用外资")
    assert "外资" in window.source.editor.toPlainText()
    window.zone_list.select_zone("临江高新区")
    assert window.source.editor.toPlainText() == ""
    assert window.source.header.text() == "选择一项数据、政策或文章，查看其原文出处。"


def test_down_in_the_filter_moves_into_the_list(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    edit = window.zone_list.filter_edit
    assert edit.hasFocus()
    _type_chinese(edit, "东山")
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert window.zone_list.view.hasFocus()
    assert window.zone_list.current_zone_id() == "东山经开区"
    qtbot.wait(250)  # the selection settles after typing pauses
    assert window.profile.name_label.text() == "东山经开区"
