"""The extractor version: one hash of everything that decides what a file
extracts to, so a cached corpus is used only while all of it is unchanged.

It covers the reading and extraction code (corpus/, extract/, model.py, scan.py,
pipeline.py, ingest/), the bundled word lists and gazetteer, the user's own
gazetteer and industry files, and the jieba and cpca data the extractor reads.
Computed on every load (a few milliseconds): a user who edits the gazetteer
gets fresh results without restarting the app.
"""
from __future__ import annotations

import hashlib
import importlib.util
import sys
from pathlib import Path

from .. import paths

SCHEMA = "zoneprofiles-corpus-6"  # bump when the cached layout changes
_PACKAGE = Path(__file__).resolve().parents[1]
_CODE = ("corpus", "extract", "ingest", "model.py", "pipeline.py", "problems.py", "scan.py")
_RESOURCES = ("gazetteer.tsv", "industries.tsv", "userdict.txt", "metrics.tsv", "stopwords.txt")
_USER_FILES = ("gazetteer.tsv", "industries.tsv", "metrics.tsv")
# large package data: size and modification time stand for the content
_PACKAGE_DATA = (("jieba", ("dict.txt", "analyse/idf.txt")), ("cpca", ("resources/adcodes.csv",)))


def _code_files() -> list[Path]:
    files: list[Path] = []
    for part in _CODE:
        path = _PACKAGE / part
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return files


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def extractor_version() -> str:
    digest = hashlib.sha256(SCHEMA.encode())
    digest.update(f"{sys.version_info[:2]}".encode())

    def add(label: str, data: bytes) -> None:
        digest.update(f"\0{label}\0{len(data)}\0".encode())
        digest.update(data)

    code = _code_files()
    readable = [p for p in code if p.is_file()]
    if not readable:
        # a frozen bundle ships no sources; its build is fixed, so its version says it all
        from .. import __version__
        add("frozen", __version__.encode())
    for path in readable:
        add(path.relative_to(_PACKAGE).as_posix(), path.read_bytes())
    for name in _RESOURCES:
        path = paths.resource(name)
        add("resource/" + name, path.read_bytes() if path.is_file() else b"")
    data_dir = paths.data_dir()
    for name in _USER_FILES:
        path = data_dir / name
        add("user/" + name, path.read_bytes() if path.is_file() else b"")
    for package, files in _PACKAGE_DATA:
        root = _package_dir(package)
        for rel in files:
            path = root / rel if root is not None else None
            try:
                info = path.stat() if path is not None else None
            except OSError:
                info = None
            stamp = f"{info.st_size}:{info.st_mtime_ns}" if info is not None else "missing"
            add(f"{package}/{rel}", stamp.encode())
    return digest.hexdigest()
