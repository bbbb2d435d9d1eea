"""Opening the user-data file without ever losing what is in it.

A file that cannot be read, or was written by a newer version of the app, is
renamed aside (never overwritten, never deleted) and a fresh database is
started; a file at an older version is copied before it is migrated. Each
such event is a sentence in `problems`, naming the file, for the UI to show.
"""
from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import schema

_SIDECARS = ("-wal", "-shm")  # SQLite's own files: they travel with the database


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def _free_name(path: Path, suffix: str) -> Path:
    """`path` + suffix, with a counter when that name (or its sidecars) is taken."""
    candidate = path.with_name(path.name + suffix)
    n = 2
    while candidate.exists() or any(Path(str(candidate) + s).exists() for s in _SIDECARS):
        candidate = path.with_name(f"{path.name}{suffix}-{n}")
        n += 1
    return candidate


def _set_aside(path: Path, suffix: str) -> Path:
    dest = _free_name(path, suffix)
    os.rename(path, dest)
    for side in _SIDECARS:
        src = Path(str(path) + side)
        if src.exists():
            os.rename(src, Path(str(dest) + side))
    return dest


def _inspect(path: Path) -> tuple[str, int, str]:
    """('ok' | 'corrupt' | 'foreign', user_version, detail) of an existing file,
    read without writing to it."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return "corrupt", 0, str(exc)
    try:
        ver = schema.version(conn)
        check = conn.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            return "corrupt", ver, check
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if ver == 0 and tables - {"sqlite_sequence"}:
            return "foreign", 0, "tables: " + ", ".join(sorted(tables))
        return "ok", ver, ""
    except sqlite3.DatabaseError as exc:
        return "corrupt", 0, str(exc)
    finally:
        conn.close()


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA busy_timeout = 5000")  # a second app window may be writing
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a change the UI reported as saved survives a power cut, not just a crash
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def _connect(target: str) -> sqlite3.Connection:
    # autocommit: every transaction is opened and committed explicitly;
    # check_same_thread off: the store serialises its own calls with a lock
    return sqlite3.connect(target, isolation_level=None, check_same_thread=False)


def _backup(conn: sqlite3.Connection, path: Path, old: int) -> Path:
    dest = _free_name(path, f".bak-v{old}-{_stamp()}")
    copy = sqlite3.connect(dest)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return dest


@dataclass
class Event:
    """What opening did, for a UI that words it in its own language:
    `what` is 'damaged', 'foreign', 'newer' (set aside as `kept_as`),
    'upgraded' (`kept_as` is the backup) or 'unopenable' (working in memory)."""

    what: str
    path: Path
    kept_as: Path | None = None
    version: int | None = None
    detail: str = ""


@dataclass
class Opened:
    conn: sqlite3.Connection    # at the latest schema
    on_disk: bool               # False: nothing will outlive the app
    problems: list[str]         # something the analyst must know (data not shown, not saved)
    notices: list[str]          # done without loss, worth a line (an upgrade, with its backup)
    events: list[Event] = field(default_factory=list)  # the same, as data


def open_database(path: Path) -> Opened:
    problems: list[str] = []
    notices: list[str] = []
    events: list[Event] = []
    try:
        return Opened(_open_file(path, problems, notices, events), True, problems, notices, events)
    except (OSError, sqlite3.Error) as exc:
        events.append(Event("unopenable", path, detail=str(exc)))
        problems.append(
            f"Your corrections and notes cannot be saved: the user-data file {path} could not "
            f"be opened ({exc}). What you change now is kept only until the app closes.")
        conn = _connect(":memory:")
        conn.execute("PRAGMA foreign_keys = ON")
        schema.migrate(conn)
        return Opened(conn, False, problems, notices, events)


def _open_file(path: Path, problems: list[str], notices: list[str],
               events: list[Event]) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.is_dir():
        raise IsADirectoryError(f"{path} is a folder")
    if path.exists() and path.stat().st_size > 0:
        state, ver, detail = _inspect(path)
        if state in ("corrupt", "foreign"):
            moved = _set_aside(path, f".corrupt-{_stamp()}")
            what = "is damaged" if state == "corrupt" else "is not a Zone Profiles user-data file"
            events.append(Event("damaged" if state == "corrupt" else "foreign", path, moved,
                                ver, detail))
            problems.append(
                f"The user-data file {path} {what} ({detail}). It was kept, renamed to "
                f"{moved.name}, and a new empty one was started: earlier corrections and notes "
                f"are not shown.")
        elif ver > schema.LATEST:
            moved = _set_aside(path, f".newer-v{ver}-{_stamp()}")
            events.append(Event("newer", path, moved, ver))
            problems.append(
                f"The user-data file {path} was written by a newer version of Zone Profiles "
                f"(data version {ver}; this version reads up to {schema.LATEST}). It was kept "
                f"unchanged, renamed to {moved.name}, and a new empty one was started. Install "
                f"the newer version and rename the file back to see that work again.")
    conn = _connect(str(path))
    try:
        _configure(conn)
        old = schema.version(conn)
        if 0 < old < schema.LATEST:
            backup = _backup(conn, path, old)
            schema.migrate(conn)
            events.append(Event("upgraded", path, backup, old))
            notices.append(
                f"The user-data file {path} was upgraded from data version {old} to "
                f"{schema.LATEST}; a copy of the old file was kept as {backup.name}.")
        else:
            schema.migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn
