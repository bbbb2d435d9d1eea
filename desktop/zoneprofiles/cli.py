"""Commands that need no window: export, compare and print.

Exit codes say what happened: 0 everything loaded, 3 some files were skipped
(what loaded is still written), 4 nothing could be read, 2 bad usage.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_USAGE, EXIT_PARTIAL, EXIT_NOTHING = 0, 2, 3, 4
CSV_FILES = {"zones": "zones.csv", "figures": "figures.csv", "policies": "policies.csv",
             "articles": "articles.csv"}


def _report_problems(corpus) -> None:
    for p in corpus.problems:
        prefix = "skipped" if p.fatal else "warning"
        # the reader's messages already begin with the file's name
        message = p.message if p.message.startswith(str(p.path)) else f"{p.path}: {p.message}"
        print(f"zoneprofiles: {prefix}: {message}", file=sys.stderr)


def with_analyst_work(corpus):
    """The corpus as the analyst left it: confirmations, corrections,
    additions, notes and merges from the user-data store laid over it."""
    from .userdata import UserStore, apply

    store = UserStore()
    try:
        for message in store.problems:
            print(f"zoneprofiles: warning: {message}", file=sys.stderr)
        return apply(corpus, store, persist=False)
    finally:
        store.close()


def _count(n: int, one: str, many: str = "") -> str:
    """"1 file", "2 files": the English plural."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _status(corpus) -> int:
    fatal = [p for p in corpus.problems if p.fatal]
    if not corpus.texts:
        return EXIT_NOTHING
    return EXIT_PARTIAL if fatal else EXIT_OK


def export(out: Path | None, paths: list[Path] | None, xlsx: Path | None = None,
           zone: str | None = None) -> int:
    from .assignments import Assignments
    from .pipeline import load_corpus

    corpus = load_corpus(paths or None, assignments=Assignments.everywhere(zone, paths))
    _report_problems(corpus)
    if corpus.texts:
        corpus = with_analyst_work(corpus)
    if not corpus.texts:
        print("zoneprofiles: nothing could be read; no files written", file=sys.stderr)
        return EXIT_NOTHING
    written = []
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        for attr, fname in CSV_FILES.items():
            frame = getattr(corpus, attr)
            frame.to_csv(out / fname, index=False, encoding="utf-8-sig")
        written.append(str(out))
    if xlsx is not None:  # one workbook: figures, policies, zones, articles as sheets
        from .tables import corpus_sheets, write_workbook
        xlsx.parent.mkdir(parents=True, exist_ok=True)
        write_workbook(corpus_sheets(corpus), xlsx)
        written.append(str(xlsx))
    print(f"zoneprofiles: {_count(len(corpus.zones), 'zone')}, "
          f"{_count(len(corpus.figures), 'figure')}, "
          f"{_count(len(corpus.policies), 'policy', 'policies')} from "
          f"{_count(len(corpus.articles), 'article')} in {_count(len(corpus.texts), 'file')} "
          f"-> {' and '.join(written)}", file=sys.stderr)
    return _status(corpus)


def compare(metric: str, out: Path, period: str | None, paths: list[Path] | None,
            zone: str | None = None) -> int:
    """One metric across zones: one row per zone, period and basis, with sources."""
    from . import indicators
    from .extract.metrics import default_metrics

    canonical = default_metrics().resolve(metric)
    if not canonical:
        close = indicators.close_metric_names(metric)
        hint = f"; close names: {', '.join(close)}" if close else ""
        print(f"zoneprofiles compare: unknown metric {metric!r}{hint}", file=sys.stderr)
        return EXIT_USAGE
    when = indicators.parse_period(period) if period else None
    if period and when is None:
        print(f"zoneprofiles compare: cannot read the period {period!r} "
              "(like 2023, 2023年, 2023年前三季度)", file=sys.stderr)
        return EXIT_USAGE
    if out.suffix.lower() not in (".csv", ".xlsx"):
        print("zoneprofiles compare: --out must end in .csv or .xlsx", file=sys.stderr)
        return EXIT_USAGE
    from .assignments import Assignments
    from .pipeline import load_corpus

    corpus = load_corpus(paths or None, assignments=Assignments.everywhere(zone, paths))
    _report_problems(corpus)
    if not corpus.texts:
        print("zoneprofiles: nothing could be read; no files written", file=sys.stderr)
        return EXIT_NOTHING
    corpus = with_analyst_work(corpus)
    table = indicators.cli_table(corpus, canonical, *(when or (None, None)))
    out.parent.mkdir(parents=True, exist_ok=True)
    from .tables import write_csv, write_xlsx
    if out.suffix.lower() == ".xlsx":
        write_xlsx(table, out, sheet="compare")
    else:
        write_csv(table, out)
    print(f"zoneprofiles: {canonical}: {_count(len(table), 'row')} for "
          f"{_count(table['zone'].nunique(), 'zone')} -> {out}", file=sys.stderr)
    return _status(corpus)


