"""Files -> Corpus: read, structure, find zones, attribute figures and policies.

Data flows one way: corpus (reading, structure) -> extract -> model. This
module only wires the steps together and turns normalised offsets back into
offsets in each file's decoded text.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

from . import paths as app_paths
from .corpus.reader import SourceText, read_all
from .corpus.structure import Document, build_document, mark_duplicates
from .extract.attribution import Attributor
from .extract.figures import figures_in
from .extract.gazetteer import load_gazetteer, load_places
from .extract.policies import policies_in, policy_key
from .extract.zones import ZoneFinder
from .model import (ARTICLE_COLUMNS, FIGURE_COLUMNS, INDUSTRY_COLUMNS, MENTION_COLUMNS,
                    POLICY_COLUMNS, ZONE_COLUMNS, Corpus, LoadProblem)

Progress = Callable[[int, int, str], None]


def _is_word_fn():
    """Dictionary look-up for rejoining broken sentences (jieba's dictionary
    with the app's user dictionary)."""
    try:
        from .extract.segment import tokenizer
        tk = tokenizer()
        freq = tk.FREQ
        return lambda w: freq.get(w, 0) > 0
    except Exception:  # the rejoin falls back to punctuation alone
        return lambda w: False


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


def _extract_file(src: SourceText, doc: Document, finder: ZoneFinder, rows: _Rows,
                  is_word=lambda w: False) -> None:
    loci = finder.find(doc.text)
    attr = Attributor(doc, loci, finder)
    art_ids = {}
    for a in doc.articles:
        aid = f"{src.name}#{a.index + 1}"
        art_ids[a.index] = aid
        rs, re_ = src.view.raw_span(a.start, a.end)
        rows.articles.append((aid, src.name, a.title, a.byline, rs, re_))
    sentence_of_pos = {}
    for s in doc.sentences:
        sentence_of_pos[s.start] = s
    starts = sorted(sentence_of_pos)
    import bisect

    for zone, l in attr.mentions():
        i = bisect.bisect_right(starts, l.start) - 1
        if i < 0:
            continue
        s = sentence_of_pos[starts[i]]
        rs, re_ = src.view.raw_span(l.start, l.end)
        rows.mentions.append((zone, art_ids[s.article], src.name, rs, re_, src.text[rs:re_]))

    for s in doc.sentences:
        if s.heading:
            continue
        zone_here = attr.zone_at(s, s.end)
        if zone_here and not s.duplicate:
            rows.zone_texts[zone_here].append(s.display)
        if s.duplicate:
            continue
        named = [(l.start, l.end) for l in attr.sentence_loci(s)]
        prev = attr._prev_piece.get(s.index)
        context = prev.text if prev is not None else ""
        sentence = None
        policy_hits = policies_in(doc.text, s.start, s.end)
        skip = [(h.start, h.end) for h in policy_hits if h.kind != "subsidy"]
        for f in figures_in(doc.text, s.start, s.end, named, context, skip, is_word):
            zone = attr.zone_at(s, f.start)
            if not zone:
                continue
            if sentence is None:
                sentence = _raw_sentence(src, attr, s)
            rs, re_ = src.view.raw_span(f.start, f.end)
            q = f.quantity
            rows.figures.append((zone, f.label, q.value, q.unit, src.text[rs:re_], q.qualifier,
                                 f.period, f.kind, art_ids[s.article], src.name, rs, re_,
                                 sentence[0], sentence[1], sentence[2]))
        for h in policy_hits:
            zone, how = attr.attribute(s, h.start)
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
            rows.policies.append((zone, h.title, h.kind, art_ids[s.article], src.name, rs, re_,
                                  sentence[0], sentence[1], sentence[2]))


def _frame(rows: list, columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns) if rows else pd.DataFrame(
        {c: pd.Series(dtype="object") for c in columns})


def build_corpus(sources: list[SourceText], problems: list[LoadProblem] | None = None,
                 name: str = "", progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Corpus:
    gazetteer, warnings = load_gazetteer()
    problems = list(problems or []) + [LoadProblem("gazetteer", w, fatal=False) for w in warnings]
    finder = ZoneFinder(gazetteer, load_places())
    is_word = _is_word_fn()
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
        mark_duplicates(doc, seen)
        _extract_file(src, doc, finder, rows, is_word)
        if progress is not None:
            progress(i + 1, len(sources), src.name)

    figures = _frame(rows.figures, FIGURE_COLUMNS[1:])
    # the same figure printed again (another article, a recap box) counts once
    figures = figures.drop_duplicates(subset=["zone_id", "label", "value", "unit", "kind", "period"])
    figures.insert(0, "figure_id", range(1, len(figures) + 1))
    policies = _frame(rows.policies, POLICY_COLUMNS[1:])
    if not policies.empty:
        policies = policies.assign(_k=policies["title"].map(policy_key))
        policies = policies.drop_duplicates(subset=["zone_id", "_k"]).drop(columns="_k")
    policies.insert(0, "policy_id", range(1, len(policies) + 1))
    mentions = _frame(rows.mentions, MENTION_COLUMNS)
    articles = _frame(rows.articles, ARTICLE_COLUMNS)

    zone_rows = []
    for zname, info in sorted(finder.zones.items()):
        arts = set(mentions.loc[mentions["zone_id"] == zname, "article_id"]) if not mentions.empty else set()
        nf = int((figures["zone_id"] == zname).sum()) if not figures.empty else 0
        np_ = int((policies["zone_id"] == zname).sum()) if not policies.empty else 0
        if not arts and not nf and not np_ and not any(z.parent == zname for z in finder.zones.values()):
            continue  # a gazetteer parent no text names
        aliases = "|".join(sorted(a for a in info.aliases if a != zname))
        zone_rows.append((zname, zname, info.kind, aliases, info.parent or "", info.province or "",
                          info.city or "", len(arts), nf, np_))
    zones = _frame(zone_rows, ZONE_COLUMNS)

    industries = _industries(rows.zone_texts, set(zones["zone_id"]) if not zones.empty else set())
    return Corpus(articles=articles, zones=zones, mentions=mentions, figures=figures,
                  policies=policies, industries=industries,
                  texts={s.name: s.text for s in sources}, problems=problems, name=name)


def _industries(zone_texts: dict, zone_ids: set[str]) -> pd.DataFrame:
    try:
        from .extract.industries import zone_industries, zone_keywords
    except ImportError:
        return _frame([], INDUSTRY_COLUMNS)
    rows = []
    for zone, texts in zone_texts.items():
        if zone not in zone_ids:
            continue
        rows += [(zone, t, "industry", float(w)) for t, w in zone_industries(texts)]
        rows += [(zone, t, "keyword", float(w)) for t, w in zone_keywords(texts)]
    return _frame(rows, INDUSTRY_COLUMNS)


def load_corpus(paths: list[Path] | None = None, progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> Corpus:
    """Read files and folders (None: the bundled seeds) into a Corpus.
    Files that cannot be read are listed in `Corpus.problems`; the rest load."""
    bundled = paths is None
    targets = [app_paths.seeds_dir()] if bundled else [Path(p) for p in paths]

    def read_progress(done: int, total: int, name: str) -> None:
        if progress is not None:
            progress(done, total * 2, name)

    sources, problems = read_all(targets, progress=read_progress, cancelled=cancelled)
    if bundled:
        # a bundled seed is named by its file name, in rows and in messages alike
        for s in sources:
            s.name = Path(s.name).name
        for p in problems:
            p.message = p.message.replace(p.path, Path(p.path).name)
            p.path = Path(p.path).name

    def extract_progress(done: int, total: int, name: str) -> None:
        if progress is not None:
            progress(total + done, total * 2, name)

    name = "内置示例" if bundled else ", ".join(str(p) for p in targets)
    return build_corpus(sources, problems, name, extract_progress, cancelled)
