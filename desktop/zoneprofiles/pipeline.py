"""Files -> Corpus: read, structure, find zones, attribute figures and policies.

Data flows one way: corpus (reading, structure) -> extract -> model. This
module wires the steps together and turns normalised offsets back into
offsets in each file's decoded text.

Cross-file rules, the same however the work is spread:
- (以下简称…) short forms are learned from every file before any is
  extracted, so a short form means the same zone in every file;
- a sentence printed in an earlier file (or earlier in the same one) is a
  duplicate: its figures and policies count once;
- the zone registry (ZoneFinder.zones) grows file by file in file order: the
  first file to name a zone fixes its kind, province and city; a park's zone,
  once settled, holds for the files after;
- a policy named for one zone is not handed to another by a later bare mention.

Each file is handled in two halves. `scan_file` (scan.py) finds the zone names and the
figure and policy candidates; none of that depends on earlier files, so it may
run in a worker process (ingest/). `attribute_file` decides which zone each
item belongs to, against the registry as the earlier files left it, and so
runs in file order in one process.

`load_corpus` also keeps each result in a cache (ingest/cache.py) keyed by the
files' content and the extractor version, so opening the same files again
costs a read and a hash per file.
"""
from __future__ import annotations

import bisect
import gc
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable

import pandas as pd

from .assignments import Assignments
from .corpus.reader import SourceText
from .ingest import cache as corpus_cache
from .ingest import pool
from .ingest.helper import industry_rows
from .ingest.plan import LoadPlan, plan_load, worker_count
from .ingest.words import word_check
from .scan import Scan, read_one, scan_file
from .model import (ARTICLE_COLUMNS, FIGURE_COLUMNS, INDUSTRY_COLUMNS, MENTION_COLUMNS,
                    POLICY_COLUMNS, ZONE_COLUMNS, Corpus, LoadProblem)

if TYPE_CHECKING:  # the extractor is imported when a corpus is built, not to open a cached one
    from .corpus.structure import Document
    from .extract.attribution import Attributor
    from .extract.zones import ZoneFinder, ZoneInfo

Progress = Callable[[int, int, str], None]
FRAMES = ("articles", "zones", "mentions", "figures", "policies", "industries")


class Cancelled(Exception):
    """The caller's `cancelled()` said stop; nothing is returned or cached."""


@dataclass
class _Rows:
    articles: list = field(default_factory=list)
    mentions: list = field(default_factory=list)
    figures: list = field(default_factory=list)
    policies: list = field(default_factory=list)
    zone_texts: dict = field(default_factory=lambda: defaultdict(list))
    policy_owner: dict = field(default_factory=dict)


def _raw_sentence(src: SourceText, attr: Attributor, s) -> tuple[str, int, int]:
    rs, re_ = src.view.raw_span(s.start, s.end)
    text = src.text[rs:re_]
    prev = attr._prev_piece.get(s.index)
    if prev is not None:
        ps, pe = src.view.raw_span(prev.start, prev.end)
        text = src.text[ps:pe] + text
    elif s.joined:
        nxt = [t for t in attr.doc.sentences if t.joined == s.joined and t.index > s.index]
        if nxt:
            ns, ne = src.view.raw_span(nxt[0].start, nxt[0].end)
            text = text + src.text[ns:ne]
    return text, rs, re_


def assume_zone(finder: ZoneFinder, name: str) -> str:
    """The canonical zone for an assigned name, registered like one found in
    text: a known zone (or alias) keeps its gazetteer entry, a name read as a
    zone by pattern gets its kind and place, anything else is taken as given."""
    name = name.strip()
    loci = [l for l in finder.find(name) if l.what == "zone"]
    if loci and loci[0].start == 0 and loci[0].end == len(name):
        return loci[0].zone
    if name not in finder.zones:
        from .extract.zones import ZoneInfo
        finder.zones[name] = ZoneInfo(name, "", aliases={name})
    return name


def merge_registry(finder: ZoneFinder, registry: dict[str, ZoneInfo]) -> None:
    """Apply what one file's `find` did to the zone registry, as if it had run
    on `finder` itself: a zone new to `finder` comes as that file registered
    it; a known one keeps its name, kind, province and city (the first file
    fixed them), gains the file's aliases, and takes any other field (a park's
    zone, the park flag) only where it had none yet."""
    for name, info in registry.items():
        current = finder.zones.get(name)
        if current is None:
            finder.zones[name] = info.copy()
            continue
        current.aliases |= info.aliases
        for f in _settled_fields():
            if not getattr(current, f) and getattr(info, f):
                setattr(current, f, getattr(info, f))