_ZONE_HELP = ("the zone of every article under PATHs that names no zone of its own "
              "(a zone's own news page that only says 高新区)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zoneprofiles",
        description="Zone Profiles: development-zone profiles from Chinese news. "
                    "Without a command, opens the window on PATHs (default: the bundled seeds).")
    sub = parser.add_subparsers(dest="command")
    ex = sub.add_parser("export", help="write zones/figures/policies/articles as CSV files "
                                       "and/or one Excel workbook")
    ex.add_argument("--out", type=Path, help="folder for the CSV files")
    ex.add_argument("--xlsx", type=Path, metavar="FILE",
                    help="Excel workbook to write, one sheet each for figures, policies, "
                         "zones and articles")
    ex.add_argument("--zone", metavar="NAME", help=_ZONE_HELP)
    ex.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled seeds)")
    cm = sub.add_parser("compare", help="one metric across zones as a table (CSV or xlsx) "
                                        "with the sources")
    cm.add_argument("metric", help="the metric, by any of its names (规上工业总产值, 规模以上工业总产值…)")
    cm.add_argument("--period", metavar="P", help="only this period: 2023, 2023年, 2023年前三季度 "
                                                  "(default: every period)")
    cm.add_argument("--out", required=True, type=Path, metavar="FILE", help="FILE.csv or FILE.xlsx")
    cm.add_argument("--zone", metavar="NAME", help=_ZONE_HELP)
    cm.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled seeds)")
    pr = sub.add_parser("print", help="write the printable profile of one zone as PDF")
    pr.add_argument("zone", help="zone name or alias")
    pr.add_argument("--pdf", required=True, type=Path, help="PDF file to write")
    pr.add_argument("--zone", dest="assign", metavar="NAME", help=_ZONE_HELP)
    pr.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled seeds)")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("export", "print", "compare", "-h", "--help"):
        if argv and argv[0] == "--self-test":
            from .selftest import run
            return run()
        if argv and argv[0] in ("--version", "-V"):
            from . import __version__
            print(f"zoneprofiles {__version__}")
            return EXIT_OK
        from .ui.app import run_app
        return run_app(argv)
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    # `print ZONE --pdf FILE PATH…`: argparse takes ZONE and PATH… as one run
    # of positionals, so paths after an option come back here unparsed
    if extra and not any(x.startswith("-") for x in extra):
        args.paths = [*args.paths, *map(Path, extra)]
    elif extra:
        parser.error("unrecognized arguments: " + " ".join(extra))
    if args.command == "export":
        if args.out is None and args.xlsx is None:
            print("zoneprofiles export: give --out DIR, --xlsx FILE or both", file=sys.stderr)
            return EXIT_USAGE
        return export(args.out, args.paths, args.xlsx, args.zone)
    if args.command == "compare":
        return compare(args.metric, args.out, args.period, args.paths, args.zone)
    if args.command == "print":
        from .printcmd import print_zone
        return print_zone(args.zone, args.pdf, args.paths or None, args.assign)
    build_parser().print_help()
    return EXIT_USAGE
