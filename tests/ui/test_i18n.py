"""The interface is Chinese by default, Qt's own dialogs too; English is a
menu choice that applies at the next start."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from zoneprofiles.ui.i18n import install_translators
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.settings import Settings


def _menu_titles(win):
    return [a.text() for a in win.menuBar().actions()]


def test_default_interface_is_chinese_including_qt_dialogs(qtbot):
    assert Settings().language() == "zh_CN"
    win = MainWindow()
    qtbot.addWidget(win)
    assert _menu_titles(win) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert win.windowTitle() == "园区档案"
    # Qt's own strings (file and print dialogs, standard buttons)
    assert QCoreApplication.translate("QFileDialog", "Open") == "打开"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"


def test_english_is_chosen_in_the_menu_and_used_at_the_next_start(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.acts.language_en.trigger()
    assert Settings().language() == "en"
    assert "重新启动" in win.statusBar().currentMessage()

    install_translators(Settings().language())  # what the next start does
    again = MainWindow()
    qtbot.addWidget(again)
    assert _menu_titles(again) == ["&File", "&Edit", "&View", "&Help"]
    assert again.zone_list.count_label.text() == "Showing 0 of 0 zones"


def test_qt_bindings_keep_python_objects_alive(qapp):
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on every call
    of a method returning void; after a few thousand calls the app crashes.
    This fails at once on such a build instead of crashing somewhere later."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(200):
        label.setText("园区")
    assert sys.getrefcount(None) >= before - 10