@lru_cache(maxsize=1)
def _settled_fields() -> tuple[str, ...]:
    """ZoneInfo's fields but those the first file that registers a zone fixes:
    each of these is settled once."""
    from .extract.zones import ZoneInfo
    return tuple(f.name for f in fields(ZoneInfo)
                 if f.name not in {"name", "kind", "province", "city", "aliases"})


def attribute_file(src: SourceText, doc: Document, scan: Scan, finder: ZoneFinder,
                   rows: _Rows, default_zone: str | None = None) -> None:
    """Rows of one file, against the registry as the earlier files left it.
    `default_zone` (the analyst's assignment) is the zone of every article
    in the file that names none of its own."""
    from .extract.attribution import Attributor
    from .extract.metrics import default_metrics
    from .extract.when import article_dates
    metrics = default_metrics()
    attr = Attributor(doc, scan.loci, finder,
                      assume_zone(finder, default_zone) if default_zone else None,
                      aggregated=scan.aggregated)
    art_ids = {}
    dates = scan.dates if scan.dates is not None else article_dates(doc, src.path)
    for a in doc.articles:
        aid = f"{src.name}#{a.index + 1}"
        art_ids[a.index] = aid
        rs, re_ = src.view.raw_span(a.start, a.end)
        date, date_source, outlet = dates[a.index]
        rows.articles.append((aid, src.name, a.title, a.byline, date, date_source, outlet, rs, re_))
    sentence_of_pos = {}
    for s in doc.sentences:
        sentence_of_pos[s.start] = s
    starts = sorted(sentence_of_pos)

    for zone, l in attr.mentions():
        i = bisect.bisect_right(starts, l.start) - 1
        if i < 0:
            continue
        s = sentence_of_pos[starts[i]]
        rs, re_ = src.view.raw_span(l.start, l.end)
        rows.mentions.append((zone, art_ids[s.article], src.name, rs, re_, src.text[rs:re_]))

    # a headline's figure counts once: where the body prints it again, the
    # body's row (a whole sentence, a better label) is kept
    headlines: list = []
    printed: set[tuple] = set()  # (article, value, unit) of the body's figures
    for s in doc.sentences:
        if s.heading:
            if not s.duplicate:
                headlines.append(s)
            continue
        zone_here = attr.zone_at(s, s.end)
        if zone_here and not s.duplicate:
            rows.zone_texts[zone_here].append(s.display)
        if s.duplicate:
            continue
        sentence = None
        for f in scan.figures.get(s.index, ()):
            zone = attr.zone_at(s, f.start)
            if not zone:
                continue
            printed.add((s.article, f.value, f.quantity.unit))
            if sentence is None:
                sentence = _raw_sentence(src, attr, s)
            rows.figures.append(_figure_row(src, zone, f, s, dates, art_ids, metrics, sentence))
        _policy_rows(src, attr, s, scan, art_ids, rows, sentence)
    for s in headlines:
        _headline_figures(src, attr, s, scan, dates, art_ids, metrics, rows, printed)
        _policy_rows(src, attr, s, scan, art_ids, rows)


def _policy_rows(src, attr, s, scan, art_ids, rows, sentence=None) -> None:
    from .extract.policies import policy_key
    for h in scan.policies.get(s.index, ()):
        zone, how = attr.attribute(s, h.start)
        titled = _zone_in_title(attr, h)
        if titled:
            zone, how = titled, 2  # 《关于支持临港新片区…的若干措施》 is that zone's
        elif not zone and h.kind == "document":
            zone, how = _zone_outside_titles(attr, s, h, scan.policies[s.index])
        if not zone:
            continue
        key = policy_key(h.title)
        owner = rows.policy_owner.get(key)
        if owner is not None and owner[0] != zone and how == 0 and owner[1] > 0:
            continue  # named for one zone before; a later bare mention is not another's
        if owner is None or how > owner[1]:
            rows.policy_owner[key] = (zone, how)
        if sentence is None:
            sentence = _raw_sentence(src, attr, s)
        rs, re_ = src.view.raw_span(h.start, h.end)
        rows.policies.append((zone, h.title, h.kind, h.terms, art_ids[s.article], src.name, rs, re_,
                              sentence[0], sentence[1], sentence[2]))


def _figure_row(src, zone, f, s, dates, art_ids, metrics, sentence) -> tuple:
    from .extract.when import period_when
    rs, re_ = src.view.raw_span(f.start, f.end)
    q = f.quantity
    year, span = period_when(f.period, dates[s.article])
    basis, kind = f.basis, f.kind
    if basis == "actual" and _after_the_article(year, span, dates[s.article]):
        # "2027年，投入资金50亿元" in a 2025 article: a year still to come is a goal
        from .extract.figures import kind_of
        basis, kind = "target", kind_of(f.measure, "target")
    return (zone, metrics.metric_for(f.label), f.label, f.value, q.unit, src.text[rs:re_],
            q.qualifier, f.measure, basis, kind, f.period, year, span, f.subject,
            art_ids[s.article], src.name, rs, re_, sentence[0], sentence[1], sentence[2])


def _after_the_article(year, span: str, article: tuple[str, str, str]) -> bool:
    """Whether a figure's one year comes after its article's printed date (a
    date from the file's time says nothing; a span of years such as 十四五 may
    hold the past as well)."""
    iso_date, source, _outlet = article
    if year is None or not iso_date or source == "file" or "-" in (span or "") and "月" not in span:
        return False
    return int(year) > int(iso_date[:4])


def _zone_outside_titles(attr, s, hit, hits) -> tuple[str | None, int]:
    """"贯彻《国务院…若干意见》,结合《中共青岛市委…意见》,青岛高新区坚持…": the places
    inside the titles issued them; the one zone the rest of the sentence names
    is the one applying them, unless a place before the title, outside any,
    is the subject (青岛市出台《…》)."""
    titles = [(h.start, h.end) for h in hits if h.kind == "document"]
    zones = set()
    for l in attr.sentence_loci(s):
        if any(a <= l.start < b for a, b in titles):
            continue
        if l.what == "place" and l.start < hit.start:
            return None, 2
        if l.what == "zone":
            zones.add(attr._zone_of(l))
    zones.discard(None)
    return (zones.pop(), 2) if len(zones) == 1 else (None, 2)


def _zone_in_title(attr, h) -> str | None:
    """The one zone a document's title names, if it names exactly one."""
    if h.kind != "document":
        return None
    zones = {z for z in (attr._zone_of(l) for l in attr.in_range(h.start, h.end)) if z}
    return zones.pop() if len(zones) == 1 else None


def _headline_figures(src, attr, s, scan, dates, art_ids, metrics, rows, printed) -> None:
    sentence = None
    kept_level = None  # the headline's own level figure just kept (超2000亿元)
    for f in scan.figures.get(s.index, ()):
        zone = attr.zone_at(s, f.start)
        if not zone:
            continue
        # "GDP超2000亿元 增长11.1%": the growth printed with a level the body
        # does not repeat belongs to that headline pair, though the body prints
        # the same growth with its exact level
        paired = (kept_level is not None and f.measure == "growth" and kept_level[0] == zone
                  and f.label.startswith(kept_level[1]))
        if (s.article, f.value, f.quantity.unit) in printed and not paired:
            kept_level = None
            continue
        if paired:
            f = replace(f, label=kept_level[1])  # not "GDP超2000亿元"
        kept_level = (zone, f.label) if f.measure == "level" and f.label else None
        if sentence is None:
            sentence = _raw_sentence(src, attr, s)
        rows.figures.append(_figure_row(src, zone, f, s, dates, art_ids, metrics, sentence))


