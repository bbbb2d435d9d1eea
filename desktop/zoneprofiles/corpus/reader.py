"""Find the article files the user opened and read each into text.

Every failure is a plain sentence naming the file (`ReadError`, or a
`LoadProblem` from `read_all`): one bad file never stops the others loading.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..problems import LoadProblem
from .encoding import decode_bytes
from .html_text import declared_charset, visible_text
from .normalize import NormText, normalize

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_BYTES = 32 * 1024 * 1024
_KINDS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
_SUPPORTED_LIST = ", ".join(sorted(SUPPORTED))
_LONE_CR = re.compile(r"\r(?!\n)")


@dataclass
class SourceText:
    path: Path           # the file on disk
    name: str            # the source_file string shown and exported
    text: str            # decoded text: provenance offsets point into this
    encoding: str
    sha256: str          # of the file's bytes
    kind: str            # 'txt' | 'md' | 'html'
    view: NormText       # what extraction reads; its offsets point into `text`
    warnings: list[str] = field(default_factory=list)


class ReadError(Exception):
    """A file that cannot be read; `message` names the file and the problem."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


# --- finding files -------------------------------------------------------------

def discover(paths: list[Path]) -> tuple[list[tuple[Path, str]], list[LoadProblem]]:
    """The supported files under `paths`, as (path on disk, name). A folder's
    files are named by the folder as given plus their path inside it
    ('seeds/000_x.txt'); a file given directly keeps the path as given."""
    found: list[tuple[Path, str]] = []
    problems: list[LoadProblem] = []
    seen: set[str] = set()

    def add(path: Path, name: str, real: str | None = None) -> None:
        key = real or os.path.realpath(path)
        if key not in seen:  # the same file opened twice (a folder and a file in it)
            seen.add(key)
            found.append((path, name))

    for given in paths:
        given = Path(given)
        label = given.as_posix()
        try:
            exists = given.exists()
        except OSError as exc:  # e.g. inside a folder we may not enter
            problems.append(LoadProblem(label, f"{label}: cannot be opened ({_reason(exc)})"))
            continue
        if given.is_symlink() and not exists:
            problems.append(LoadProblem(label, f"{label}: a broken link (what it points to does not exist)"))
        elif not exists:
            problems.append(LoadProblem(label, f"{label}: no such file or folder"))
        elif given.is_dir():
            before, before_problems = len(found), len(problems)
            _walk(given, label, add, problems)
            if len(found) == before and len(problems) == before_problems:
                problems.append(LoadProblem(
                    label, f"{label}: the folder has no article files ({_SUPPORTED_LIST})"))
        elif given.suffix.lower() not in SUPPORTED:
            problems.append(LoadProblem(
                label, f"{label}: not a file type the app reads (it reads {_SUPPORTED_LIST})"))
        elif not _regular(given):
            problems.append(LoadProblem(label, f"{label}: not a regular file"))
        else:
            add(given, label)
    return found, problems


