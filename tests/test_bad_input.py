"""Bad input, end to end: each kind of bad file sits in a folder next to a good
article, and is opened through `load_corpus` and through the command line
(`python -m zoneprofiles export`, a real process). Every time: a plain message
naming the file and the problem (stderr for the command line), no traceback,
no hang, the good article still loads, and the exit code says what happened
(0 all loaded, 3 some files skipped, 4 nothing readable)."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from zoneprofiles.corpus import reader
from zoneprofiles.pipeline import load_corpus

ROOT = Path(__file__).resolve().parents[1]
HANG_GUARD = 600  # seconds: only so a hang fails the test instead of stalling the run

GOOD = ("# 株洲高新区：轨道交通装备产业再提速\n\n◎本报记者 陈立\n\n"
        "今年前三季度，株洲高新技术产业开发区（以下简称株洲高新区）实现规上工业总产值约640亿元，"
        "同比增长8.5%。园区新引进项目36个，总投资额超过95亿元。\n\n"
        "株洲高新区出台《株洲高新区支持先进制造业发展十条措施》，对首台套装备给予最高300万元奖励。\n")
OTHER = ("湘潭经开区:智能制造项目加快落地\n\n"
         "今年1-9月,湘潭经济技术开发区(以下简称湘潭经开区)完成固定资产投资128亿元,同比增长11%。"
         "全区高新技术企业达到310家。\n")
GOOD_ZONE, OTHER_ZONE = "株洲高新区", "湘潭经开区"


# --- the bad files ------------------------------------------------------------------
# Each maker writes one bad thing into `folder` and returns (its name as the
# app names it, or None when it is not reported by name).

def empty_file(folder: Path) -> Path:
    (folder / "空文件.txt").write_bytes(b"")
    return folder / "空文件.txt"


def binary_file(folder: Path) -> Path:
    path = folder / "照片.txt"  # a picture saved with a text file's name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    return path


def nul_bytes(folder: Path) -> Path:
    path = folder / "带空字节.txt"
    data = OTHER.encode()
    path.write_bytes(data[:60] + b"\x00\x00" + data[60:])
    return path


def invalid_bytes(folder: Path) -> Path:
    path = folder / "坏字节.txt"
    at = OTHER.index("完成")
    path.write_bytes(OTHER[:at].encode() + b"\xff\xfe\xfd" + OTHER[at:].encode())
    return path


def lying_html(folder: Path) -> Path:
    """An HTML page that says it is UTF-8 and was saved in GBK."""
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>湘潭经开区新闻</title>'
            f'</head><body><p>{OTHER.splitlines()[2]}</p></body></html>')
    path = folder / "网页.html"
    path.write_bytes(page.encode("gbk"))
    return path


def huge_file(folder: Path) -> Path:
    """Tens of MB: more than the reader takes, so it must be refused, naming the limit."""
    path = folder / "巨大.txt"
    size = max(30 * 1024 * 1024, reader.MAX_BYTES + 1024 * 1024)
    block = (OTHER * 200).encode()
    with open(path, "wb") as fh:
        for _ in range(size // len(block) + 1):
            fh.write(block)
    return path


def giant_line(folder: Path) -> Path:
    """An article whose paragraphs were all joined into one line of ~270,000 characters."""
    parts = [f"第{i}期报道称，今年前三季度，湘潭经开区实现规上工业总产值约{100 + i % 900}亿元，"
             f"同比增长{1 + i % 19}%。园区坚持创新驱动发展战略，持续优化营商环境。" for i in range(4000)]
    path = folder / "一整行.txt"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def folder_named_like_a_file(folder: Path) -> Path:
    inner = folder / "报道.txt"
    inner.mkdir()
    (inner / "正文.txt").write_text(OTHER, encoding="utf-8")
    return inner


def broken_symlink(folder: Path) -> Path:
    path = folder / "链接.txt"
    os.symlink(folder / "已删除的文章.txt", path)
    return path


def unreadable_file(folder: Path) -> Path:
    path = folder / "无权限.txt"
    path.write_text(OTHER, encoding="utf-8")
    path.chmod(0)  # enough for a normal user; as root `deny_reading` simulates it
    return path


def odd_path(folder: Path) -> Path:
    inner = folder / "新闻 资料 (2023)"
    inner.mkdir()
    path = inner / "湘潭 #1 & 'x' 经开区;报道.txt"
    path.write_text(OTHER, encoding="utf-8")
    return path


def html_with_scripts(folder: Path, url: str) -> Path:
    page = ("<html><head><meta charset='utf-8'><title>湘潭经开区</title>"
            f"<link rel='stylesheet' href='{url}/site.css'>"
            "<style>p { color: red } .ad:after { content: '广告位招租' }</style>"
            f"<script src='{url}/track.js'></script>"
            "<script>document.write('<p>弹窗广告</p>'); fetch('/steal');</script></head><body>"
            f"<p>{OTHER.splitlines()[2]}</p>"
            f"<img src='{url}/banner.png'><iframe src='{url}/frame.html'></iframe>"
            "</body></html>")
    path = folder / "带脚本的网页.html"
    path.write_text(page, encoding="utf-8")
    return path


# --- running the app on them ----------------------------------------------------------

def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "文章"
    folder.mkdir()
    (folder / "好文章.txt").write_text(GOOD, encoding="utf-8")
    return folder


_DENY = """
import builtins, os, sys
from pathlib import Path
locked = Path(sys.argv[1]).resolve()
real_open = builtins.open
def guarded(file, *args, **kwargs):
    if isinstance(file, (str, bytes, os.PathLike)) and Path(os.fsdecode(file)).resolve() == locked:
        raise PermissionError(13, "Permission denied", os.fsdecode(file))
    return real_open(file, *args, **kwargs)
