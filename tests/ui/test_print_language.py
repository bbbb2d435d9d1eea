"""The printout's language (issue 14, item 11): in the English UI, File ▸
Printout Language offers the printed page's own words (headings, column
names, notes) in English, the default there, or Chinese; the articles' text
and the zones' Chinese names stay as printed. The Chinese UI prints Chinese."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from zoneprofiles import report
from zoneprofiles.ui import printing
from zoneprofiles.ui.i18n import install_translators
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.settings import Settings


def _window(qtbot, corpus, language):
    Settings().set_language(language)
    install_translators(language)
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    win.set_corpus(corpus)
    win.zone_list.select_zone("临江高新区")
    return win


def _menu(bar_or_menu, text):
    (menu,) = [a.menu() for a in bar_or_menu.actions() if a.menu() and a.text() == text]
    return menu


@pytest.fixture
def exported(monkeypatch, tmp_path):
    """Export PDF as the user does it: the save dialog answered with a file;
    what was put on the pages is kept to look at."""
    pages = []
    build = printing.build_document

    def keep(*args, **kwargs):
        doc = build(*args, **kwargs)
        pages.append(doc.toPlainText() + "\n" + str(doc.property("zoneprofiles_footer"))
                     + "\n" + str(doc.property("zoneprofiles_page_words")))
        return doc
    monkeypatch.setattr(printing, "build_document", keep)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "profile.pdf"), "")))
    return pages


def test_the_english_ui_prints_english_words_and_offers_chinese(qtbot, corpus, exported, tmp_path):
    win = _window(qtbot, corpus, "en")
    file_menu = _menu(win.menuBar(), "&File")
    languages = _menu(file_menu, "Printout &Language")
    assert languages.menuAction().isVisible()
    english, chinese = languages.actions()
    assert english.text() == "Printed Page in &English" and english.isChecked()  # the UI's language
    assert chinese.text() == "Printed Page in &Chinese" and not chinese.isChecked()

    win.acts.export_pdf.trigger()  # File ▸ Export PDF…
    assert (tmp_path / "profile.pdf").stat().st_size > 0
    page = exported[-1]
    for words in ("Kind", "Location", "All figures", "Indicator", "Period", "Policies",
                  "Industries and keywords", "2 articles · 7 figures", "1 policy", "Printed ",
                  "page {page} of {pages}", "characters 29–84"):
        assert words in page, words
    for chinese_words in ("全部数据", "所在地", "出处", "打印日期", "第 {page} / {pages} 页"):
        assert chinese_words not in page, chinese_words
    # what the articles print stays as printed
    assert "临江高新区" in page and "约1026.5亿元" in page and "地区生产总值" in page
    assert "实现地区生产总值" in page  # the quoted sentence

    chinese.trigger()  # File ▸ Printout Language ▸ Printed Page in Chinese
    assert chinese.isChecked() and not english.isChecked()
    win.acts.export_pdf.trigger()
    page = exported[-1]
    assert "全部数据" in page and "所在地" in page and "打印日期" in page
    assert "All figures" not in page and "Indicator" not in page


def test_print_preview_follows_the_choice(qtbot, corpus, monkeypatch):
    win = _window(qtbot, corpus, "en")
    asked = []
    monkeypatch.setattr(printing, "print_preview",
                        lambda parent, c, zones, language=None: asked.append(language))
    win.acts.print_preview.trigger()
    win.acts.print_zh.trigger()
    win.acts.print_preview.trigger()
    assert asked == ["en", "zh"]


def test_the_chinese_ui_prints_chinese_without_asking(qtbot, corpus, exported):
    win = _window(qtbot, corpus, "zh_CN")
    file_menu = _menu(win.menuBar(), "文件(&F)")
    assert not win.print_language_menu.menuAction().isVisible()
    assert win.print_language_menu.menuAction() in file_menu.actions()
    win.acts.export_pdf.trigger()
    assert "全部数据" in exported[-1] and "All figures" not in exported[-1]


def test_report_is_chinese_unless_told_and_the_language_does_not_leak(corpus):
    assert report.profile_html(corpus, "临江高新区") == report.profile_html(
        corpus, "临江高新区", language="zh")
    english = report.document_html(corpus, ["临江高新区", "东山经开区"], language="en")
    assert "Contents" in english and "Zone Profiles" in english
    assert report.language() == "zh"  # back to Chinese after the call
    with pytest.raises(ValueError):
        report.profile_html(corpus, "临江高新区", language="fr")