def _walk(root: Path, label: str, add: Callable[..., None],
          problems: list[LoadProblem]) -> None:
    visited = {os.path.realpath(root)}  # folder links that loop back are followed once

    # the folder's real path is worked out once: a plain file's is that plus
    # its name, and scandir already knows which entries are plain files, so an
    # archive of 50,000 files costs no realpath or stat per file
    def visit(folder: Path, prefix: str, real_folder: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(LoadProblem(prefix, f"{prefix}: the folder could not be opened ({_reason(exc)})"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # hidden files and folders (.git, .DS_Store…)
            path = Path(entry.path)
            name = f"{prefix}/{entry.name}"
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                real = os.path.realpath(path)
                if real not in visited:
                    visited.add(real)
                    visit(path, name, real)
                continue
            if os.path.splitext(entry.name)[1].lower() not in SUPPORTED:
                continue
            try:
                link = entry.is_symlink()
                regular = entry.is_file()  # a link: what it points to, like stat()
            except OSError:
                link, regular = False, False
            if link and not path.exists():
                problems.append(LoadProblem(name, f"{name}: a broken link (what it points to does not exist)"))
            elif not regular:
                problems.append(LoadProblem(name, f"{name}: not a regular file"))
            else:
                add(path, name, None if link else os.path.join(real_folder, entry.name))

    visit(root, label, next(iter(visited)))


def _regular(path: Path) -> bool:
    """A plain file; reading a pipe or a device could hang."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


# --- reading one file ----------------------------------------------------------

def read_source(path: Path, name: str) -> SourceText:
    """Read, decode and prepare one file; raises ReadError."""
    path = Path(path)
    data = _read_bytes(path, name)
    if not data:
        raise ReadError(name, f"{name}: the file is empty")
    kind = _KINDS.get(path.suffix.lower()) or _sniff_kind(data)
    hint = declared_charset(data) if kind == "html" else None
    decoded = decode_bytes(data, hint)
    if decoded.binary:
        what = f" (it looks like {decoded.binary_kind})" if decoded.binary_kind else ""
        raise ReadError(name, f"{name}: looks like a binary file, not text{what}")
    text = decoded.text
    if not text:  # a BOM and nothing else
        raise ReadError(name, f"{name}: the file is empty")
    warnings = [f"{name}: {w}" for w in decoded.warnings]
    if kind == "html":
        visible = visible_text(text)
        view = normalize(visible.text, visible.offsets)
        if not visible.text.strip():
            warnings.append(f"{name}: the page has no visible text")
    else:
        view = _normalize_plain(text)
    if kind != "html" and not text.strip():
        warnings.append(f"{name}: the file holds only blank space")
    return SourceText(
        path=path,
        name=name,
        text=text,
        encoding=decoded.encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        kind=kind,
        view=view,
        warnings=warnings,
    )


def _read_bytes(path: Path, name: str) -> bytes:
    limit = MAX_BYTES  # read at call time, so a changed limit applies
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ReadError(name, f"{name}: is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise ReadError(name, f"{name}: not a regular file")
        if info.st_size > limit:
            raise ReadError(name, _too_large(name, info.st_size, limit))
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)  # the file may have grown since stat
    except ReadError:
        raise
    except FileNotFoundError:
        raise ReadError(name, f"{name}: the file no longer exists") from None
    except PermissionError:
        raise ReadError(name, f"{name}: permission denied (you are not allowed to read this file)") from None
    except IsADirectoryError:
        raise ReadError(name, f"{name}: is a folder, not a file") from None
    except OSError as exc:
        raise ReadError(name, f"{name}: could not be read ({_reason(exc)})") from None
    if len(data) > limit:
        raise ReadError(name, _too_large(name, len(data), limit))
    return data


def _too_large(name: str, size: int, limit: int) -> str:
    return (f"{name}: the file is too large to read ({_size(size)}; "
            f"the limit is {_size(limit)})")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    if n >= 1024:
        return f"{n / 1024:.1f} KB".replace(".0 KB", " KB")
    return f"{n} bytes"


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__


def _sniff_kind(data: bytes) -> str:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return "html" if head.startswith((b"<!doctype html", b"<html")) else "txt"


def _normalize_plain(text: str) -> NormText:
    # normalize() drops "\r", which would run together the lines of an old
    # Mac file (CR only); a same-length copy with those CRs as newlines keeps
    # the offsets valid for `text`
    if "\r" in text:
        return normalize(_LONE_CR.sub("\n", text))
    return normalize(text)


# --- reading everything --------------------------------------------------------

def read_all(
    paths: list[Path],
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[SourceText], list[LoadProblem]]:
    """Read every file it can under `paths`. A file that fails becomes a
    fatal LoadProblem, a warning a non-fatal one; `progress(done, total,
    name)` follows each file; `cancelled()` stops before the next file."""
    files, problems = discover(paths)
    sources: list[SourceText] = []
    total = len(files)
    for done, (path, name) in enumerate(files, start=1):
        if cancelled is not None and cancelled():
            break
        try:
            source = read_source(path, name)
        except ReadError as exc:
            problems.append(LoadProblem(name, exc.message))
        except Exception as exc:  # noqa: BLE001 — one odd file must not stop the rest
            problems.append(LoadProblem(name, f"{name}: could not be read ({exc.__class__.__name__}: {exc})"))
        else:
            sources.append(source)
            problems.extend(LoadProblem(name, w, fatal=False) for w in source.warnings)
        if progress is not None:
            progress(done, total, name)
    return sources, problems
