"""The user-data store on its own: what it accepts, what it refuses with a
sentence the UI can show, and that every change is on disk once the call
returns."""
from __future__ import annotations

import sqlite3
import threading

import pytest

from zoneprofiles.userdata import Anchor, UserStore, text_hash

TEXT = "2023年，临川高新区实现营业收入约2100亿元，同比增长9.3%。"
RAW = "约2100亿元"
KEY = Anchor(text_hash(TEXT), TEXT.index(RAW), TEXT.index(RAW) + len(RAW), RAW, "临川.txt")


@pytest.fixture
def store(tmp_path):
    s = UserStore(tmp_path / "userdata.sqlite3")
    yield s
    s.close()


def test_the_default_file_is_in_the_users_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "数据"))
    with UserStore() as store:
        store.add_note("临川高新区", "默认位置。")
    assert (tmp_path / "数据" / "userdata.sqlite3").is_file()
    with UserStore() as again:
        assert [n.fields["text"] for n in again.notes()] == ["默认位置。"]


def test_a_change_is_on_disk_before_the_call_returns(store):
    store.reject_figure(KEY)
    # a second connection (another process would see the same) reads it at once
    other = sqlite3.connect(store.path)
    assert other.execute("SELECT kind, quote FROM changes").fetchall() == [("reject_figure", RAW)]
    other.close()


def test_the_file_is_in_wal_mode_with_full_sync(store):
    mode = store._conn.execute("PRAGMA journal_mode").fetchone()[0]
    sync = store._conn.execute("PRAGMA synchronous").fetchone()[0]
    assert (mode, sync) == ("wal", 2)


@pytest.mark.parametrize("call, message", [
    (lambda s: s.add_note("临川高新区", "   "), "a note must be a non-empty text"),
    (lambda s: s.add_note("", "内容"), "the zone must be a non-empty text"),
    (lambda s: s.correct_figure(KEY, value="两千亿"), "must be a finite number"),
    (lambda s: s.correct_figure(KEY, value=float("nan")), "must be a finite number"),
    (lambda s: s.correct_figure(KEY), "at least one field"),
    (lambda s: s.correct_figure(KEY, label=""), "label cannot be empty"),
    (lambda s: s.merge_zones("临川高新区", "临川高新区"), "cannot be merged into itself"),
    (lambda s: s.add_figure(KEY.content_hash, "临川.txt", 5, 5, "", "临川高新区", "营收", 1, "元"),
     "span must be non-empty"),
    (lambda s: s.reject_figure(Anchor("", 1, 2, "x")), "content_hash"),
])
def test_bad_input_is_refused_with_a_reason_and_nothing_is_saved(store, call, message):
    with pytest.raises(ValueError, match=message):
        call(store)
    assert store.changes() == []


def test_editing_a_missing_note_says_so(store):
    fid = store.reject_figure(KEY)
    with pytest.raises(KeyError):
        store.edit_note(fid, "这不是笔记")  # a rejection is not a note
    assert store.delete_note(fid) is False
    assert store.get(fid).kind == "reject_figure"


def test_history_is_newest_first_and_ids_are_never_reused(store):
    a = store.confirm_figure(KEY)
    b = store.add_note("临川高新区", "一")
    assert [c.id for c in store.history()] == [b, a]
    assert store.undo(b) is True and store.undo(b) is False
    c = store.add_note("临川高新区", "二")
    assert c > b
    assert [c_.kind for c_ in store.history(limit=1)] == ["note"]


def test_a_corrected_value_keeps_what_was_typed(store, tmp_path):
    cid = store.correct_figure(KEY, value=2150, unit="元", label="营业收入", period="2023年",
                               zone="临川高新技术产业开发区", kind="actual")
    store.close()
    with UserStore(tmp_path / "userdata.sqlite3") as again:
        change = again.get(cid)
    assert change.anchor == KEY
    assert change.fields == {"value": 2150.0, "unit": "元", "label": "营业收入", "period": "2023年",
                             "kind": "actual", "zone": "临川高新技术产业开发区"}


def test_a_background_thread_may_use_the_same_store(store):
    seen = []
    worker = threading.Thread(target=lambda: seen.append(store.add_note("临川高新区", "后台")))
    worker.start()
    worker.join()
    assert [n.id for n in store.notes("临川高新区")] == seen
