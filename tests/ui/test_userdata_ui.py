"""The analyst's saved work at start-up: a damaged or too-new file is set
aside and the window says so plainly; work whose article text changed is
listed, never dropped; the background loader lays the work over what it
reads, so a rejection made yesterday is still in effect today."""
from __future__ import annotations

import os
from pathlib import Path

from review_helpers import answer_next_dialog, figure_labels, select_figure, select_source_text
from ui_fixtures import FILE_A, TEXT_A, build_corpus, write_articles
from zoneprofiles.ui.main_window import MainWindow
from zoneprofiles.ui.profile_panel import TAB_NOTES

LOAD_TIMEOUT = 120_000


def _data_dir() -> Path:
    return Path(os.environ["ZONEPROFILES_DATA_DIR"])


def _window(qtbot, corpus=None):
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    qtbot.waitExposed(win)
    if corpus is not None:
        win.set_corpus(corpus)
    return win


def test_a_damaged_file_of_corrections_is_set_aside_and_the_window_says_so(qtbot):
    folder = _data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "userdata.sqlite3").write_bytes(b"this is not a database" * 100)

    win = _window(qtbot, build_corpus())
    assert win.banner.isVisibleTo(win)
    (key,) = win.banner.keys()
    message = win.banner.message(key)
    kept = [p.name for p in folder.iterdir() if ".corrupt-" in p.name]
    assert len(kept) == 1 and kept[0] in message
    assert "已损坏" in message and "新建了一个空文件" in message
    assert (folder / kept[0]).read_bytes() == b"this is not a database" * 100  # never lost

    # the new file works: a rejection is saved in it
    win.zone_list.select_zone("临江高新区")
    select_figure(win, qtbot, "地区生产总值")
    win.review.acts.reject.trigger()
    assert "地区生产总值" not in figure_labels(win)
    assert len(win.userdata.store().changes()) == 1


def test_a_file_from_a_newer_version_is_kept_and_the_window_says_how_to_get_it_back(qtbot):
    import sqlite3
    folder = _data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "userdata.sqlite3")
    conn.execute("CREATE TABLE changes (id INTEGER PRIMARY KEY, kind TEXT)")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()

    win = _window(qtbot, build_corpus())
    message = win.banner.message(win.banner.keys()[0])
    assert "更新版本" in message and ".newer-v99-" in message
    win.banner.findChildren(type(win.banner._rows[win.banner.keys()[0]].close_button))[0].click()
    assert not win.banner.isVisibleTo(win)


def test_work_whose_article_changed_is_listed_and_can_be_forgotten(qtbot):
    win = _window(qtbot, build_corpus())
    win.zone_list.select_zone("临江高新区")
    select_source_text(win, FILE_A, TEXT_A, "聚焦人工智能与生物医药")
    answer_next_dialog(lambda d: d.text_edit.setPlainText("核实主导产业"))
    win.review.acts.add_note.trigger()
    assert not win.banner.isVisibleTo(win)

    # the article is edited: the passage the note quotes is gone
    edited = build_corpus()
    edited.texts[FILE_A] = TEXT_A.replace("聚焦人工智能与生物医药", "聚焦新能源汽车")
    win.set_corpus(edited)
    assert "1 条笔记或修改与文章原文对不上了" in win.banner.message("orphans")
    win.profile.tabs.setCurrentIndex(TAB_NOTES)
    assert "文章中已找不到这段原文" in win.profile.notes.list.item(0).text()  # still shown

    assert win.acts.import_report.isEnabled()
    win.review.acts.orphans.trigger()  # File ▸ 对不上原文的笔记和修改…
    dialog = win.review.orphans_dialog
    (row,) = dialog.rows()
    assert row == ("笔记", "临江高新区", "聚焦人工智能与生物医药", "核实主导产业",
                   "文章已被修改，所引原文不在其中了")
    dialog.orphans.selectRow(0)
    dialog.forget_button.click()
    assert win.userdata.store().changes() == []
    assert win.banner.message("orphans") == ""
    win.review.acts.undo.trigger()  # forgetting can be taken back too
    assert len(win.userdata.store().changes()) == 1


def test_the_loader_lays_yesterdays_rejection_over_the_articles_it_reads(qtbot, tmp_path):
    folder = tmp_path / "文章"
    write_articles(folder)
    win = _window(qtbot)
    with qtbot.waitSignal(win.load_finished, timeout=LOAD_TIMEOUT):
        win.open_paths([str(folder)])
    figures = win.corpus.figures
    once = figures.groupby(["zone_id", "label"]).filter(lambda g: len(g) == 1).iloc[0]
    zone, label = once["zone_id"], once["label"]
    win.zone_list.select_zone(zone)
    select_figure(win, qtbot, label)
    win.review.acts.reject.trigger()
    assert label not in figure_labels(win)
    win.close()

    again = _window(qtbot)
    with qtbot.waitSignal(again.load_finished, timeout=LOAD_TIMEOUT):
        again.open_paths([str(folder)])
    again.zone_list.select_zone(zone)
    assert label not in figure_labels(again)
    assert len(again.corpus.rejected_figures) == 1
    assert not again.banner.isVisibleTo(again)


def test_a_change_made_while_articles_load_stays_in_view(qtbot):
    from zoneprofiles.ui.userdata_bridge import Loaded
    win = _window(qtbot, build_corpus())
    win.zone_list.select_zone("临江高新区")
    select_figure(win, qtbot, "地区生产总值")
    win.review.acts.reject.trigger()
    # a load that read the articles, and laid the store over them, before the rejection
    stale = Loaded(build_corpus(), build_corpus(), edits=0)
    win._on_loaded(stale)
    win.zone_list.select_zone("临江高新区")
    assert "地区生产总值" not in figure_labels(win)
