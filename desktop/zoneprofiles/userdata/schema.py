"""The user-data database's schema, one migration per version.

`PRAGMA user_version` holds the version a file is at. `MIGRATIONS[i]` takes a
database from version i to i+1; each runs in its own transaction together
with the version bump, so a file is always at exactly one known version.
Never edit a migration that has shipped: add the next one.

Every analyst action is one row of `changes` (an append-mostly log): undoing
it deletes the row, and the state is whatever the remaining rows say, read in
id order. Rows pointing into article text carry an anchor (content_hash,
source_file, start, end, quote); `fields` holds the rest as a JSON object.
"""
from __future__ import annotations

import sqlite3
from typing import Callable


def _v1(conn: sqlite3.Connection) -> None:
    # AUTOINCREMENT: an undone change's id is never handed out again, so an
    # id the UI still holds can never name a different change
    conn.execute("""
        CREATE TABLE changes (
            id           INTEGER PRIMARY KEY AUTOINCREMENT,
            kind         TEXT NOT NULL,
            created      TEXT NOT NULL,
            zone         TEXT,
            target       TEXT,
            content_hash TEXT,
            source_file  TEXT,
            start        INTEGER,
            "end"        INTEGER,
            quote        TEXT,
            fields       TEXT NOT NULL DEFAULT '{}'
        )""")


def _v2(conn: sqlite3.Connection) -> None:
    # notes became editable (when was it last changed?), and re-anchoring
    # after an article edit is written down, old place and new
    conn.execute("ALTER TABLE changes ADD COLUMN updated TEXT")
    conn.execute("""
        CREATE TABLE reanchors (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id  INTEGER NOT NULL REFERENCES changes(id) ON DELETE CASCADE,
            at         TEXT NOT NULL,
            how        TEXT NOT NULL,
            old_hash   TEXT, old_file TEXT, old_start INTEGER, old_end INTEGER,
            new_hash   TEXT, new_file TEXT, new_start INTEGER, new_end INTEGER
        )""")
    conn.execute("CREATE INDEX reanchors_change ON reanchors(change_id)")
    conn.execute("CREATE INDEX changes_kind ON changes(kind)")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_v1, _v2]
LATEST = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> tuple[int, int]:
    """Bring `conn` (autocommit mode) up to LATEST; returns (from, to)."""
    start = version(conn)
    for target in range(start + 1, LATEST + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[target - 1](conn)
            conn.execute(f"PRAGMA user_version = {target}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return start, max(start, LATEST)
