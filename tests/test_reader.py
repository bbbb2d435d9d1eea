"""Opening files and folders: what loads, what each file is called, and a
plain message for every file that cannot be read — the others still load."""
from __future__ import annotations

import builtins
import hashlib
import os
import random
from pathlib import Path

import pytest

from zoneprofiles.corpus import reader
from zoneprofiles.corpus.reader import ReadError, discover, read_all, read_source

ARTICLE = (
    "# 清远高新区打造产业承载地\n\n"
    "■ 本报通讯员 李明\n\n"
    "去年，清远高新区规上工业总产值约860亿元，同比增长9.6%。"
    "园区新引进项目42个，总投资额超过120亿元。\n"
)
PAGE = (
    "<html><head><meta charset=\"gbk\"><title>广州开发区新闻</title>"
    "<script>document.write('<p>广告</p>')</script></head><body>"
    "<h1>广州开发区出台十条措施</h1>"
    "<p>措施提出，对新落户的生物医药企业给予最高1000万元奖励。</p>"
    "<img src=\"http://example.com/banner.png\"></body></html>"
)


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A folder like the bundled seeds, opened by its relative name."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "seeds" / "001_b.txt", ARTICLE)
    write(tmp_path / "seeds" / "000_a.txt", ARTICLE.replace("清远", "惠州"))
    write(tmp_path / "seeds" / "more" / "002_c.md", ARTICLE.replace("清远", "肇庆"))
    write(tmp_path / "seeds" / "003_page.html", PAGE)
    write(tmp_path / "seeds" / "notes.csv", "a,b\n")
    write(tmp_path / "seeds" / ".hidden.txt", ARTICLE)
    write(tmp_path / "seeds" / ".cache" / "x.txt", ARTICLE)
    return Path("seeds")


# --- discover ------------------------------------------------------------------

def test_folder_files_are_named_under_the_folder_as_given(corpus):
    files, problems = discover([corpus])
    assert [name for _, name in files] == [
        "seeds/000_a.txt", "seeds/001_b.txt", "seeds/003_page.html", "seeds/more/002_c.md",
    ]
    assert problems == []
    assert all(path.is_file() for path, _ in files)


def test_file_given_directly_keeps_its_path_as_given(corpus):
    files, _ = discover([Path("seeds/more/002_c.md")])
    assert files == [(Path("seeds/more/002_c.md"), "seeds/more/002_c.md")]


def test_same_file_twice_is_read_once(corpus):
    files, _ = discover([corpus, Path("seeds/000_a.txt")])
    assert [name for _, name in files].count("seeds/000_a.txt") == 1
    assert len(files) == 4


def test_missing_path_and_unsupported_file_are_reported(corpus):
    files, problems = discover([Path("missing"), Path("seeds/notes.csv"), corpus])
    assert len(files) == 4
    messages = {p.path: p.message for p in problems}
    assert "no such file or folder" in messages["missing"]
    assert "seeds/notes.csv" in messages["seeds/notes.csv"]
    assert ".txt" in messages["seeds/notes.csv"]


def test_broken_symlink_is_a_problem_not_a_crash(corpus, tmp_path):
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "seeds" / "link.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "direct.txt")
    files, problems = discover([corpus, Path("direct.txt")])
    assert len(files) == 4
    assert {p.path for p in problems} == {"seeds/link.txt", "direct.txt"}
    assert all("broken link" in p.message for p in problems)


def test_folder_named_like_a_file_is_recursed(corpus, tmp_path):
    write(tmp_path / "seeds" / "x.txt" / "inner.txt", ARTICLE)
    sources, problems = read_all([corpus])
    assert "seeds/x.txt/inner.txt" in [s.name for s in sources]
    assert problems == []
    sources, problems = read_all([Path("seeds/x.txt")])
    assert [s.name for s in sources] == ["seeds/x.txt/inner.txt"]


def test_folder_without_articles_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    files, problems = discover([tmp_path / "empty"])
    assert files == []
    assert len(problems) == 1 and "no article files" in problems[0].message


# --- read_all --------------------------------------------------------------------

def test_one_broken_file_does_not_stop_the_others(corpus, tmp_path):
    (tmp_path / "seeds" / "004_broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    sources, problems = read_all([corpus])
    assert len(sources) == 4
    assert len(problems) == 1
    problem = problems[0]
    assert problem.fatal and problem.path == "seeds/004_broken.txt"
    assert problem.message.startswith("seeds/004_broken.txt: ")
    assert "binary" in problem.message


def test_warnings_load_the_file_and_are_reported_not_fatal(tmp_path):
    data = "去年营收".encode() + b"\xff" + "增长9.6%".encode()
    (tmp_path / "bad.txt").write_bytes(data)
    sources, problems = read_all([tmp_path / "bad.txt"])
    assert len(sources) == 1 and sources[0].text == "去年营收\ufffd增长9.6%"
    assert len(problems) == 1 and not problems[0].fatal
    assert str(tmp_path / "bad.txt") in problems[0].message and "1 byte" in problems[0].message


def test_progress_reports_every_file_and_cancel_stops(corpus):
    calls = []
    read_all([corpus], progress=lambda done, total, name: calls.append((done, total, name)))
    assert calls == [(1, 4, "seeds/000_a.txt"), (2, 4, "seeds/001_b.txt"),
                     (3, 4, "seeds/003_page.html"), (4, 4, "seeds/more/002_c.md")]
    seen = []

    def cancelled():
        return len(seen) >= 2

    sources, _ = read_all([corpus], progress=lambda d, t, n: seen.append(n), cancelled=cancelled)
    assert len(sources) == 2


def test_unexpected_failure_becomes_a_problem(corpus, monkeypatch):
    real = reader.read_source

    def flaky(path, name):
        if name.endswith("001_b.txt"):
            raise MemoryError("out of memory")
        return real(path, name)

    monkeypatch.setattr(reader, "read_source", flaky)
    sources, problems = read_all([corpus])
    assert len(sources) == 3
    assert [p.path for p in problems] == ["seeds/001_b.txt"]
    assert "Traceback" not in problems[0].message


# --- read_source: what loads -------------------------------------------------------

def test_text_file_loads_with_its_details(tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    source = read_source(path, "a.txt")
    assert source.text == ARTICLE
    assert source.kind == "txt" and source.encoding == "utf-8"
    assert source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert source.view.text == ARTICLE.replace("，", ",")  # full-width punctuation folded
    assert source.path == path and source.name == "a.txt"


def test_markdown_kind(tmp_path):
    assert read_source(write(tmp_path / "a.markdown", ARTICLE), "a.markdown").kind == "md"
    assert read_source(write(tmp_path / "a.MD", ARTICLE), "a.MD").kind == "md"


def test_view_offsets_point_into_the_file_text(tmp_path):
    text = "园区实现营收３５１５亿元，增长　8.2 %。\r\n第二段。"
    source = read_source(write(tmp_path / "w.txt", text), "w.txt")
    assert "营收3515亿元,增长 8.2%。\n第二段" in source.view.text
    start = source.view.text.index("3515亿元")
    a, b = source.view.raw_span(start, start + len("3515亿元"))
    assert source.text[a:b] == "３５１５亿元"


def test_old_mac_line_endings_still_separate_lines(tmp_path):
    text = "第一段：营收100亿元。\r第二段：增长5%。\r"
    source = read_source(write(tmp_path / "mac.txt", text), "mac.txt")
    assert source.text == text
    assert "。\n第二段" in source.view.text
    start = source.view.text.index("第二段")
    assert source.text[source.view.raw_span(start, start + 3)[0]:].startswith("第二段")


def test_html_file_reads_visible_text_mapped_into_the_file(tmp_path):
    path = write(tmp_path / "page.html", PAGE, "gbk")
    source = read_source(path, "page.html")
    assert source.kind == "html" and source.encoding == "gb18030"
    assert source.text == PAGE  # provenance points into the page itself
    assert "广告" not in source.view.text and "document.write" not in source.view.text
    assert "banner" not in source.view.text
    phrase = "给予最高1000万元奖励"
    start = source.view.text.index(phrase)
    a, b = source.view.raw_span(start, start + len(phrase))
    assert source.text[a:b] == phrase


def test_one_giant_line_loads(tmp_path):
    line = "高新区营收增长10%，" * 100_000  # one line of a million characters
    source = read_source(write(tmp_path / "giant.txt", line), "giant.txt")
    assert source.text == line and "\n" not in source.view.text


@pytest.mark.parametrize("filename", [
    "苏州 工业园区 报道.txt", "it's \"quoted\".txt", "合肥(高新区)#1&2.md",
])
def test_odd_characters_in_the_path(tmp_path, filename):
    folder = tmp_path / "新闻 资料"
    path = write(folder / filename, ARTICLE)
    assert read_source(path, filename).text == ARTICLE
    files, problems = discover([folder])
    assert [name for _, name in files] == [f"{folder.as_posix()}/{filename}"]
    sources, problems = read_all([folder])
    assert sources[0].text == ARTICLE and problems == []


def test_nul_bytes_in_text_load_with_a_warning(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes("园区去年营收".encode() + b"\x00\x00" + "860亿元，同比增长9.6%，新引进项目42个。".encode())
    source = read_source(path, "nul.txt")
    assert source.text == "园区去年营收\ufffd\ufffd860亿元，同比增长9.6%，新引进项目42个。"
    assert len(source.warnings) == 1
    assert source.warnings[0].startswith("nul.txt: ") and "2 NUL bytes" in source.warnings[0]


# --- read_source: what is refused ------------------------------------------------

def refused(path: Path, name: str) -> str:
    with pytest.raises(ReadError) as info:
        read_source(path, name)
    error = info.value
    assert error.path == name
    assert error.message.startswith(f"{name}: ")
    assert "Traceback" not in error.message
    return error.message


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert refused(tmp_path / "empty.txt", "empty.txt") == "empty.txt: the file is empty"
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf")
    assert "empty" in refused(tmp_path / "bom.txt", "bom.txt")


def test_png_file(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(200))
    message = refused(path, "photo.txt")
    assert "looks like a binary file, not text" in message and "PNG" in message


def test_random_bytes(tmp_path):
    path = tmp_path / "noise.md"
    path.write_bytes(random.Random(3).randbytes(10_000))
    assert "looks like a binary file, not text" in refused(path, "noise.md")


def test_file_larger_than_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    path = write(tmp_path / "big.txt", "园区" * 100)  # 600 bytes
    message = refused(path, "big.txt")
    assert "too large" in message and "100 bytes" in message
    small = write(tmp_path / "small.txt", "园区")
    assert read_source(small, "small.txt").text == "园区"


def test_default_limit_is_named_in_megabytes(tmp_path, monkeypatch):
    path = write(tmp_path / "big.txt", "x")
    real_stat = Path.stat

    def huge(self, *args, **kwargs):
        result = real_stat(self, *args, **kwargs)
        if self == path:
            return os.stat_result((result.st_mode, 0, 0, 1, 0, 0, 40 * 1024 * 1024, 0, 0, 0))
        return result

    monkeypatch.setattr(Path, "stat", huge)
    message = refused(path, "big.txt")
    assert "40 MB" in message and "limit is 32 MB" in message


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root can read files without permission")
def test_unreadable_file(tmp_path):
    path = write(tmp_path / "locked.txt", ARTICLE)
    path.chmod(0)
    try:
        assert "permission denied" in refused(path, "locked.txt")
    finally:
        path.chmod(0o644)


def test_unreadable_file_when_open_is_refused(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", ARTICLE)
    other = write(tmp_path / "open.txt", ARTICLE)
    real_open = builtins.open

    def guarded(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", guarded)
    assert "permission denied" in refused(path, "locked.txt")
    sources, problems = read_all([tmp_path])
    assert [s.path for s in sources] == [other]
    assert len(problems) == 1 and "locked.txt" in problems[0].message


def test_a_folder_passed_to_read_source(tmp_path):
    (tmp_path / "x.txt").mkdir()
    assert "folder" in refused(tmp_path / "x.txt", "x.txt")


def test_a_file_deleted_before_reading(tmp_path):
    assert "no longer exists" in refused(tmp_path / "gone.txt", "gone.txt")
