"""Run in a fresh process by bench/run.py: one load, or one floor.

usage: probe_ingest.py load FOLDER     load_corpus(FOLDER) through the cache
       probe_ingest.py jieba FOLDER    jieba.lcut over the same decoded texts
       probe_ingest.py read FOLDER     read the same files' bytes

Prints one JSON line with the seconds the measured step took (imports and
set-up are reported apart, so they can be compared like with like).
"""
import json
import sys
import time
from pathlib import Path


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def load(folder: Path) -> dict:
    t0 = time.perf_counter()
    from zoneprofiles.pipeline import load_corpus
    imported = time.perf_counter() - t0
    t1 = time.perf_counter()
    corpus = load_corpus([folder])
    seconds = time.perf_counter() - t1
    return {"seconds": seconds, "import_s": imported, "articles": len(corpus.articles),
            "zones": len(corpus.zones), "figures": len(corpus.figures),
            "policies": len(corpus.policies), "files": len(corpus.texts)}


def jieba_floor(folder: Path) -> dict:
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    texts = [p.read_text(encoding="utf-8") for p in _files(folder)]
    t0 = time.perf_counter()
    jieba.initialize()
    init = time.perf_counter() - t0
    t1 = time.perf_counter()
    words = 0
    for text in texts:
        words += len(jieba.lcut(text))
    return {"seconds": time.perf_counter() - t1, "init_s": init, "words": words,
            "chars": sum(len(t) for t in texts)}


def read_floor(folder: Path) -> dict:
    t0 = time.perf_counter()
    size = 0
    for path in _files(folder):
        size += len(path.read_bytes())
    return {"seconds": time.perf_counter() - t0, "bytes": size}


if __name__ == "__main__":
    what, folder = sys.argv[1], Path(sys.argv[2])
    result = {"load": load, "jieba": jieba_floor, "read": read_floor}[what](folder)
    sys.stdout.write(json.dumps(result) + "\n")
