"""A load decides what it will do before the pipeline is imported: which
files, under which cache key, and whether the keyword helper (seconds of
jieba loading) must start. New files start it at once; files already in the
cache, or an archive big enough for worker processes, do not."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from zoneprofiles.ingest import cache as corpus_cache
from zoneprofiles.ingest import helper, plan, pool

ARTICLE = ("渭水高新区：新材料产业加速集聚\n\n"
           "2024年，渭水高新技术产业开发区实现规上工业总产值412亿元，同比增长9.8%。\n")


@pytest.fixture
def started(tmp_path, monkeypatch) -> list:
    """The cache in this test's folder; the helper's start recorded, not done."""
    folder = tmp_path / "cache" / corpus_cache.FOLDER

    def corpora():
        folder.mkdir(parents=True, exist_ok=True)
        return folder
    monkeypatch.setattr(corpus_cache, "_folder", corpora)
    calls = []
    monkeypatch.setattr(helper, "helper", lambda: calls.append("helper"))
    return calls


def test_new_files_start_the_keyword_helper_before_the_pipeline_is_loaded(tmp_path, started):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    the_plan = plan.plan_load([tmp_path / "a.txt"])
    assert [Path(name).name for _p, name in the_plan.found] == ["a.txt"]
    plan.start_helper_if_extracting(the_plan)
    assert started == ["helper"]


def test_files_already_cached_start_nothing(tmp_path, started):
    from zoneprofiles.pipeline import load_corpus
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    first = load_corpus([tmp_path / "a.txt"], workers=0)
    assert "渭水高新区" in set(first.zones["zone_id"])
    the_plan = plan.plan_load([tmp_path / "a.txt"])
    plan.start_helper_if_extracting(the_plan)
    assert started == []
    # and the load given that plan is the cached corpus
    again = load_corpus([tmp_path / "a.txt"], plan=the_plan)
    assert list(again.figures["value"]) == list(first.figures["value"])


def test_an_archive_for_worker_processes_starts_no_helper(tmp_path, started, monkeypatch):
    monkeypatch.setattr(plan, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(plan, "PARALLEL_MIN_CHARS", 10)
    monkeypatch.setattr("zoneprofiles.ingest.pool.usable_cores", lambda: 4)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(ARTICLE.replace("412", str(400 + i)), encoding="utf-8")
    try:
        the_plan = plan.plan_load([tmp_path])
        assert plan.worker_count(the_plan.found, None) == 4
        plan.start_helper_if_extracting(the_plan)
        assert started == []
    finally:
        pool.drop_early()


@pytest.fixture
def archive(tmp_path, monkeypatch) -> Path:
    """Three new files that count as an archive for two worker processes."""
    monkeypatch.setattr(plan, "PARALLEL_MIN_FILES", 2)
    monkeypatch.setattr(plan, "PARALLEL_MIN_CHARS", 10)
    monkeypatch.setattr(pool, "usable_cores", lambda: 2)
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(ARTICLE.replace("412", str(400 + i)), encoding="utf-8")
    yield folder
    pool.drop_early()


def test_new_files_start_the_workers_while_they_are_hashed_and_the_load_takes_them(
        archive, started, monkeypatch):
    from zoneprofiles.pipeline import load_corpus
    the_plan = plan.plan_load([archive])
    assert pool._early is not None, "the workers start before the load asks for them"
    executor = pool._early[2]

    def second_set(_workers):
        raise AssertionError("the load started workers of its own")
    monkeypatch.setattr(pool, "executor", second_set)
    corpus = load_corpus([archive], plan=the_plan)
    assert pool._early is None
    assert executor._shutdown_thread, "the load ended them"
    assert {4.00e10, 4.01e10, 4.02e10} <= set(corpus.figures["value"])


def test_workers_started_for_files_that_turn_out_cached_are_ended(archive, started):
    from zoneprofiles.pipeline import load_corpus
    first = load_corpus([archive], workers=0)
    for path in archive.iterdir():  # the same bytes written again: hashed again, cached after all
        path.write_bytes(path.read_bytes())
    the_plan = plan.plan_load([archive])
    assert pool._early is not None
    executor = pool._early[2]
    again = load_corpus([archive], plan=the_plan)
    assert pool._early is None and executor._shutdown_thread
    assert list(again.figures["value"]) == list(first.figures["value"])


def test_a_missing_file_is_a_problem_of_the_plan_and_the_rest_still_load(tmp_path, started):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    the_plan = plan.plan_load([tmp_path / "a.txt", tmp_path / "gone.txt"])
    assert [Path(name).name for _p, name in the_plan.found] == ["a.txt"]
    assert any("gone.txt" in p.path for p in the_plan.problems)


def test_planning_a_load_imports_no_pandas():
    import subprocess
    code = ("import sys\nfrom zoneprofiles.ingest.plan import plan_load\n"
            "from zoneprofiles.assignments_file import load_assignments\n"
            "plan_load(None)\nprint('pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_workers_that_cannot_start_early_leave_the_plan_and_the_load_whole(
        archive, started, monkeypatch):
    from zoneprofiles.pipeline import load_corpus

    def no_processes(_workers):
        raise OSError("no more processes")
    monkeypatch.setattr(pool, "executor", no_processes)
    the_plan = plan.plan_load([archive])
    assert pool._early is None and len(the_plan.found) == 3
    corpus = load_corpus([archive], plan=the_plan)  # falls back to this process
    assert {4.00e10, 4.01e10, 4.02e10} <= set(corpus.figures["value"])
