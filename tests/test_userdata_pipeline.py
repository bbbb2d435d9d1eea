"""End to end with the real loader: the analyst's work on an article file
written for this test follows the file when it is edited and when it is
moved to another folder."""
from __future__ import annotations

import shutil

import pytest

from zoneprofiles.pipeline import load_corpus
from zoneprofiles.userdata import UserStore, anchor_at, apply, key_for

ARTICLE = (
    "沙湾高新区：新签约项目提速\n"
    "\n"
    "◎本报记者 周敏\n"
    "\n"
    "今年以来，沙湾高新技术产业开发区（以下简称沙湾高新区）新签约项目86个，计划总投资超420亿元。"
    "2023年，沙湾高新区实现地区生产总值约1350亿元，同比增长6.8%。\n"
    "\n"
    "沙湾高新区出台《沙湾高新区促进人工智能产业发展若干措施》，对新引进的龙头企业给予最高1000万元奖励。\n"
)


def _row(corpus, raw):
    rows = corpus.figures[corpus.figures["raw"] == raw]
    assert len(rows) == 1, f"the loader should read {raw} once"
    return rows.iloc[0]


@pytest.fixture
def work(tmp_path):
    folder = tmp_path / "稿件"
    folder.mkdir()
    (folder / "沙湾.txt").write_text(ARTICLE, encoding="utf-8")
    corpus = load_corpus([folder])
    store = UserStore(tmp_path / "userdata.sqlite3")
    growth = _row(corpus, "6.8%")
    store.correct_figure(key_for(corpus, growth), label="地区生产总值增速", kind="growth")
    store.reject_figure(key_for(corpus, _row(corpus, "超420亿元")))
    text = corpus.texts[growth["source_file"]]
    s = text.index("新签约项目86个")
    note = store.add_note("沙湾高新区", "签约数含续签项目。", anchor_at(text, growth["source_file"], s, s + 8))
    store.close()
    return tmp_path, folder, note


def _check(corpus, store, note):
    out = apply(corpus, store)
    growth = _row(out, "6.8%")
    assert (growth["label"], growth["kind"], growth["status"]) == ("地区生产总值增速", "growth", "corrected")
    assert "超420亿元" not in set(out.figures["raw"])
    for row in out.figures.itertuples(index=False):  # provenance still exact after the change
        assert out.texts[row.source_file][row.start:row.end] == row.raw
    n = out.notes.set_index("note_id").loc[note]
    assert out.texts[n["source_file"]][n["start"]:n["end"]] == "新签约项目86个"
    assert out.orphans == []
    return out


def test_work_follows_an_edited_article(work):
    tmp_path, folder, note = work
    edited = "（本报讯）\n" + ARTICLE.replace("◎本报记者 周敏", "◎本报记者 周敏 实习生 刘洋")
    (folder / "沙湾.txt").write_text(edited, encoding="utf-8")
    with UserStore(tmp_path / "userdata.sqlite3") as store:
        out = _check(load_corpus([folder]), store, note)
        assert {r.change_id for r in out.reanchored} == {c.id for c in store.changes()}


def test_work_follows_an_article_moved_to_another_folder(work):
    tmp_path, folder, note = work
    archive = tmp_path / "归档" / "2023"
    archive.parent.mkdir()
    shutil.move(folder, archive)
    with UserStore(tmp_path / "userdata.sqlite3") as store:
        out = _check(load_corpus([archive]), store, note)
    assert {r.new.how for r in out.reanchored} == {"moved"}
