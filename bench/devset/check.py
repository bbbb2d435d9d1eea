"""Checks the development set's annotations against their articles.

    .venv/bin/python bench/devset/check.py [NAME ...]

For every annotation: the article file exists and is named in manifest.tsv;
every snippet is a substring of the file (found exactly once, or the first
printing is meant); raw is inside its snippet; value follows from raw as the
project's quantity parser reads it (a mismatch is listed for a human to look
at, since the annotator may be right); measure, basis and why use the
scheme's words; every fact's zone is one of the article's zones; no page is in the set
twice (checked when no NAME is given). Exits 1 when
anything is wrong, printing one line per problem.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "desktop"))

from zoneprofiles.extract.quantities import find_quantities  # noqa: E402

MEASURES = {"level", "growth", "share"}
BASES = {"actual", "target", "estimate"}
WHYS = {"national", "province", "city", "other-zone", "ranking", "count-of-zones", "policy-term", "other"}
POLICY_KINDS = {"document", "package", "measure"}


def manifest() -> dict[str, dict]:
    rows = {}
    for path in sorted(HERE.glob("manifest*.tsv")):
        with path.open(encoding="utf-8") as f:
            rows.update({r["name"]: r for r in csv.DictReader(f, delimiter="\t")})
    return rows


def parsed_value(raw: str):
    qs = [q for q in find_quantities(raw) if q.raw == raw] or find_quantities(raw)
    return qs[0].value if qs else None


def check(name: str, rows: dict[str, dict]) -> list[str]:
    problems = []
    ann_path = HERE / "annotations" / f"{name}.json"
    art_path = HERE / "articles" / f"{name}.txt"
    if not art_path.exists():
        return [f"{name}: no article file {art_path.name}"]
    text = art_path.read_text(encoding="utf-8")
    try:
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        return [f"{name}: annotation unreadable: {exc}"]
    if ann.get("article") != name:
        problems.append(f"{name}: 'article' is {ann.get('article')!r}")
    if rows and name not in rows:
        problems.append(f"{name}: not in manifest.tsv")
    zone_names = set()
    for z in ann.get("zones", []):
        zone_names.add(z["name"])
        zone_names.update(z.get("aliases", []))
    for i, f in enumerate(ann.get("facts", [])):
        where = f"{name}: fact {i} ({f.get('snippet')!r})"
        snippet, raw = f.get("snippet", ""), f.get("raw", "")
        if snippet not in text:
            problems.append(f"{where}: snippet not in the article")
        if raw not in snippet:
            problems.append(f"{where}: raw {raw!r} not in its snippet")
        if f.get("measure") not in MEASURES:
            problems.append(f"{where}: measure {f.get('measure')!r}")
        if f.get("basis") not in BASES:
            problems.append(f"{where}: basis {f.get('basis')!r}")
        if f.get("zone") is not None and f.get("zone") not in zone_names:
            problems.append(f"{where}: zone {f.get('zone')!r} is not among the article's zones")
        if not f.get("label_any"):
            problems.append(f"{where}: no label_any")
        v = parsed_value(raw)
        want = f.get("value")
        if v is not None and want is not None and abs(abs(v) - abs(want)) > 1e-6 * max(1, abs(want)):
            problems.append(f"{where}: value {want} but the parser reads {raw!r} as {v} (look)")
    for i, n in enumerate(ann.get("not_zone_numbers", [])):
        where = f"{name}: not_zone_number {i} ({n.get('snippet')!r})"
        if n.get("snippet", "") not in text:
            problems.append(f"{where}: snippet not in the article")
        if n.get("raw", "") not in n.get("snippet", ""):
            problems.append(f"{where}: raw not in its snippet")
        if n.get("why") not in WHYS:
            problems.append(f"{where}: why {n.get('why')!r}")
    for i, p in enumerate(ann.get("policies", [])):
        if p.get("kind") not in POLICY_KINDS:
            problems.append(f"{name}: policy {i}: kind {p.get('kind')!r}")
        hinted = p.get("zone") is None and bool(rows.get(name, {}).get("zone_hint"))
        if p.get("zone") not in zone_names and not hinted:  # null: the manifest's zone_hint, as for facts
            problems.append(f"{name}: policy {i}: zone {p.get('zone')!r} is not among the article's zones")
    return problems


def same_pages(rows: dict[str, dict]) -> list[str]:
    """Articles fetched from one page: scored twice if both are tuned on, and
    an `unseen` one that shares its page with a `tune` one has been seen."""
    by_url: dict[str, list[str]] = {}
    for name, row in rows.items():
        by_url.setdefault(row.get("url", "").strip(), []).append(name)
    return [f"{', '.join(sorted(names))}: one page ({url}) in the set more than once"
            for url, names in sorted(by_url.items()) if url and len(names) > 1]


def main(argv: list[str]) -> int:
    rows = manifest()
    names = argv or sorted(p.stem for p in (HERE / "annotations").glob("*.json"))
    problems = [p for n in names for p in check(n, rows)]
    if not argv:
        problems += same_pages(rows)
    for p in problems:
        print(p)
    print(f"{len(names)} annotations checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
