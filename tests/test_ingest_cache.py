"""Opening the same articles again comes from the corpus cache, and only
while nothing that decides the result changed: a file's content, its name,
the extractor (code, gazetteer, word lists). A damaged cache entry is
rebuilt, never an error."""
from __future__ import annotations

from pathlib import Path

import pytest

from zoneprofiles import pipeline
from zoneprofiles.ingest import cache as corpus_cache
from zoneprofiles.pipeline import FRAMES, load_corpus

ARTICLE = """# 青川高新区：新材料产业加速集聚

◎本报记者 孟远

2023年，青川高新技术产业开发区（以下简称青川高新区）实现规上工业总产值386亿元，同比增长11.2%。
青川高新区出台《青川高新区支持新材料产业发展十条措施》，对新落户企业给予最高300万元奖励。
"""
SECOND = """滨江经开区：外贸稳中有进

本报讯 今年前三季度，滨江经济技术开发区（以下简称滨江经开区）实现进出口总额52亿元，同比增长8.6%。
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    """This test's own corpus cache (jieba's dictionary cache stays shared: it
    takes seconds to build) and its own user data folder."""
    folder = tmp_path / "cache"

    def corpora() -> Path:
        path = folder / corpus_cache.FOLDER
        path.mkdir(parents=True, exist_ok=True)
        return path
    monkeypatch.setattr(corpus_cache, "_folder", corpora)
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    return folder


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "文章"
    folder.mkdir()
    (folder / "青川.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "滨江.txt").write_text(SECOND, encoding="utf-8")
    return folder


def _no_extraction(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("extracted again although nothing changed")
    monkeypatch.setattr(pipeline, "_build_here", refuse)
    monkeypatch.setattr(pipeline, "build_corpus", refuse)


def _entries(cache_dir: Path) -> list[Path]:
    return sorted((cache_dir / corpus_cache.FOLDER).glob("*.pickle"))


def test_reopening_the_same_files_needs_no_extraction(cache_dir, articles, monkeypatch):
    first = load_corpus([articles])
    assert len(_entries(cache_dir)) == 1
    _no_extraction(monkeypatch)
    again = load_corpus([articles])
    for name in FRAMES:
        assert getattr(first, name).equals(getattr(again, name)), name
    assert again.texts == first.texts
    assert again.name == first.name
    assert again.find_zone("青川高新技术产业开发区") == "青川高新区"


def test_a_changed_file_is_extracted_again(cache_dir, articles):
    before = load_corpus([articles])
    (articles / "青川.txt").write_text(ARTICLE.replace("386亿元", "412亿元"), encoding="utf-8")
    after = load_corpus([articles])
    values = lambda c: set(c.figures.loc[c.figures["zone_id"] == "青川高新区", "value"])
    assert 386e8 in values(before) and 386e8 not in values(after)
    assert 412e8 in values(after)


def test_a_renamed_file_keeps_its_new_name_in_every_row(cache_dir, articles):
    load_corpus([articles])
    (articles / "青川.txt").rename(articles / "青川2023.txt")
    corpus = load_corpus([articles])
    assert any(name.endswith("青川2023.txt") for name in corpus.texts)
    assert all(not f.endswith("青川.txt") for f in corpus.figures["source_file"])


def test_a_gazetteer_edit_changes_the_result_without_a_restart(cache_dir, articles, tmp_path):
    before = load_corpus([articles])
    assert before.zone("滨江经开区")["kind"] == "经开区"
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "gazetteer.tsv").write_text(
        "name\tkind\tlevel\tprovince\tcity\taliases\tparent\tnote\n"
        "滨江经开区\t综合保税区\tprovincial\t浙江省\t杭州市\t滨江经济技术开发区\t\t\n",
        encoding="utf-8")
    after = load_corpus([articles])
    assert after.zone("滨江经开区")["kind"] == "综合保税区"


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip"])
def test_a_damaged_cache_entry_is_rebuilt(cache_dir, articles, damage):
    first = load_corpus([articles])
    (entry,) = _entries(cache_dir)
    data = entry.read_bytes()
    if damage == "truncate":
        entry.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        entry.write_bytes(b"not a corpus at all")
    else:
        entry.write_bytes(data[:-10] + bytes(b ^ 0xFF for b in data[-10:]))
    again = load_corpus([articles])
    assert again.figures.equals(first.figures)
    (rebuilt,) = _entries(cache_dir)
    assert rebuilt.read_bytes() != b"not a corpus at all" and corpus_cache.load(rebuilt.stem)


def test_an_unwritable_cache_folder_only_costs_time(cache_dir, articles, monkeypatch):
    monkeypatch.setattr(corpus_cache, "_folder", lambda: cache_dir / "missing" / "nope")
    first = load_corpus([articles])
    again = load_corpus([articles])
    assert again.figures.equals(first.figures) and len(first.figures) > 0


def test_a_file_that_cannot_be_read_is_reported_on_every_open(cache_dir, articles):
    (articles / "损坏.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 64)
    first = load_corpus([articles])
    again = load_corpus([articles])
    for corpus in (first, again):
        assert any(p.path.endswith("损坏.txt") and p.fatal for p in corpus.problems)
    assert [p.message for p in first.problems] == [p.message for p in again.problems]


def test_only_recent_corpora_are_kept(cache_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(corpus_cache, "MAX_ENTRIES", 2)
    for i in range(4):
        folder = tmp_path / f"set{i}"
        folder.mkdir()
        (folder / "a.txt").write_text(SECOND.replace("52亿元", f"{50 + i}亿元"), encoding="utf-8")
        load_corpus([folder])
    assert len(_entries(cache_dir)) == 2
