"""The analyst's own work, saved the moment it is made.

Every public method that changes something is one SQLite transaction,
committed (and, with synchronous=FULL in WAL mode, on disk) before it
returns, so a crash or a power cut loses at most the change being made.
Methods are plain and synchronous and take milliseconds: a Qt slot can call
them directly. Calls are serialised with a lock, so a background loader may
read the store while the UI thread writes.
"""
from __future__ import annotations

import json
import math
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from numbers import Real
from pathlib import Path
from typing import Iterator

from .anchors import Anchor, Located
from .opening import open_database

FILE_NAME = "userdata.sqlite3"

# kinds of change, as stored in `changes.kind`
CONFIRM_FIGURE, REJECT_FIGURE, CORRECT_FIGURE = "confirm_figure", "reject_figure", "correct_figure"
CONFIRM_POLICY, REJECT_POLICY, CORRECT_POLICY = "confirm_policy", "reject_policy", "correct_policy"
ADD_FIGURE, ADD_POLICY, NOTE, MERGE, SPLIT = "add_figure", "add_policy", "note", "merge", "split"
# the analyst's pick among sources that disagree (indicators.conflicts): the
# anchored figure is the value of its zone, metric, period and basis. A plain
# row of `changes` like the others, so no migration: an older app that meets
# one leaves it alone (it reads only the kinds it knows).
CHOOSE_FIGURE = "choose_figure"
REVIEW_KINDS = {CONFIRM_FIGURE, REJECT_FIGURE, CORRECT_FIGURE,
                CONFIRM_POLICY, REJECT_POLICY, CORRECT_POLICY}
ANCHORED_KINDS = REVIEW_KINDS | {ADD_FIGURE, ADD_POLICY, CHOOSE_FIGURE}


