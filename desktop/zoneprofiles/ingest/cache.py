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
import marshal
import os
import pickle
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

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


def _digest(path: Path) -> str:
    with open(path, "rb") as fh:
        if hasattr(hashlib, "file_digest"):
            return hashlib.file_digest(fh, "sha256").hexdigest()
        return hashlib.sha256(fh.read()).hexdigest()


def file_keys(found: list[tuple[Path, str]],
              on_new: Callable[[], None] | None = None) -> list[FileKey]:
    """Each file's content hash. A file whose size, times and inode are those
    it had when it was last hashed keeps that hash, as git's index does: an
    archive of 50,000 files is then opened again with a stat per file instead
    of reading all of its bytes (the ctime changes with any write to the file,
    and nothing but the system can set it back). `on_new` is called once,
    before the first file that has to be hashed: the caller may start
    getting ready for an extraction while the rest are read."""
    memo = _DigestMemo.open()
    keys = []
    for path, name in found:
        try:
            info = os.stat(path)
            stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
            digest = memo.get(path, stamp)
            if digest is None:
                if on_new is not None:
                    on_new()
                    on_new = None
                digest = _digest(path)
                memo.put(path, stamp, digest)
        except OSError:
            digest = None
        keys.append(FileKey(Path(path), name, digest))
    memo.save()
    return keys


class _DigestMemo:
    """path -> (size, mtime_ns, ctime_ns, inode, sha256) in the cache folder."""

    NAME = "digests.marshal"
    MAX = 500_000  # entries kept; beyond that it starts again

    def __init__(self, path: Path | None, table: dict) -> None:
        self.path, self.table, self.changed = path, table, False

    @classmethod
    def open(cls) -> _DigestMemo:
        try:
            path = paths.cache_dir() / cls.NAME
        except OSError:
            return cls(None, {})
        try:
            table = marshal.loads(path.read_bytes())
            if not isinstance(table, dict):
                table = {}
        except (OSError, EOFError, ValueError, TypeError):
            table = {}
        return cls(path, table)

    def get(self, path: Path, stamp: tuple) -> str | None:
        row = self.table.get(os.fspath(path))
        return row[4] if row is not None and tuple(row[:4]) == stamp else None

    def put(self, path: Path, stamp: tuple, digest: str) -> None:
        if len(self.table) >= self.MAX:
            self.table = {}
        self.table[os.fspath(path)] = (*stamp, digest)
        self.changed = True

    def save(self) -> None:
        if not self.changed or self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".digests-")
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps(self.table))
            os.replace(tmp, self.path)
        except OSError:
            pass  # a read-only cache folder: the files are hashed again next time


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


def has(key: str) -> bool:
    """An entry is stored under `key` (it may still turn out damaged)."""
    return _entry(key).is_file()


def load(key: str) -> CachedCorpus | None:
    path = _entry(key)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        body = memoryview(data)[len(_MAGIC) + _DIGEST:]  # not a copy of it
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
        folder = _folder()
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".corpus-")
        try:
            with os.fdopen(fd, "w+b") as fh:
                # pickled straight into the file through the digest: the whole
                # pickle never sits in memory (hundreds of MB for a large archive)
                fh.write(_MAGIC)
                fh.write(b"\0" * _DIGEST)
                sink = _Digesting(fh)
                pickle.dump(entry, sink, protocol=pickle.HIGHEST_PROTOCOL)
                fh.seek(len(_MAGIC))
                fh.write(sink.digest.digest())
            os.replace(tmp, _entry(key))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _trim(folder)
        return True
    except (OSError, pickle.PicklingError, RecursionError):
        return False


class _Digesting:
    """A file-like sink that writes to `fh` and hashes what it writes."""

    def __init__(self, fh) -> None:
        self.fh, self.digest = fh, hashlib.sha256()

    def write(self, data) -> int:
        self.digest.update(data)
        return self.fh.write(data)


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
