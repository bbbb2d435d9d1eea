"""Fixtures for the UI tests: settings and user data in tmp_path, the
Chinese translation installed as users see it, and the hand-built corpus of
ui_fixtures.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui_fixtures import build_corpus
from zoneprofiles.ui.i18n import install_translators, remove_translators
from zoneprofiles.ui.settings import APPLICATION, ORGANISATION


@pytest.fixture
def corpus():
    return build_corpus()


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, qapp):
    """Settings and user data go to tmp_path, never to the developer's home."""
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION + " tests")
    yield tmp_path
    QSettings().clear()


@pytest.fixture(autouse=True)
def chinese_ui(qapp):
    """The UI as users see it by default: in Chinese."""
    install_translators("zh_CN")
    yield
    remove_translators()


@pytest.fixture
def window(qtbot, corpus):
    from zoneprofiles.ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.set_corpus(corpus)
    return win
