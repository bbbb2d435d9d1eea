"""Translations: the UI's own strings are written in English in the code and
translated to Chinese by resources/translations/zoneprofiles_zh_CN.qm; Qt's
qtbase_zh_CN.qm makes Qt's own dialogs (file, print, message boxes) Chinese.
Regenerate the .ts/.qm with `python resources/translations/build.py`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from zoneprofiles.paths import resource

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resource("translations"))


def install_translators(language: str) -> list[QTranslator]:
    """Replace the installed translators with those for `language`
    ("zh_CN" or "en"). Returns the ones that loaded."""
    remove_translators()
    app = QCoreApplication.instance()
    if app is None or language == "en":
        if language == "en":
            QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
        return []
    QLocale.setDefault(QLocale(language))
    wanted = [
        ("qtbase_" + language, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("qt_extra_" + language, translations_dir()),  # what qtbase's catalogue misses
        ("zoneprofiles_" + language, translations_dir()),
    ]
    for name, folder in wanted:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


LOCALE_NAMES = {"zh_CN": "zh_CN.UTF-8", "en": "en_US.UTF-8"}


def prepare_system_locale(language: str, environ=None) -> None:
    """Before the QApplication exists: when the system's locale says nothing
    (C, POSIX, unset), let Qt's own dialogs write dates the way the UI's
    language does ("2026/12/1", not "1 12 2026"). Qt reads LC_TIME for the
    system locale's date formats; a real locale the user set is left alone."""
    import os
    env = os.environ if environ is None else environ
    if env.get("LC_ALL"):  # set on purpose: it overrides everything, and so do we not
        return
    current = env.get("LC_TIME") or env.get("LANG") or ""
    if current.split(".")[0] in ("", "C", "POSIX") and language in LOCALE_NAMES:
        env["LC_TIME"] = LOCALE_NAMES[language]


def remove_translators() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
        translator.deleteLater()
