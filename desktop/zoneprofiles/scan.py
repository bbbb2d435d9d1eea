"""One file on its own: read it, then find its zone names and its figure and
policy candidates (`scan_file`). Nothing here depends on other files, so a
worker process runs it (ingest/work.py); it imports no pandas, which a
worker that only scans never needs (a third of a second of each start).
The parent attributes what a scan found, file by file (pipeline.py).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus.reader import ReadError, SourceText, read_source
from .problems import LoadProblem

if TYPE_CHECKING:  # pragma: no cover
    from .corpus.structure import Document
    from .extract.zones import ZoneFinder, ZoneInfo


@dataclass
class Scan:
    """What one file holds before attribution: the zone names, places and
    pointers in it (`loci`), and per sentence (by index) the figure and policy
    candidates. `registry`: the ZoneFinder.zones entries `find` added or
    changed, when the scan ran on a fork of the finder (in a worker).
    `aggregated`: the loci include the aggregate words (全省, 全市各开发区…);
    `dates`: each article's
    (date, where from, outlet). Both depend on the file alone, so a worker
    finds them and the parent, which attributes every file in turn, need not."""

    loci: list
    figures: dict[int, list]
    policies: dict[int, list]
    registry: dict[str, ZoneInfo] | None = None
    aggregated: bool = False
    dates: dict[int, tuple[str, str, str]] | None = None


def scan_file(doc: Document, finder: ZoneFinder, is_word=lambda w: False,
              snapshot: bool = False, path: Path | None = None) -> Scan:
    """Zone names and candidates of one file whose duplicates are marked, and
    the dates of its articles (`path`: the file, whose time is their last
    resort). With `snapshot`, the registry entries `find` added or changed
    (all of them when `finder` is no fork) are kept in the Scan, before
    anything else can touch them."""
    from .extract.attribution import Attributor
    from .extract.figures import Chain, chain_after, figures_in, heading_year
    from .extract.policies import policies_in, title_in_heading
    from .extract.when import article_dates
    loci = finder.find(doc.text)
    registry = finder.changed_entries() if snapshot else None
    # only for sentence pieces and their loci: nothing here reads a zone's attribution
    attr = Attributor(doc, loci, finder)
    figures: dict[int, list] = {}
    policies: dict[int, list] = {}
    chain, paragraph, article, carried = Chain(), -1, -1, ""
    last_policy = None  # the paragraph's last policy: the terms that follow it are its own
    for s in doc.sentences:
        if s.paragraph != paragraph:
            # the period runs on into the article's next paragraph, past a
            # sub-heading, until one prints its own
            if s.article != article:
                carried, article = "", s.article
            chain, paragraph, last_policy = Chain(period=carried), s.paragraph, None
        if s.duplicate:
            chain = Chain()
            continue
        named = [(l.start, l.end) for l in attr.sentence_loci(s)]
        if s.heading:
            # a headline's numbers ("…GDP超2000亿元 增长11.1%") are figures; its
            # quoted words are no policies, and it leads no list
            chain = Chain()
            # a sub-heading that prints a year ("数读2018宁波保税区", "2023年工作回顾")
            # dates the section under it, until a paragraph prints its own
            dated = heading_year(doc.text[s.start:s.end])
            carried = dated or carried
            found = list(figures_in(doc.text, s.start, s.end, named, "", (), is_word))
            if found:
                figures[s.index] = found
            titled = title_in_heading(doc.text, s.start, s.end)
            if titled is not None:
                policies[s.index] = [titled]
            continue
        prev = attr._prev_piece.get(s.index)
        context = prev.text if prev is not None else ""
        hits = policies_in(doc.text, s.start, s.end)
        if not hits and (len(doc.paragraphs[s.paragraph].sentences) == 1 or _own_line(doc.text, s)):
            titled = title_in_heading(doc.text, s.start, s.end)  # a line that is a title
            hits = [titled] if titled is not None else []
        skip = [(h.start, h.end) for h in hits if h.kind != "subsidy"]
        terms: list = []
        found = list(figures_in(doc.text, s.start, s.end, named, context, skip, is_word,
                                chain, terms))
        chain = chain_after(chain, doc.text, s.start, s.end, found)
        carried = chain.period
        if found:
            figures[s.index] = found
        if hits:
            policies[s.index] = hits
            last_policy = hits[-1]
        if terms:
            _attach_terms(hits or ([last_policy] if last_policy else []), terms)
    return Scan(attr.loci, figures, policies, registry, aggregated=True,
                dates=article_dates(doc, path))


def _own_line(text: str, s) -> bool:
    """The sentence is a whole line of the text (a title the structure joined to
    its paragraph)."""
    return (s.start == 0 or text[s.start - 1] == "\n") and (s.end >= len(text) or text[s.end:s.end + 1] == "\n")


def _attach_terms(hits: list, terms: list) -> None:
    """Each policy term goes to the nearest policy before it in the sentence
    (the first policy when the terms lead), so the policy holds its amounts."""
    for q in terms:
        before = [h for h in hits if h.start <= q.start]
        target = before[-1] if before else hits[0] if hits else None
        if target is not None:
            target.terms = f"{target.terms}; {q.raw}" if target.terms else q.raw


def read_one(path: Path, name: str) -> SourceText | LoadProblem:
    try:
        return read_source(path, name)
    except ReadError as exc:
        return LoadProblem(name, exc.message)
    except Exception as exc:  # noqa: BLE001 — one odd file must not stop the rest
        return LoadProblem(name, f"{name}: could not be read ({exc.__class__.__name__}: {exc})")
