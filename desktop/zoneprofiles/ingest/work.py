"""What a worker process does: the parts of extraction that do not depend on
other files. Each function takes a chunk of files and returns plain data the
parent puts together in file order (ingest/parallel.py).

A worker keeps the gazetteer, place index, word check and the zone finder
between chunks of one load (`load_id`); nothing Qt is imported here.
"""
from __future__ import annotations

import gc
import hashlib
import inspect
from contextlib import contextmanager
from dataclasses import fields
from operator import attrgetter
from pathlib import Path

from ..corpus.structure import build_document, duplicate_keys, mark_duplicates
from ..extract.gazetteer import load_gazetteer, load_places
from ..extract.zones import Locus, ZoneFinder
from ..scan import read_one, scan_file
from .helper import industry_rows
from .words import word_check

# mark_duplicates' own threshold, so the parent's marking matches it exactly
DUPLICATE_MIN_CHARS = inspect.signature(mark_duplicates).parameters["min_chars"].default
_state: dict = {}


def _setup(load_id: str) -> dict:
    if _state.get("load_id") != load_id:
        gazetteer, _ = load_gazetteer()
        _state.clear()
        _state.update(load_id=load_id, gazetteer=gazetteer, places=load_places(),
                      is_word=word_check(gazetteer), learned=None, base=None)
        # what stays for the whole load is never garbage: cycle collections skip it
        gc.freeze()
    return _state


# --- first pass: read, structure, duplicate keys ---------------------------------------

@contextmanager
def _no_cycle_collection():
    """A chunk's documents and candidates are freed by reference counting
    when it is sent; cycle collections in between only walked them (7 % of
    a scan)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_chunk(load_id: str, items: list[tuple[Path, str]]) -> list:
    """Per file: ("ok", source, [(sentence index, key)]) or ("problem", LoadProblem).
    The keys are what mark_duplicates compares; the parent marks them in order."""
    with _no_cycle_collection():
        return _read_chunk(load_id, items)


def _read_chunk(load_id: str, items: list[tuple[Path, str]]) -> list:
    st = _setup(load_id)
    out = []
    for path, name in items:
        outcome = read_one(path, name)
        if not hasattr(outcome, "view"):
            out.append(("problem", outcome))
            continue
        doc = build_document(outcome.view.text, st["is_word"])
        out.append(("ok", outcome, duplicate_keys(doc, DUPLICATE_MIN_CHARS)))
    return out


# --- second pass: zone names and candidates ----------------------------------------------

def learned_finder(st: dict, snippets: list[str], fingerprint: str) -> ZoneFinder:
    """The zone finder after learning every file's short forms, built once per load."""
    if st["learned"] != fingerprint:
        finder = ZoneFinder(st["gazetteer"], st["places"])
        for snippet in snippets:
            finder.learn_aliases(snippet)
        got = registry_fingerprint(finder)
        if got != fingerprint:
            raise RuntimeError("the short forms learned in a worker differ from the parent's")
        st["base"], st["learned"] = finder, fingerprint
    return st["base"]


def registry_fingerprint(finder: ZoneFinder) -> str:
    digest = hashlib.sha256()
    for surface, target in sorted(finder.alias_map.items()):
        digest.update(f"{surface}\0{target}\n".encode())
    for name, info in sorted(finder.zones.items()):
        values = [sorted(v) if isinstance(v, set) else v
                  for v in (getattr(info, f.name) for f in fields(info))]
        digest.update(repr((name, values)).encode())
    return digest.hexdigest()


def scan_chunk(load_id: str, learn: tuple[list[str], str],
               items: list[tuple[str, list[int], Path | None]]) -> list:
    """Per file (its normalised text, the indices of its duplicate sentences
    and its path): (document, loci as tuples, figures, policies, registry,
    article dates); the loci include the aggregate words."""
    with _no_cycle_collection():
        return _scan_chunk(load_id, learn, items)


def _scan_chunk(load_id: str, learn: tuple[list[str], str],
                items: list[tuple[str, list[int], Path | None]]) -> list:
    st = _setup(load_id)
    base = learned_finder(st, *learn)
    out = []
    for text, duplicates, path in items:
        doc = build_document(text, st["is_word"])
        for i in duplicates:
            doc.sentences[i].duplicate = True
        scan = scan_file(doc, base.fork(), st["is_word"], snapshot=True, path=path)
        out.append((doc, [_locus_fields(l) for l in scan.loci], scan.figures, scan.policies,
                    _changed(scan.registry, base.zones), scan.dates))
    return out


_locus_fields = attrgetter(*(f.name for f in fields(Locus)))


def _changed(registry: dict, base: dict) -> dict:
    """The entries a file added or changed: the rest the parent has already."""
    return {name: info for name, info in registry.items() if base.get(name) != info}


# --- industries and keywords ---------------------------------------------------------------

def industries_chunk(load_id: str, items: list[tuple[str, list[str]]]) -> list[tuple]:
    from ..extract import segment
    first = not _state.get("jieba")
    if first:
        # the scan's word set, gazetteer and finder are done with: their memory
        # goes back before jieba's dictionary comes in (two workers held both)
        load_id_kept = _state.get("load_id")
        _state.clear()
        _state["load_id"] = load_id_kept
        gc.unfreeze()
        gc.collect()
    segment.tokenizer()
    if first:
        _state["jieba"] = True
        gc.freeze()  # jieba's dictionary: half a million objects that stay
    with _no_cycle_collection():
        return industry_rows(items)


def warm_up(load_id: str) -> bool:
    """Load what every chunk needs before the first one arrives."""
    _setup(load_id)
    return True
