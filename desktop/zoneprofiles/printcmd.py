"""`zoneprofiles print ZONE --pdf FILE [PATH…]`: one zone's printable profile
as a PDF, without a window. Qt is imported only once the zone is found, after
the offscreen platform has been chosen where there is no display.
"""
from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path

from .model import Corpus

EXIT_OK, EXIT_FAILED, EXIT_NO_ZONE = 0, 1, 2


def _load(paths: list[Path] | None, assign: str | None = None) -> Corpus:
    from .assignments import Assignments
    from .cli import with_analyst_work
    from .pipeline import load_corpus
    return with_analyst_work(load_corpus(paths, assignments=Assignments.everywhere(assign, paths)))


def _names(corpus: Corpus) -> dict[str, str]:
    """Every name and alias -> zone_id."""
    out: dict[str, str] = {}
    for row in corpus.zones.itertuples(index=False):
        for name in [row.name, *str(row.aliases or "").split("|")]:
            if isinstance(name, str) and name:
                out.setdefault(name, row.zone_id)
    return out


def find_zone(corpus: Corpus, query: str) -> tuple[str | None, list[str]]:
    """(zone_id, []) when `query` names one zone, by name, alias or id, or is
    part of exactly one zone's names; else (None, the closest names)."""
    query = query.strip()
    names = _names(corpus)
    if query in names:
        return names[query], []
    if query in set(corpus.zones["zone_id"]):
        return query, []
    containing = {zid for name, zid in names.items() if query and query in name}
    if len(containing) == 1:
        return containing.pop(), []
    canonical = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    if containing:
        return None, sorted(canonical[z] for z in containing)
    close = difflib.get_close_matches(query, list(names), n=8, cutoff=0.5)
    return None, list(dict.fromkeys(canonical[names[n]] for n in close))


def _need_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def print_zone(zone: str, pdf: Path, paths: list[Path] | None, assign: str | None = None) -> int:
    """Write the profile of `zone` to `pdf`; an exit code for the CLI.
    `assign`: the zone of the articles that name none (--zone)."""
    err = sys.stderr
    try:
        corpus = _load(paths, assign)
    except (OSError, ValueError) as exc:
        print(f"zoneprofiles: cannot read the articles: {exc}", file=err)
        return EXIT_FAILED
    for problem in getattr(corpus, "problems", []):
        kind = "error" if problem.fatal else "warning"
        print(f"zoneprofiles: {kind}: {problem.path}: {problem.message}", file=err)
    if corpus.zones.empty:
        print("zoneprofiles: no zones were found in the articles", file=err)
        return EXIT_NO_ZONE
    zone_id, close = find_zone(corpus, zone)
    if zone_id is None:
        print(f"zoneprofiles: no zone named {zone!r}", file=err)
        if close:
            print("  did you mean: " + "、".join(close), file=err)
        else:
            print("  zones found: " + "、".join(map(str, corpus.zones["name"])), file=err)
        return EXIT_NO_ZONE

    if _need_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication
    from .ui.printing import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["zoneprofiles"])  # noqa: F841 (fonts need it)
    pdf = Path(pdf)
    try:
        pages = write_pdf(corpus, [zone_id], pdf)
    except OSError as exc:
        print(f"zoneprofiles: cannot write {pdf}: {exc}", file=err)
        return EXIT_FAILED
    name = corpus.zone(zone_id)["name"]
    print(f"zoneprofiles: wrote {pdf} ({name}, {pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK
