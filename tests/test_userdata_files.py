"""The user-data file across versions and accidents: an old file is backed up
then upgraded, a damaged or too-new file is set aside (never overwritten or
deleted) with a message, and the app always gets a working store."""
from __future__ import annotations

import json
import os
import sqlite3

from zoneprofiles.userdata import UserStore
from zoneprofiles.userdata.schema import LATEST

# The file as version 1 of the app wrote it (kept here as it was on disk,
# not imported, so a later schema change cannot quietly rewrite the test).
V1_SCHEMA = """
CREATE TABLE changes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, created TEXT NOT NULL,
    zone TEXT, target TEXT, content_hash TEXT, source_file TEXT, start INTEGER,
    "end" INTEGER, quote TEXT, fields TEXT NOT NULL DEFAULT '{}');
"""


def make_v1(path):
    conn = sqlite3.connect(path)
    conn.executescript(V1_SCHEMA)
    conn.execute("INSERT INTO changes (kind, created, zone, fields) VALUES (?,?,?,?)",
                 ("note", "2024-03-01T08:00:00+00:00", "湖西经开区",
                  json.dumps({"text": "去年的笔记：外资数据待核。"}, ensure_ascii=False)))
    conn.execute('INSERT INTO changes (kind, created, content_hash, source_file, start, "end", quote) '
                 "VALUES (?,?,?,?,?,?,?)",
                 ("reject_figure", "2024-03-02T08:00:00+00:00", "ab" * 32, "湖西.txt", 10, 16, "超300家"))
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def aside(tmp_path, marker):
    return sorted(p for p in tmp_path.iterdir() if marker in p.name and not p.name.endswith(("-wal", "-shm")))


def test_an_old_file_is_backed_up_then_upgraded_keeping_the_work(tmp_path):
    path = tmp_path / "userdata.sqlite3"
    make_v1(path)
    with UserStore(path) as store:
        assert store.problems == []
        assert "upgraded from data version 1" in store.notices[0] and ".bak-v1-" in store.notices[0]
        note = store.notes("湖西经开区")[0]
        assert note.fields["text"] == "去年的笔记：外资数据待核。"
        store.edit_note(note.id, "已核实。")  # needs what version 2 added
        assert [c.kind for c in store.changes()] == ["note", "reject_figure"]
        assert store.changes()[1].anchor.raw == "超300家"
    [backup] = aside(tmp_path, ".bak-v1-")
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM changes").fetchone()[0] == 2
    old.close()
    with UserStore(path) as again:  # upgraded once: no second backup
        assert again.notices == [] and again.notes()[0].fields["text"] == "已核实。"
    assert len(aside(tmp_path, ".bak-")) == 1


def test_a_damaged_file_is_set_aside_with_a_message_and_a_new_one_works(tmp_path):
    path = tmp_path / "userdata.sqlite3"
    junk = os.urandom(8192)
    path.write_bytes(junk)
    with UserStore(path) as store:
        [moved] = aside(tmp_path, ".corrupt-")
        assert moved.read_bytes() == junk
        [message] = store.problems
        assert str(path) in message and moved.name in message and "damaged" in message
        store.add_note("湖西经开区", "新的开始。")
    with UserStore(path) as again:
        assert again.problems == [] and [n.fields["text"] for n in again.notes()] == ["新的开始。"]


def test_setting_aside_twice_never_overwrites_the_first(tmp_path):
    path = tmp_path / "userdata.sqlite3"
    for junk in (b"first damaged file" * 100, b"second damaged file" * 100):
        path.write_bytes(junk)
        UserStore(path).close()
    assert sorted(p.read_bytes()[:6] for p in aside(tmp_path, ".corrupt-")) == [b"first ", b"second"]


def test_a_file_from_a_newer_version_is_set_aside_unchanged(tmp_path):
    path = tmp_path / "userdata.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute("INSERT INTO future VALUES ('未来的数据')")
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    conn.commit()
    conn.close()
    original = path.read_bytes()
    with UserStore(path) as store:
        [moved] = aside(tmp_path, f".newer-v{LATEST + 3}-")
        assert moved.read_bytes() == original
        assert "newer version" in store.problems[0] and moved.name in store.problems[0]
        store.add_note("湖西经开区", "旧版本里的笔记。")
        assert store.notes()[0].fields["text"] == "旧版本里的笔记。"


def test_another_programs_database_is_not_taken_over(tmp_path):
    path = tmp_path / "userdata.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name)")
    conn.commit()
    conn.close()
    with UserStore(path) as store:
        assert "not a Zone Profiles user-data file" in store.problems[0]
        assert len(aside(tmp_path, ".corrupt-")) == 1


def test_when_the_file_cannot_be_opened_the_app_still_works_and_says_so(tmp_path):
    blocked = tmp_path / "userdata.sqlite3"
    blocked.mkdir()  # a folder where the file should be
    with UserStore(blocked) as store:
        assert not store.on_disk
        assert "cannot be saved" in store.problems[0] and str(blocked) in store.problems[0]
        cid = store.add_note("湖西经开区", "只在内存里。")
        assert store.get(cid).fields["text"] == "只在内存里。"
    assert blocked.is_dir() and list(blocked.iterdir()) == []
