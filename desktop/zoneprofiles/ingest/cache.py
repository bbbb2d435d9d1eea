"""Corpora already extracted, kept in the cache folder.

An entry's key is the extractor version plus, in order, each file's name and
the sha256 of its bytes: the same files with the same content, read by the
same extractor, give the same corpus, so opening them again needs no
extraction at all. An entry that cannot be read back whole (cut short, bit
rot, written by another Python) is deleted and the corpus is built again:
a cache never stops a load. Old entries go once the folder holds more than
`MAX_ENTRIES` of them or more than `MAX_BYTES`.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import paths

FOLDER = "corpora"
MAX_ENTRIES = 12
MAX_BYTES = 2 * 1024 ** 3
_MAGIC = b"ZPCORPUS1\n"
_DIGEST = 32


@dataclass
class FileKey:
    """One discovered file as the cache sees it: its name and content hash
    (None when its bytes could not be read; the reader says why)."""

    path: Path
    name: str
    sha256: str | None


@dataclass
class CachedCorpus:
    """What a load produced, minus what is recomputed on every load (the
    corpus name and the problems found while discovering files)."""

    frames: dict                     # DataFrames by Corpus field name
    texts: dict[str, str]
    problems: list                   # LoadProblems of reading and extraction, in order
    extra: dict = field(default_factory=dict)


def file_keys(found: list[tuple[Path, str]]) -> list[FileKey]:
    keys = []
    for path, name in found:
        try:
            with open(path, "rb") as fh:
                digest = hashlib.file_digest(fh, "sha256").hexdigest() \
                    if hasattr(hashlib, "file_digest") else hashlib.sha256(fh.read()).hexdigest()
        except OSError:
            digest = None
        keys.append(FileKey(Path(path), name, digest))
    return keys


def corpus_key(version: str, files: list[FileKey]) -> str:
    digest = hashlib.sha256(version.encode())
    for f in files:
        digest.update(f"\0{f.name}\0{f.sha256 or '-'}".encode())
    return digest.hexdigest()


def _folder() -> Path:
    folder = paths.cache_dir() / FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _entry(key: str) -> Path:
    return _folder() / f"{key}.pickle"


def load(key: str) -> CachedCorpus | None:
    path = _entry(key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        body = data[len(_MAGIC) + _DIGEST:]
        if not data.startswith(_MAGIC) or \
                hashlib.sha256(body).digest() != data[len(_MAGIC):len(_MAGIC) + _DIGEST]:
            raise ValueError("damaged")
        entry = pickle.loads(body)
        if not isinstance(entry, CachedCorpus):
            raise ValueError("not a corpus")
    except Exception:  # noqa: BLE001 - whatever is wrong with it, it is rebuilt
        path.unlink(missing_ok=True)
        return None
    try:
        os.utime(path)  # recently used: trimmed last
    except OSError:
        pass
    return entry


def store(key: str, entry: CachedCorpus) -> bool:
    """Write the entry; False when the cache folder cannot take it (the
    corpus is simply built again next time)."""
    try:
        body = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
        folder = _folder()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".corpus-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(_MAGIC)
                fh.write(hashlib.sha256(body).digest())
                fh.write(body)
            os.replace(tmp, _entry(key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _trim(folder)
        return True
    except (OSError, pickle.PicklingError, RecursionError):
        return False


def _trim(folder: Path) -> None:
    entries = []
    for path in folder.glob("*.pickle"):
        try:
            info = path.stat()
        except OSError:
            continue
        entries.append((info.st_mtime, info.st_size, path))
    entries.sort(reverse=True)  # newest first
    total = 0
    for i, (_mtime, size, path) in enumerate(entries):
        total += size
        if i >= MAX_ENTRIES or (i > 0 and total > MAX_BYTES):
            path.unlink(missing_ok=True)