@dataclass
class Change:
    """One thing the analyst did. `zone` is the zone it is about (a note's
    zone, an added item's zone, the merged zone); `target` is where a zone
    was merged into; `fields` holds the rest (corrected values, note text)."""

    id: int
    kind: str
    created: str
    updated: str | None = None
    zone: str | None = None
    target: str | None = None
    anchor: Anchor | None = None
    fields: dict = field(default_factory=dict)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _text(value, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{what} must be a non-empty text")
    return value.strip()


def _number(value) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(float(value)):
        raise ValueError(f"a figure's value must be a finite number, got {value!r}")
    return float(value)


MEASURES = ("level", "growth", "share")
BASES = ("actual", "target", "estimate")


def _check_measure_basis(fields: dict) -> None:
    if "measure" in fields and fields["measure"] not in MEASURES:
        raise ValueError(f"a figure's measure is one of {', '.join(MEASURES)}, "
                         f"got {fields['measure']!r}")
    if "basis" in fields and fields["basis"] not in BASES:
        raise ValueError(f"a figure's basis is one of {', '.join(BASES)}, got {fields['basis']!r}")


def _key(key) -> Anchor:
    return key if isinstance(key, Anchor) else Anchor(*key)


def default_path() -> Path:
    from ..paths import data_dir
    return data_dir() / FILE_NAME


class UserStore:
    """The user-data database. Open problems (a damaged or too-new file set
    aside, a file that cannot be written) are sentences in `problems`;
    `notices` says what was done without loss (an upgrade and its backup)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        opened = open_database(self.path)
        self._conn = opened.conn
        self.on_disk = opened.on_disk
        self.problems: list[str] = opened.problems
        self.notices: list[str] = opened.notices
        self.events = opened.events  # the same as data (opening.Event), for a UI's own wording
        self._lock = threading.RLock()

    # --- lifetime -------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> "UserStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _insert(self, kind: str, *, zone: str | None = None, target: str | None = None,
                anchor: Anchor | None = None, fields: dict | None = None) -> int:
        a = anchor
        with self._tx() as conn:
            cur = conn.execute(
                'INSERT INTO changes (kind, created, zone, target, content_hash, source_file, '
                'start, "end", quote, fields) VALUES (?,?,?,?,?,?,?,?,?,?)',
                (kind, _now(), zone, target,
                 a.content_hash if a else None, a.source_file if a else None,
                 a.start if a else None, a.end if a else None, a.raw if a else None,
                 json.dumps(fields or {}, ensure_ascii=False)))
            return int(cur.lastrowid)

    # --- reviewing extracted items ---------------------------------------------
    def confirm_figure(self, key: Anchor) -> int:
        """The analyst checked this figure against its sentence: it is right."""
        return self._insert(CONFIRM_FIGURE, anchor=_key(key))

    def reject_figure(self, key: Anchor) -> int:
        """This figure is wrong: the profile no longer shows it."""
        return self._insert(REJECT_FIGURE, anchor=_key(key))

    def correct_figure(self, key: Anchor, value: float | None = None, unit: str | None = None,
                       label: str | None = None, period: str | None = None,
                       zone: str | None = None, kind: str | None = None, *,
                       metric: str | None = None, measure: str | None = None,
                       basis: str | None = None, subject: str | None = None,
                       qualifier: str | None = None) -> int:
        """Replace the given fields of an extracted (or added) figure; `zone`
        moves it to another zone. `value` is signed (a fall is negative);
        `measure` is level/growth/share, `basis` actual/target/estimate;
        `metric`, `subject` and `qualifier` may be set to "" (none). Later
        corrections override earlier ones field by field."""
        fields: dict = {}
        if value is not None:
            fields["value"] = _number(value)
        for name, given in (("unit", unit), ("label", label), ("period", period), ("kind", kind),
                            ("metric", metric), ("measure", measure), ("basis", basis),
                            ("subject", subject), ("qualifier", qualifier)):
            if given is not None:
                if not isinstance(given, str):
                    raise ValueError(f"a figure's {name} must be a text, got {given!r}")
                fields[name] = given.strip()
        if zone is not None:
            fields["zone"] = _text(zone, "the zone")
        if not fields:
            raise ValueError("a correction must change at least one field")
        for name in ("label", "kind"):
            if name in fields and not fields[name]:
                raise ValueError(f"a figure's {name} cannot be empty")
        _check_measure_basis(fields)
        return self._insert(CORRECT_FIGURE, anchor=_key(key), zone=fields.get("zone"),
                            fields=fields)

    def choose_figure(self, key: Anchor, group: str = "") -> int:
        """Of figures whose articles disagree, this one is the value to use
        (the latest choice for a group wins; undo goes back to the one
        before). `group` names the group (conflict_id), for the lost-work list."""
        fields = {"group": group.strip()} if isinstance(group, str) and group.strip() else {}
        return self._insert(CHOOSE_FIGURE, anchor=_key(key), fields=fields)

    def confirm_policy(self, key: Anchor) -> int:
        return self._insert(CONFIRM_POLICY, anchor=_key(key))

    def reject_policy(self, key: Anchor) -> int:
        return self._insert(REJECT_POLICY, anchor=_key(key))

    def correct_policy(self, key: Anchor, title: str | None = None, zone: str | None = None,
                       kind: str | None = None) -> int:
        fields = {name: _text(given, f"a policy's {name}") for name, given in
                  (("title", title), ("zone", zone), ("kind", kind)) if given is not None}
        if not fields:
            raise ValueError("a correction must change at least one field")
        return self._insert(CORRECT_POLICY, anchor=_key(key), zone=fields.get("zone"),
                            fields=fields)

    # --- adding what the extractor missed ---------------------------------------
    def add_figure(self, content_hash: str, source_file: str, start: int, end: int, raw: str,
                   zone: str, label: str, value: float, unit: str, period: str = "",
                   kind: str = "actual", *, metric: str = "", measure: str | None = None,
                   basis: str | None = None, subject: str = "", qualifier: str = "") -> int:
        """A figure the analyst selected in the source text (`raw` is the
        selected text, text[start:end]). Without `measure`/`basis` they are
        read from `kind`."""
        anchor = Anchor(content_hash, start, end, raw, source_file)
        fields = {"label": _text(label, "the figure's label"), "value": _number(value),
                  "unit": (unit or "").strip(), "period": (period or "").strip(),
                  "kind": _text(kind, "the figure's kind")}
        for name, given in (("metric", metric), ("measure", measure), ("basis", basis),
                            ("subject", subject), ("qualifier", qualifier)):
            if given:
                if not isinstance(given, str):
                    raise ValueError(f"a figure's {name} must be a text, got {given!r}")
                fields[name] = given.strip()
        _check_measure_basis(fields)
        return self._insert(ADD_FIGURE, anchor=anchor, zone=_text(zone, "the zone"),
                            fields=fields)

    def add_policy(self, content_hash: str, source_file: str, start: int, end: int, title: str,
                   zone: str, kind: str, quote: str | None = None) -> int:
        """A policy the analyst selected in the source text. `quote` is the
        selected text (text[start:end]); it defaults to the title, which is
        right when the analyst selected just the title."""
        title = _text(title, "the policy's title")
        anchor = Anchor(content_hash, start, end, quote or title, source_file)
        return self._insert(ADD_POLICY, anchor=anchor, zone=_text(zone, "the zone"),
                            fields={"title": title, "kind": _text(kind, "the policy's kind")})

    # --- notes -------------------------------------------------------------------
    def add_note(self, zone: str, text: str, anchor: Anchor | None = None) -> int:
        """A note on a zone, optionally pinned to a passage of an article."""
        return self._insert(NOTE, zone=_text(zone, "the zone"),
                            anchor=_key(anchor) if anchor is not None else None,
                            fields={"text": _text(text, "a note")})

    def edit_note(self, note_id: int, text: str) -> None:
        text = _text(text, "a note")
        with self._tx() as conn:
            row = conn.execute("SELECT fields FROM changes WHERE id=? AND kind=?",
                               (note_id, NOTE)).fetchone()
            if row is None:
                raise KeyError(f"no note {note_id}")
            fields = json.loads(row[0])
            fields["text"] = text
            conn.execute("UPDATE changes SET fields=?, updated=? WHERE id=?",
                         (json.dumps(fields, ensure_ascii=False), _now(), note_id))

    def delete_note(self, note_id: int) -> bool:
        with self._tx() as conn:
            return conn.execute("DELETE FROM changes WHERE id=? AND kind=?",
                                (note_id, NOTE)).rowcount > 0

    # --- zones ---------------------------------------------------------------------
    def merge_zones(self, alias_zone: str, into_zone: str) -> int:
        """`alias_zone` is the same zone as `into_zone`: it becomes one of its
        aliases and everything attributed to it moves there."""
        alias, into = _text(alias_zone, "the zone to merge"), _text(into_zone, "the zone to merge into")
        if alias == into:
            raise ValueError(f"{alias} cannot be merged into itself")
        with self._tx() as conn:
            targets = _merge_targets(conn)
            seen, t = set(), into
            while t in targets and t not in seen:
                seen.add(t)
                t = targets[t]
                if t == alias:
                    raise ValueError(f"{into} is already merged into {alias}; split it first")
            cur = conn.execute("INSERT INTO changes (kind, created, zone, target) VALUES (?,?,?,?)",
                               (MERGE, _now(), alias, into))
            return int(cur.lastrowid)

    def split_zone(self, alias_zone: str) -> int:
        """`alias_zone` is a zone of its own: undoes a merge the analyst made,
        or separates a name the extractor wrongly took as an alias."""
        return self._insert(SPLIT, zone=_text(alias_zone, "the zone to split off"))

    # --- history -------------------------------------------------------------------
    def undo(self, change_id: int) -> bool:
        """Forget one change (any kind). False if there was no such change."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM changes WHERE id=?", (change_id,)).rowcount > 0

    def restore(self, change: Change) -> int:
        """Put back a change that was undone or deleted (a deleted note), under
        its old id, so it is applied in its old place in the order."""
        a = change.anchor
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM changes WHERE id=?", (change.id,)).fetchone():
                raise ValueError(f"change {change.id} is still there")
            conn.execute(
                'INSERT INTO changes (id, kind, created, updated, zone, target, content_hash, '
                'source_file, start, "end", quote, fields) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
                (change.id, change.kind, change.created, change.updated, change.zone,
                 change.target, a.content_hash if a else None, a.source_file if a else None,
                 a.start if a else None, a.end if a else None, a.raw if a else None,
                 json.dumps(change.fields or {}, ensure_ascii=False)))
        return change.id

    def changes(self) -> list[Change]:
        """Every change, oldest first (the order they are applied in)."""
        with self._lock:
            rows = self._conn.execute(
                'SELECT id, kind, created, updated, zone, target, content_hash, source_file, '
                'start, "end", quote, fields FROM changes ORDER BY id').fetchall()
        return [_change(r) for r in rows]

    def history(self, limit: int | None = None) -> list[Change]:
        """Newest first, for an undo list."""
        newest = self.changes()[::-1]
        return newest if limit is None else newest[:limit]

    def get(self, change_id: int) -> Change | None:
        return next((c for c in self.changes() if c.id == change_id), None)

    def notes(self, zone: str | None = None) -> list[Change]:
        return [c for c in self.changes() if c.kind == NOTE and (zone is None or c.zone == zone)]

    def reanchor_log(self, change_id: int) -> list[dict]:
        """Each time this change's anchor was moved to follow an edited file."""
        with self._lock:
            cur = self._conn.execute(
                "SELECT at, how, old_hash, old_file, old_start, old_end, new_hash, new_file, "
                "new_start, new_end FROM reanchors WHERE change_id=? ORDER BY id", (change_id,))
            names = [d[0] for d in cur.description]
            return [dict(zip(names, r)) for r in cur.fetchall()]

    def record_reanchors(self, moves: list[tuple[int, Anchor, Located, str]]) -> None:
        """Point changes at where their text is now: (change_id, old anchor,
        new place, new content_hash). The old place is kept in the log."""
        if not moves:
            return
        at = _now()
        with self._tx() as conn:
            for change_id, old, new, new_hash in moves:
                hit = conn.execute(
                    'UPDATE changes SET content_hash=?, source_file=?, start=?, "end"=? '
                    'WHERE id=? AND content_hash=? AND start=? AND "end"=?',
                    (new_hash, new.source_file, new.start, new.end, change_id,
                     old.content_hash, old.start, old.end)).rowcount
                if hit:  # not undone or moved meanwhile
                    conn.execute(
                        "INSERT INTO reanchors (change_id, at, how, old_hash, old_file, old_start, "
                        "old_end, new_hash, new_file, new_start, new_end) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                        (change_id, at, new.how, old.content_hash, old.source_file, old.start,
                         old.end, new_hash, new.source_file, new.start, new.end))


def _merge_targets(conn: sqlite3.Connection) -> dict[str, str]:
    """alias -> target for every zone whose latest merge/split is a merge."""
    latest: dict[str, str | None] = {}
    for kind, zone, target in conn.execute(
            "SELECT kind, zone, target FROM changes WHERE kind IN (?,?) ORDER BY id", (MERGE, SPLIT)):
        latest[zone] = target if kind == MERGE else None
    return {a: t for a, t in latest.items() if t is not None}


def _change(row) -> Change:
    (cid, kind, created, updated, zone, target, content_hash, source_file,
     start, end, quote, fields) = row
    anchor = None
    if content_hash is not None:
        try:
            anchor = Anchor(content_hash, int(start), int(end), quote, source_file or "")
        except (TypeError, ValueError):
            anchor = None  # a damaged row: apply() lists the change as an orphan
    return Change(id=int(cid), kind=kind, created=created, updated=updated, zone=zone,
                  target=target, anchor=anchor, fields=json.loads(fields or "{}"))
