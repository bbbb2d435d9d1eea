"""File ▸ Export Spreadsheet, as the analyst does it: pick the menu entry,
choose what and which format in the dialog, save, and find the file (with
its source columns) where the status bar says it went."""
from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from ui_fixtures import FILE_A, TEXT_A
from zoneprofiles.ui import export_dialog


def _file_menu_action(window, text):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    for action in file_menu.actions():
        if action.text() == text:
            return action
    raise AssertionError(f"{text} not in the File menu: {[a.text() for a in file_menu.actions()]}")


def _open_dialog(window, qtbot):
    action = _file_menu_action(window, "导出电子表格(&S)…")
    assert action.isEnabled()
    action.trigger()
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _save(qtbot, dialog):
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button.text() == "选择文件…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_export_the_zones_figures_to_excel(window, qtbot, tmp_path, monkeypatch):
    docs = tmp_path / "文档"
    docs.mkdir()
    monkeypatch.setattr(export_dialog, "documents_folder", lambda: str(docs))
    asked = []
    target = tmp_path / "out" / "临江"
    target.parent.mkdir()
    monkeypatch.setattr(window, "save_file_name",
                        lambda title, start, filters: asked.append((title, start, filters))
                        or str(target))
    opened = []
    monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    window.zone_list.select_zone("临江高新区")

    dialog = _open_dialog(window, qtbot)
    assert dialog.windowTitle() == "导出电子表格"
    assert dialog.zone_button.text() == "临江高新区的关键数据" and dialog.zone_button.isChecked()
    assert dialog.xlsx_button.isChecked()
    _save(qtbot, dialog)

    (title, start, filters), = asked
    assert title == "导出电子表格" and "*.xlsx" in filters
    assert Path(start) == docs / "临江高新区-关键数据.xlsx"  # Documents, not the program's folder
    book = target.with_name("临江.xlsx")  # the extension is added
    wb = load_workbook(book)
    assert wb.sheetnames == ["figures"]
    header = [c.value for c in wb["figures"][1]]
    assert header[:2] == ["zone_name", "figure_id"]
    assert {"source_file", "start", "end", "sentence"} <= set(header)
    rows = [dict(zip(header, [c.value for c in r])) for r in wb["figures"].iter_rows(min_row=2)]
    assert len(rows) == 4 and {r["zone_name"] for r in rows} == {"临江高新区"}
    for r in rows:
        assert r["source_file"] == FILE_A and TEXT_A[r["start"]:r["end"]] == r["raw"]

    # the status bar says where it went; the banner offers the folder
    assert window.statusBar().currentMessage() == f"已保存到 {book}"
    assert window.banner.message("saved") == f"已保存到 {book}"
    button = window.banner.button("saved")
    assert button.text() == "打开所在文件夹"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [str(book.parent)]

    # the next export starts in the folder used last
    _save(qtbot, _open_dialog(window, qtbot))
    assert Path(asked[-1][1]).parent == book.parent


def test_export_all_zones_as_csv_files(window, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "全部.csv"
    monkeypatch.setattr(window, "save_file_name", lambda title, start, filters: str(target))
    dialog = _open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
    assert dialog.all_button.text() == "全部园区：关键数据、政策、园区和文章"
    _save(qtbot, dialog)

    names = ["figures", "policies", "zones", "articles"]
    files = {n: tmp_path / f"全部-{n}.csv" for n in names}
    for path in files.values():
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the Chinese right
    rows = {n: list(csv.DictReader(open(p, encoding="utf-8-sig"))) for n, p in files.items()}
    assert len(rows["figures"]) == 10 and len(rows["policies"]) == 2
    assert {r["zone_name"] for r in rows["policies"]} == {"临江高新区", "东山经开区"}
    assert {"source_file", "start", "end", "sentence"} <= set(rows["policies"][0])
    assert len(rows["zones"]) == 3 and len(rows["articles"]) == 3
    assert window.statusBar().currentMessage() == f"已在 {tmp_path} 保存 4 个文件"


def test_export_waits_for_a_corpus(qtbot):
    from zoneprofiles.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    assert not win.acts.export_sheet.isEnabled()
