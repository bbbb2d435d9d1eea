"""The zones the analyst assigned to files and folders in the window, kept in
`assignments.json` in the user's data folder:

    {"version": 1, "assignments": {"/abs/path/稿件/渭南高新区": "渭南高新区"}}

Qt-free. A damaged file never stops a load: what can be read is used, the
rest is said in one sentence, and a file that cannot be read at all is set
aside (renamed, not deleted) so the next assignment starts a fresh one.
"""
from __future__ import annotations

import json
import os
import re
from datetime import datetime
from pathlib import Path

from .assignments import Assignments

FILE_NAME = "assignments.json"
VERSION = 1
# what an article says when it speaks of its zone without naming it
_GENERIC = re.compile(r"高新区|经开区|开发区|综保区|保税区|自贸片区|片区|新区|园区|全区|本区|我区")


def default_path() -> Path:
    from .paths import data_dir
    return data_dir() / FILE_NAME


def load_assignments(path: Path | None = None) -> tuple[Assignments, str]:
    """The saved assignments and a sentence about any damage ('' if none)."""
    path = Path(path) if path is not None else default_path()
    if not path.exists():
        return Assignments(), ""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("assignments"), dict):
            raise ValueError("no assignments table in it")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        aside = _set_aside(path)
        where = f"; it was kept as {aside.name}" if aside else ""
        return Assignments(), (f"{path}: the zone assignments could not be read ({exc}){where}. "
                               "Files load without them; assign zones again where needed.")
    good = {k: v.strip() for k, v in data["assignments"].items()
            if isinstance(k, str) and isinstance(v, str) and v.strip()}
    bad = len(data["assignments"]) - len(good)
    problem = (f"{path}: {bad} zone assignment(s) could not be read and were skipped; "
               "the others are used.") if bad else ""
    return Assignments(good), problem


def _set_aside(path: Path) -> Path | None:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    try:
        os.replace(path, aside)
        return aside
    except OSError:
        return None


def save_assignments(assignments: Assignments, path: Path | None = None) -> Path:
    """Write atomically: a crash leaves the old file or the new one, whole."""
    path = Path(path) if path is not None else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    data = {"version": VERSION, "assignments": dict(sorted(assignments.by_path.items()))}
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return path


def assign(target: Path, zone: str, path: Path | None = None) -> tuple[Assignments, str]:
    """Assign `zone` to the file or folder `target` (an empty zone removes
    the assignment) and save. Returns the assignments now saved and any
    damage found in the old file."""
    current, problem = load_assignments(path)
    by_path = dict(current.by_path)
    key = str(Path(target).resolve())
    if zone.strip():
        by_path[key] = zone.strip()
    else:
        by_path.pop(key, None)
    saved = Assignments(by_path)
    save_assignments(saved, path)
    return saved, problem


def file_path(name: str, opened: list[str] | None) -> Path:
    """Where on disk a corpus file name is: a bundled seed is named by its
    file name alone, anything opened by the path it was opened with."""
    if opened is None:
        from .paths import seeds_dir
        return seeds_dir() / Path(name).name
    return Path(name).resolve()


def unnamed_zone_files(corpus, assignments: Assignments | None = None,
                       opened: list[str] | None = None) -> list[str]:
    """Files with an article that names no zone but speaks of one (高新区,
    全区…), and no zone assigned to them: where an assignment would help."""
    arts = corpus.articles
    if arts.empty:
        return []
    named = set(corpus.mentions["article_id"]) if not corpus.mentions.empty else set()
    out: dict[str, None] = {}
    for art in arts.itertuples(index=False):
        if art.article_id in named or art.source_file in out:
            continue
        text = corpus.texts.get(art.source_file, "")
        if not _GENERIC.search(text, int(art.start), int(art.end)):
            continue
        if assignments and assignments.zone_for(file_path(art.source_file, opened)):
            continue
        out[art.source_file] = None
    return list(out)
