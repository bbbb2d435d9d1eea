"""A zone's own news page never prints the zone's name: the window says which
files speak of an unnamed zone, File ▸ 为文件指定园区… proposes one from the
folder name, saves it in the user data folder and reads the files again
with it; a damaged assignments file is said plainly and the files load."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from review_helpers import answer_next_dialog
from ui_fixtures import write_articles
from zoneprofiles.paths import data_dir
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.assignments_file import FILE_NAME, load_assignments

UNNAMED = ("本报讯 今年1-9月，高新区规上工业总产值增长12.5%，固定资产投资增长8.1%。"
           "全区新增市场主体1200户。\n")


def _folder(tmp_path):
    root = tmp_path / "稿件"
    write_articles(root / "报道")
    own = root / "渭南高新区"
    own.mkdir(parents=True)
    (own / "工作动态.txt").write_text(UNNAMED, encoding="utf-8")
    return root, own / "工作动态.txt"


def _open(qtbot, folder):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.load_finished, timeout=60000):
        win.open_paths([str(folder)])
    return win


def _menu_action(win, menu_title, text):
    for menu_action in win.menuBar().actions():
        if menu_action.text() == menu_title:
            for action in menu_action.menu().actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"{text} not in {menu_title}")


def test_assigning_a_zone_to_a_file_that_never_names_it(qtbot, tmp_path):
    folder, unnamed = _folder(tmp_path)
    win = _open(qtbot, folder)
    assert "1 个文件未写明园区名称" in win.statusBar().currentMessage()
    assert "渭南高新区" not in set(win.corpus.zones["zone_id"])
    win.show_import_report()
    table = win.import_report().table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert any(name.endswith("工作动态.txt") and "未写明园区名称" in reason
               for name, reason in rows.items())
    win.import_report().close()

    action = _menu_action(win, "文件(&F)", "为文件指定园区(&A)…")
    assert action.isEnabled()
    seen = {}

    def fill(dialog):
        seen["file"] = dialog.file_combo.currentText()
        seen["proposed"] = dialog.zone_combo.currentText()  # from the folder name
        seen["completes"] = [dialog.zone_combo.itemText(i) for i in range(dialog.zone_combo.count())]
    answer_next_dialog(fill)
    with qtbot.waitSignal(win.load_finished, timeout=60000):
        action.trigger()

    assert seen["file"].endswith("渭南高新区/工作动态.txt")
    assert seen["proposed"] == "渭南高新区"
    assert "东山经开区" in seen["completes"]  # the known zones
    saved = json.loads((data_dir() / FILE_NAME).read_text(encoding="utf-8"))
    assert saved["assignments"] == {str(unnamed.resolve()): "渭南高新区"}
    # read again with it: the zone and its figures are there, nothing unnamed is left
    assert "渭南高新区" in set(win.corpus.zones["zone_id"])
    win.zone_list.select_zone("渭南高新区")
    assert win.profile.figures.rowCount() >= 2
    assert "未写明园区名称" not in win.statusBar().currentMessage()

    # a restart reads the files with the saved assignment
    win.close()
    again = _open(qtbot, folder)
    assert "渭南高新区" in set(again.corpus.zones["zone_id"])


def test_a_damaged_assignments_file_is_said_and_the_files_still_load(qtbot, tmp_path):
    folder, _unnamed = _folder(tmp_path)
    data_dir().mkdir(parents=True, exist_ok=True)
    (data_dir() / FILE_NAME).write_text("{不是 JSON", encoding="utf-8")
    win = _open(qtbot, folder)
    assert len(win.corpus.texts) == 3
    assert "东山经开区" in set(win.corpus.zones["zone_id"])
    messages = [p.message for p in win.corpus.problems if p.path == "assignments.json"]
    assert len(messages) == 1 and "could not be read" in messages[0]
    # the damaged file was kept aside, and a new assignment starts a fresh file
    assert list(data_dir().glob(FILE_NAME + ".damaged-*"))
    assert load_assignments()[1] == ""
