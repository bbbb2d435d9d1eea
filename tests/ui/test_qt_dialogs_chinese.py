"""Qt's own dialogs in the Chinese UI: the file dialog's labels (which
qtbase's catalogue misses since Qt 6 renamed them), dates as Chinese write
them, and the save dialog starting in Documents or the folder used last."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from zoneprofiles.ui import export_dialog
from zoneprofiles.ui.i18n import prepare_system_locale


def _file_menu_action(window, text):
    menu = window.menuBar().actions()[0].menu()
    return next(a for a in menu.actions() if a.text() == text)


def test_the_save_dialog_speaks_chinese_and_starts_in_documents(window, qtbot, tmp_path,
                                                                monkeypatch):
    docs = tmp_path / "文档"
    docs.mkdir()
    monkeypatch.setattr(export_dialog, "documents_folder", lambda: str(docs))
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, look)
            return
        seen["labels"] = {label.text() for label in dialog.findChildren(QLabel)}
        seen["folder"] = dialog.directory().absolutePath()
        seen["title"] = dialog.windowTitle()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the analyst changes their mind

    QTimer.singleShot(0, look)
    window.zone_list.select_zone("临江高新区")
    _file_menu_action(window, "导出 PDF(&E)…").trigger()
    assert {"查找范围(&L)：", "文件类型(&T)：", "文件名称(&N)："} <= seen["labels"]
    assert Path(seen["folder"]) == docs  # not the program's folder
    assert seen["title"] == "导出 PDF"


def test_dates_in_qt_dialogs_follow_the_ui_language():
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG="C", QT_QPA_PLATFORM="offscreen")
    prepare_system_locale("zh_CN", env)
    assert env["LC_TIME"] == "zh_CN.UTF-8"
    code = ("from PySide6.QtWidgets import QApplication; from PySide6.QtCore import QLocale, QDate;"
            "app = QApplication([]);"
            "print(QLocale.system().toString(QDate(2026, 12, 1), QLocale.FormatType.ShortFormat))")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=60).stdout.strip()
    assert out == "2026/12/1"  # not "1 12 2026"
    mine = {"LANG": "de_DE.UTF-8"}
    prepare_system_locale("zh_CN", mine)
    assert "LC_TIME" not in mine  # a locale the user chose is theirs


def test_the_print_preview_speaks_chinese(window, qtbot):
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintPreviewDialog):
            QTimer.singleShot(20, look)
            return
        seen["title"] = dialog.windowTitle()
        seen["actions"] = {a.text() for a in dialog.findChildren(QAction)}
        dialog.reject()

    QTimer.singleShot(0, look)
    window.zone_list.select_zone("临江高新区")
    _file_menu_action(window, "打印(&P)…").trigger()
    assert seen["title"] == "打印预览"
    assert {"下一页", "上一页", "放大", "缩小", "纵向", "横向"} <= seen["actions"]
