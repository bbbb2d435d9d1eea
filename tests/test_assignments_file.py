"""assignments.json: saved and read back, a damaged entry skipped with a
sentence, an unreadable file set aside."""
from __future__ import annotations

import json

from zoneprofiles.assignments_file import assign, load_assignments


def test_saved_assignments_are_read_back_and_removable(tmp_path):
    store = tmp_path / "assignments.json"
    folder = tmp_path / "稿件" / "渭南高新区"
    assign(folder, "渭南高新区", store)
    loaded, problem = load_assignments(store)
    assert problem == "" and loaded.zone_for(folder / "a.txt") == "渭南高新区"
    assign(folder, "", store)
    assert not load_assignments(store)[0]


def test_a_damaged_entry_is_skipped_and_the_rest_used(tmp_path):
    store = tmp_path / "assignments.json"
    store.write_text(json.dumps({"version": 1, "assignments": {"/a": "甲高新区", "/b": 3}}),
                     encoding="utf-8")
    loaded, problem = load_assignments(store)
    assert loaded.by_path == {"/a": "甲高新区"} and "1 zone assignment(s)" in problem


def test_an_unreadable_file_is_set_aside(tmp_path):
    store = tmp_path / "assignments.json"
    store.write_bytes(b"\xff\xfe garbage")
    loaded, problem = load_assignments(store)
    assert not loaded and "could not be read" in problem
    assert not store.exists() and list(tmp_path.glob("assignments.json.damaged-*"))
