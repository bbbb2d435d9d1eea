"""Notes on a zone (added, edited, deleted, pinned to a passage) and zones
merged and split, in the window; each saved at once and shown at once."""
from __future__ import annotations

from PySide6.QtCore import Qt

from review_helpers import answer_next_dialog, figure_labels, select_source_text
from ui_fixtures import FILE_A, TEXT_A, build_corpus
from zoneprofiles import report
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.profile_panel import TAB_NOTES
from zoneprofiles.ui.source_view import STRONG


def _zone_names(win):
    model = win.zone_list.model
    return sorted(model.zone_ids())


def test_notes_are_added_edited_deleted_and_the_delete_undone(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    window.profile.tabs.setCurrentIndex(TAB_NOTES)
    panel = window.profile.notes
    assert panel.count() == 0 and panel.empty_label.isVisibleTo(window)

    answer_next_dialog(lambda d: d.text_edit.setPlainText("外资增速高于全市平均，需核对统计口径。"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.texts() == ["外资增速高于全市平均，需核对统计口径。"]
    assert window.profile.tabs.tabText(TAB_NOTES) == "笔记（1）"
    assert window.corpus.zone("东山经开区")["notes"] == "外资增速高于全市平均，需核对统计口径。"

    panel.list.setCurrentRow(0)
    answer_next_dialog(lambda d: d.text_edit.setPlainText("外资增速高于全市平均，口径已核对。"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.texts() == ["外资增速高于全市平均，口径已核对。"]

    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert panel.count() == 0
    assert window.userdata.store().notes() == []
    window.review.acts.undo.trigger()  # the deleted note comes back, as it was
    assert panel.texts() == ["外资增速高于全市平均，口径已核对。"]
    window.review.acts.undo.trigger()  # and the edit is taken back
    assert panel.texts() == ["外资增速高于全市平均，需核对统计口径。"]


def test_a_note_pinned_to_a_passage_shows_it_and_survives_a_restart(window, qtbot):
    window.zone_list.select_zone("临江高新区")
    start, end = select_source_text(window, FILE_A, TEXT_A, "聚焦人工智能与生物医药")
    answer_next_dialog(lambda d: d.text_edit.setPlainText("科学城的两大主导产业"))
    window.review.acts.add_note.trigger()

    panel = window.profile.notes
    assert window.profile.tabs.currentIndex() == TAB_NOTES
    assert panel.count() == 1
    assert "关于“聚焦人工智能与生物医药”" in panel.list.item(0).text()

    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    again.set_corpus(build_corpus())
    again.zone_list.select_zone("临江高新区")
    again.profile.tabs.setCurrentIndex(TAB_NOTES)
    again.profile.notes.list.setCurrentRow(0)  # selecting the note shows its passage
    (strong,) = again.source.selections(STRONG)
    assert (again.source.text_offset(strong.cursor.selectionStart()),
            again.source.text_offset(strong.cursor.selectionEnd())) == (start, end)


def test_merging_zones_folds_one_into_the_other_and_splitting_separates_them(window, qtbot):
    window.zone_list.select_zone("滨湖科学城")
    assert window.review.acts.merge.isEnabled()
    answer_next_dialog(lambda d: d.combo.setCurrentText("临江高新区"))
    window.review.acts.merge.trigger()

    assert _zone_names(window) == ["东山经开区", "临江高新区"]
    assert window.profile.zone_id() == "临江高新区"
    assert "滨湖科学城" in window.profile.aliases_label.text()
    assert {"集聚企业", "签约项目", "总投资", "地区生产总值"} <= set(figure_labels(window))
    assert "签约项目" in report.profile_html(window.corpus, "临江高新区")

    seen = answer_next_dialog(lambda d: d.combo.setCurrentText("滨湖科学城"))
    window.review.acts.split.trigger()
    assert seen["dialog"].combo.itemText(0) == "滨湖科学城"  # the analyst's merge comes first
    assert _zone_names(window) == ["东山经开区", "临江高新区", "滨湖科学城"]
    assert window.profile.zone_id() == "滨湖科学城"
    assert sorted(figure_labels(window)) == ["总投资", "签约项目", "集聚企业"]


def test_a_merge_is_undone_with_ctrl_z(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    answer_next_dialog(lambda d: d.combo.setCurrentText("临江高新区"))
    window.review.acts.merge.trigger()
    assert "东山经开区" not in _zone_names(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.zone_list.view.setFocus()
    qtbot.keyClick(window.zone_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "东山经开区" in _zone_names(window)
    assert window.userdata.store().changes() == []


def test_merging_a_zone_into_itself_is_refused_in_the_dialog(window, qtbot):
    window.zone_list.select_zone("东山经开区")
    state = {}

    def fill(dialog):
        dialog.combo.setCurrentText("东山经开区")
        state["ok"] = dialog.ok_button().isEnabled()
        dialog.combo.setCurrentText("临江高新区")
    answer_next_dialog(fill, accept=False)
    window.review.acts.merge.trigger()
    assert state["ok"] is False
    assert window.userdata.store().changes() == []


def test_the_zone_list_menu_offers_merge_split_and_notes(window):
    actions = window.zone_list.view.actions()
    assert window.review.acts.merge in actions and window.review.acts.split in actions
    assert window.review.acts.add_note in actions