builtins.open = guarded
from zoneprofiles.cli import main
sys.exit(main(sys.argv[2:]))
"""


def run_cli(args: list[str], deny: Path | None = None) -> subprocess.CompletedProcess:
    """The command line in a process of its own; `deny` is a file it may not
    read (simulated, since root may read anything)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), PYTHONIOENCODING="utf-8")
    if deny is not None:
        command = [sys.executable, "-c", _DENY, str(deny), *args]
    else:
        command = [sys.executable, "-m", "zoneprofiles", *args]
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8",
                          env=env, timeout=HANG_GUARD, cwd=ROOT)


def deny_reading(monkeypatch, path: Path) -> None:
    """Reading `path` fails with "permission denied", whoever runs the test."""
    import builtins
    real_open = builtins.open
    locked = path.resolve()

    def guarded(file, *args, **kwargs):
        if isinstance(file, (str, bytes, os.PathLike)) and Path(os.fsdecode(file)).resolve() == locked:
            raise PermissionError(13, "Permission denied", os.fsdecode(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(builtins, "open", guarded)


def exported(out: Path, name: str) -> list[dict]:
    with open(out / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def zones_of(corpus) -> set[str]:
    return set(corpus.zones["zone_id"])


# What each kind must do: the maker, whether the file is refused (fatal), and
# words the message must hold. None for words: it loads without a message.
KINDS = {
    "empty file": (empty_file, True, ["the file is empty"]),
    "binary file": (binary_file, True, ["binary", "PNG"]),
    "NUL bytes": (nul_bytes, False, ["2 NUL bytes"]),
    "invalid bytes": (invalid_bytes, False, ["3 bytes could not be read as UTF-8"]),
    "lying encoding": (lying_html, False, None),
    "tens of MB": (huge_file, True, ["too large", "the limit is"]),
    "giant line": (giant_line, False, None),
    "folder named like a file": (folder_named_like_a_file, False, None),
    "broken symlink": (broken_symlink, True, ["broken link"]),
    "unreadable file": (unreadable_file, True, ["permission denied"]),
    "odd characters in the path": (odd_path, False, None),
}


class Opened:
    """One folder: the good article and every bad file of one group, opened
    once through load_corpus and once through the command line."""

    def __init__(self, folder: Path, bad: dict[str, Path], corpus, cli, out: Path) -> None:
        self.folder, self.bad, self.corpus, self.cli, self.out = folder, bad, corpus, cli, out


def _open_group(base: Path, fatal: bool) -> Opened:
    # two groups, each under eight files, so both are read in this process,
    # where the unreadable file can be simulated
    folder = _folder(base)
    bad = {kind: make(folder) for kind, (make, is_fatal, _) in KINDS.items() if is_fatal == fatal}
    locked = bad.get("unreadable file")
    with pytest.MonkeyPatch.context() as mp:
        if locked is not None:
            deny_reading(mp, locked)
        corpus = load_corpus([folder])
    out = base / "导出"
    cli = run_cli(["export", "--out", str(out), str(folder)], deny=locked)
    return Opened(folder, bad, corpus, cli, out)


@pytest.fixture(scope="module")
def refused(tmp_path_factory) -> Opened:
    return _open_group(tmp_path_factory.mktemp("refused"), fatal=True)


@pytest.fixture(scope="module")
def loaded(tmp_path_factory) -> Opened:
    return _open_group(tmp_path_factory.mktemp("loaded"), fatal=False)


@pytest.mark.parametrize("kind", list(KINDS))
def test_load_corpus_reports_the_bad_file_and_loads_the_rest(kind, request):
    opened = request.getfixturevalue("refused" if KINDS[kind][1] else "loaded")
    _make, fatal, words = KINDS[kind]
    bad, corpus = opened.bad[kind], opened.corpus

    assert GOOD_ZONE in zones_of(corpus)  # the good article always loads
    about = [p for p in corpus.problems if Path(p.path).name == bad.name]
    if words is None:
        assert about == []
        loaded = [name for name in corpus.texts if bad.name in name]
        assert loaded, f"{bad.name} did not load"
        assert all("湘潭经开区" in corpus.texts[name] for name in loaded)  # decoded right
    else:
        assert len(about) == 1, corpus.problems
        (problem,) = about
        assert problem.fatal == fatal
        assert bad.name in problem.message  # the message names the file…
        for word in words:  # …and the problem
            assert word in problem.message
        assert "Traceback" not in problem.message
        if not fatal:
            assert any(bad.name in name for name in corpus.texts)  # loaded despite the warning
    if fatal:
        assert not any(bad.name in name for name in corpus.texts)
    else:
        assert OTHER_ZONE in zones_of(corpus)


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_command_line_names_the_bad_file_and_writes_the_rest(kind, request):
    opened = request.getfixturevalue("refused" if KINDS[kind][1] else "loaded")
    _make, fatal, words = KINDS[kind]
    bad, result = opened.bad[kind], opened.cli

    assert "Traceback" not in result.stderr
    assert result.returncode == (3 if fatal else 0), result.stderr
    zones = {row["zone_id"] for row in exported(opened.out, "zones.csv")}
    assert GOOD_ZONE in zones
    files = {row["source_file"] for row in exported(opened.out, "articles.csv")}
    lines = [line for line in result.stderr.splitlines() if bad.name in line]
    if words is None:
        assert lines == [] and any(bad.name in f for f in files)
    else:
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("zoneprofiles: " + ("skipped" if fatal else "warning"))
        for word in words:
            assert word in lines[0]
        assert any(bad.name in f for f in files) != fatal


def test_html_with_scripts_styles_and_remote_images_keeps_the_text_and_fetches_nothing(
        tmp_path, server):
    url, requests = server
    folder = _folder(tmp_path)
    page = html_with_scripts(folder, url)

    corpus = load_corpus([folder])
    result = run_cli(["export", "--out", str(tmp_path / "out"), str(folder)])

    assert result.returncode == 0 and "Traceback" not in result.stderr
    name = next(n for n in corpus.texts if n.endswith(page.name))
    figures = corpus.figures[corpus.figures["source_file"] == name]
    assert set(figures["raw"]) >= {"128亿元", "310家"}  # the article text is read
    for row in figures.itertuples():
        assert corpus.texts[name][row.start:row.end] == row.raw  # and points into the page
    sentences = " ".join(corpus.figures["sentence"]) + " ".join(corpus.policies["title"])
    for hidden in ("弹窗广告", "广告位招租", "document.write", "color: red"):
        assert hidden not in sentences  # script and style text is never read as article
    exported_figures = exported(tmp_path / "out", "figures.csv")
    assert "310家" in {row["raw"] for row in exported_figures}
    assert requests == []  # nothing was fetched, by the reader or the command line