def _frame(rows: list, columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(
        {c: pd.Series(dtype="object") for c in columns})


IndustriesFn = Callable[[list[tuple[str, list[str]]]], list[tuple]]


def assemble(sources: list[SourceText], rows: _Rows, finder: ZoneFinder,
             problems: list[LoadProblem], name: str,
             industries: IndustriesFn = industry_rows) -> Corpus:
    """The Corpus from every file's rows and the final zone registry."""
    from .extract.policies import policy_key
    figures = _frame(rows.figures, FIGURE_COLUMNS[1:])
    # the same figure printed again (another article, a recap box) counts once; its
    # period is compared as resolved, since a headline's 上半年 is the body's 2021年上半年
    when = figures["period"].astype(str)
    if not figures.empty:
        dated = figures["year"].notna()
        when = when.where(~dated, figures["year"].astype(str) + "|" + figures["span"].astype(str))
    figures = figures[~figures.assign(_when=when).duplicated(
        subset=["zone_id", "label", "value", "unit", "kind", "_when"])]
    figures.insert(0, "figure_id", range(1, len(figures) + 1))
    policies = _frame(rows.policies, POLICY_COLUMNS[1:])
    if not policies.empty:
        policies = policies.assign(_k=policies["title"].map(policy_key))
        policies = policies.drop_duplicates(subset=["zone_id", "_k"]).drop(columns="_k")
    policies.insert(0, "policy_id", range(1, len(policies) + 1))
    mentions = _frame(rows.mentions, MENTION_COLUMNS)
    articles = _frame(rows.articles, ARTICLE_COLUMNS)

    # counted once per column, not once per zone: an archive has thousands of zones
    arts_of = mentions.groupby("zone_id")["article_id"].nunique().to_dict() if not mentions.empty else {}
    figures_of = figures["zone_id"].value_counts().to_dict() if not figures.empty else {}
    policies_of = policies["zone_id"].value_counts().to_dict() if not policies.empty else {}
    parents = {z.parent for z in finder.zones.values() if z.parent}
    zone_rows = []
    for zname, info in sorted(finder.zones.items()):
        n_arts = int(arts_of.get(zname, 0))
        nf = int(figures_of.get(zname, 0))
        np_ = int(policies_of.get(zname, 0))
        if not n_arts and not nf and not np_ and zname not in parents:
            continue  # a gazetteer parent no text names
        aliases = "|".join(sorted(a for a in info.aliases if a != zname))
        zone_rows.append((zname, zname, info.kind, aliases, info.parent or "", info.province or "",
                          info.city or "", n_arts, nf, np_))
    zones = _frame(zone_rows, ZONE_COLUMNS)

    zone_ids = set(zones["zone_id"]) if not zones.empty else set()
    items = [(zone, texts) for zone, texts in rows.zone_texts.items() if zone in zone_ids]
    industries_frame = _frame(industries(items), INDUSTRY_COLUMNS)
    return Corpus(articles=articles, zones=zones, mentions=mentions, figures=figures,
                  policies=policies, industries=industries_frame,
                  texts={s.name: s.text for s in sources}, problems=problems, name=name)


def gazetteer_problems(warnings: list[str]) -> list[LoadProblem]:
    return [LoadProblem("gazetteer", w, fatal=False) for w in warnings]


def build_corpus(sources: list[SourceText], problems: list[LoadProblem] | None = None,
                 name: str = "", progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 industries: IndustriesFn = industry_rows,
                 assignments: Assignments | None = None) -> Corpus:
    """Extract a Corpus from files already read, in this process, file by file
    (`industries` ranks each zone's industries and keywords; `assignments`
    the zones the analyst gave files that name none)."""
    from .corpus.structure import build_document, mark_duplicates
    from .extract.gazetteer import load_gazetteer, load_places
    from .extract.zones import ZoneFinder
    gazetteer, warnings = load_gazetteer()
    problems = list(problems or []) + gazetteer_problems(warnings)
    finder = ZoneFinder(gazetteer, load_places())
    is_word = word_check(gazetteer)
    rows = _Rows()
    seen: set[str] = set()
    docs = []
    for src in sources:
        if cancelled is not None and cancelled():
            break
        docs.append(build_document(src.view.text, is_word))
        finder.learn_aliases(src.view.text)
    for i, (src, doc) in enumerate(zip(sources, docs)):
        if cancelled is not None and cancelled():
            break
        docs[i] = None  # done with after this file: an archive's documents need not all stay
        mark_duplicates(doc, seen)
        attribute_file(src, doc, scan_file(doc, finder, is_word, path=src.path), finder, rows,
                       assignments.zone_for(src.path) if assignments else None)
        if progress is not None:
            progress(i + 1, len(sources), src.name)
    return assemble(sources, rows, finder, problems, name, industries)


# --- loading files ---------------------------------------------------------------------

def read_sources(found: list[tuple[Path, str]], progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None
                 ) -> tuple[list[SourceText], list[LoadProblem]]:
    """Read each discovered file: a file that fails is a fatal problem, a
    warning a non-fatal one; the rest are returned in order."""
    sources: list[SourceText] = []
    problems: list[LoadProblem] = []
    for done, (path, name) in enumerate(found, start=1):
        if cancelled is not None and cancelled():
            raise Cancelled()
        outcome = read_one(path, name)
        if isinstance(outcome, SourceText):
            sources.append(outcome)
            problems.extend(LoadProblem(name, w, fatal=False) for w in outcome.warnings)
        else:
            problems.append(outcome)
        if progress is not None:
            progress(done, len(found), name)
    return sources, problems


def load_corpus(paths: list[Path] | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None, *,
                use_cache: bool = True, workers: int | None = None,
                assignments: Assignments | None = None, plan: LoadPlan | None = None) -> Corpus:
    """Read files and folders (None: the bundled seeds) into a Corpus.
    Files that cannot be read are listed in `Corpus.problems`; the rest load.
    A cancelled load returns an empty Corpus. `workers` forces the number of
    extraction processes (0: this process only); by default large corpora use
    one per core. `plan`: the files and cache key already worked out for
    these arguments (ingest/plan.py), so they are not listed twice."""
    if plan is None:
        plan = plan_load(paths, use_cache, assignments)
    try:
        return _load(plan, progress, cancelled, workers, assignments)
    finally:
        pool.drop_early()  # workers the plan started that this load did not need


def _load(plan: LoadPlan, progress, cancelled, workers, assignments) -> Corpus:
    found, problems, name, key = plan.found, list(plan.problems), plan.name, plan.key
    if key is not None:
        with _quiet_gc():
            hit = corpus_cache.load(key)
        if hit is not None:
            if progress is not None:
                progress(1, 1, "")
            return Corpus(**hit.frames, texts=hit.texts, problems=problems + hit.problems,
                          name=name)

    try:
        with _quiet_gc():
            corpus = _build(found, name, progress, cancelled, workers, assignments)
    except Cancelled:
        return Corpus(problems=problems, name=name)
    if cancelled is not None and cancelled():
        return Corpus(problems=problems, name=name)
    if key is not None:
        corpus_cache.store(key, corpus_cache.CachedCorpus(
            frames={f: getattr(corpus, f) for f in FRAMES}, texts=corpus.texts,
            problems=corpus.problems))
    corpus.problems = problems + corpus.problems
    return corpus


@contextmanager
def _quiet_gc():
    """No cycle collection while a corpus is built: the load makes millions of
    objects that live until it ends and almost no cycles, and a full
    collection walks every live object, again and again as the heap grows
    (a quarter of the time of a 1,000-article load)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _build(found, name, progress, cancelled, workers, assignments=None) -> Corpus:
    n = worker_count(found, workers)
    if n:
        from concurrent.futures.process import BrokenProcessPool

        from .ingest.parallel import build_parallel
        try:
            return build_parallel(found, n, name, progress, cancelled, assignments)
        except (BrokenProcessPool, OSError):
            pass  # workers could not start or died: this process does it all
    return _build_here(found, name, progress, cancelled, helped=workers is None,
                       assignments=assignments)


def _build_here(found, name, progress, cancelled, helped: bool = False,
                assignments=None) -> Corpus:
    """Read and extract in this process; with `helped`, keywords are ranked by
    the helper process, which starts loading jieba now, while this one reads."""
    from .ingest import helper as keyword_helper
    executor = keyword_helper.helper() if helped else None
    total = len(found)

    def read_progress(done: int, _total: int, fname: str) -> None:
        if progress is not None:
            progress(done, total * 2, fname)

    def extract_progress(done: int, _total: int, fname: str) -> None:
        if progress is not None:
            progress(total + done, total * 2, fname)

    sources, problems = read_sources(found, read_progress, cancelled)
    if executor is None:
        return build_corpus(sources, problems, name, extract_progress, cancelled,
                            assignments=assignments)

    def industries(items: list[tuple[str, list[str]]]) -> list[tuple]:
        try:
            return executor.submit(industry_rows, items).result()
        except Exception:  # noqa: BLE001 - a helper that died: rank them here
            keyword_helper.forget()
            return industry_rows(items)
    return build_corpus(sources, problems, name, extract_progress, cancelled, industries,
                        assignments)
