"""Extraction spread over worker processes, with the same result as the
sequential `pipeline.build_corpus`.

1. Workers read, decode and structure the files and return each sentence's
   duplicate key. The parent, in file order, marks duplicates (the first
   printing wins) and learns the (以下简称…) short forms from every file.
2. Workers, each with a finder that learned the same short forms, find the
   zone names in each file and the figure and policy candidates of its
   non-duplicate sentences. The parent takes the files in order: it applies
   what each file registered to the one zone registry, then attributes the
   file's items against it (which zone a park belongs to, which zone owns a
   policy: decisions that depend on the files before).
3. Workers rank each zone's industries and keywords.

Chunks of files keep the pipes busy without one slow file holding up the
rest; only a few chunks are out at a time, so finished documents do not pile
up in memory. `cancelled()` is checked while waiting.
"""
from __future__ import annotations

import uuid
from collections import deque
from concurrent.futures import FIRST_COMPLETED, wait
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..corpus.structure import marked_duplicates
from ..extract.gazetteer import load_gazetteer, load_places
from ..extract.zones import Locus, ZoneFinder
from ..model import Corpus, LoadProblem
from ..pipeline import (Cancelled, Scan, _Rows, assemble, attribute_file, gazetteer_problems,
                        merge_registry)
from . import pool, work

try:  # the pattern learn_aliases looks for; without it a whole text is sent
    from ..extract.zones import _ALIAS_RE
except ImportError:  # pragma: no cover - renamed upstream
    _ALIAS_RE = None

_WINDOW = 40   # learn_aliases looks this far back from a (以下简称…)
_GAP = "\n" * 48
_POLL_S = 0.1


def alias_snippet(text: str) -> str:
    """The parts of `text` that learn_aliases reads, joined so that it finds
    the same short forms with the same context in them as in the whole text:
    each (以下简称…) with the 40 characters before it, overlapping parts
    merged, parts kept apart by blank lines no short form can span."""
    if _ALIAS_RE is None:
        return text
    regions: list[list[int]] = []
    for m in _ALIAS_RE.finditer(text):
        start = max(0, m.start() - _WINDOW)
        if regions and start <= regions[-1][1]:
            regions[-1][1] = m.end()
        else:
            regions.append([start, m.end()])
    return _GAP.join(text[s:e] for s, e in regions)


def _chunks(items: list, workers: int, most: int = 48) -> list[list]:
    size = max(1, min(most, len(items) // (workers * 8) or 1))
    return [items[i:i + size] for i in range(0, len(items), size)]


def _in_order(executor, fn, arg_list: Iterable[tuple], cancelled, ahead: int) -> Iterator:
    """Results of fn(*args) for each args, in order; at most `ahead` running."""
    pending: deque = deque()
    args = iter(arg_list)
    exhausted = False
    while True:
        while not exhausted and len(pending) < ahead:
            try:
                pending.append(executor.submit(fn, *next(args)))
            except StopIteration:
                exhausted = True
        if not pending:
            return
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            done, _ = wait([pending[0]], timeout=_POLL_S, return_when=FIRST_COMPLETED)
            if done:
                break
        yield pending.popleft().result()


def build_parallel(found: list[tuple[Path, str]], workers: int, name: str,
                   progress: Callable[[int, int, str], None] | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   assignments=None) -> Corpus:
    workers = pool.configured_workers(workers)
    total = len(found)
    units = 3 * total

    def report(done: int, message: str) -> None:
        if progress is not None:
            progress(min(done, units), units, message)

    early = pool.take_early(workers)
    gazetteer, warnings = load_gazetteer()
    finder = ZoneFinder(gazetteer, load_places())
    executor, load_id = early or (pool.executor(workers), uuid.uuid4().hex)
    finished = False
    try:
        # 1. read and structure; duplicates and short forms in file order
        sources, problems, duplicates, snippets = [], [], [], []
        seen: set[str] = set()
        done = 0
        chunks = _chunks(found, workers)
        for chunk, results in zip(chunks, _in_order(
                executor, work.read_chunk, ((load_id, c) for c in chunks), cancelled, workers * 3)):
            for (_path, fname), outcome in zip(chunk, results):
                done += 1
                if outcome[0] == "problem":
                    problems.append(outcome[1])
                    continue
                _, src, keys = outcome
                sources.append(src)
                problems.extend(LoadProblem(src.name, w, fatal=False) for w in src.warnings)
                duplicates.append(marked_duplicates(keys, seen))
                finder.learn_aliases(src.view.text)
                snippet = alias_snippet(src.view.text)
                if snippet:
                    snippets.append(snippet)
            report(done, fname)
        del seen
        learn = (snippets, work.registry_fingerprint(finder))

        # 2. zone names and candidates in workers; attribution here, in file order
        rows = _Rows()
        pairs = list(zip(sources, duplicates))
        chunks = _chunks(pairs, workers)
        done = 0
        args = ((load_id, learn, [(src.view.text, dup, src.path) for src, dup in c]) for c in chunks)
        for chunk, results in zip(chunks, _in_order(
                executor, work.scan_chunk, args, cancelled, workers * 2)):
            for (src, _dup), (doc, loci, figures, policies, registry, dates) in zip(chunk, results):
                merge_registry(finder, registry)
                scan = Scan([Locus(*t) for t in loci], figures, policies, aggregated=True,
                            dates=dates)
                attribute_file(src, doc, scan, finder, rows,
                               assignments.zone_for(src.path) if assignments else None)
                done += 1
            report(total + done, src.name)

        # 3. industries and keywords per zone
        def industries(items: list[tuple[str, list[str]]]) -> list[tuple]:
            groups = _balanced(items, workers * 4)
            out: list[tuple] = []
            for i, part in enumerate(_in_order(executor, work.industries_chunk,
                                               ((load_id, g) for g in groups), cancelled,
                                               workers * 2)):
                out.extend(part)
                report(2 * total + (i + 1) * total // max(1, len(groups)), "")
            return out

        corpus = assemble(sources, rows, finder, problems + gazetteer_problems(warnings), name,
                          industries)
        finished = True
        return corpus
    finally:
        # a cancelled load leaves at once; its workers end after their current chunk
        executor.shutdown(wait=finished, cancel_futures=True)


def _balanced(items: list[tuple[str, list[str]]], parts: int) -> list[list]:
    """Zones split into about `parts` groups of similar work, order kept
    within the result by the caller: each group holds consecutive zones."""
    if not items:
        return []
    # keywords read at most a sample of a zone's sentences; industry terms read them all
    cost = [len(texts) + 50 for _zone, texts in items]
    target = sum(cost) / max(1, parts)
    groups, current, weight = [], [], 0
    for item, c in zip(items, cost):
        current.append(item)
        weight += c
        if weight >= target:
            groups.append(current)
            current, weight = [], 0
    if current:
        groups.append(current)
    return groups
