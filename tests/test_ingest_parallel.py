"""Loading with worker processes gives exactly what loading in one process
gives: the same zones, figures, policies, mentions, articles and industries,
on the bundled seeds and on a generated corpus whose files reuse each other's
paragraphs (duplicates, short forms, parks named in one file and met again in
another). Cancelling stops the load; progress reaches the end."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from zoneprofiles import paths
from zoneprofiles.pipeline import FRAMES, load_corpus

# the zones a generated article is about; the seeds' own zone names are swapped for these
ZONES = ["合肥高新区", "苏州工业园区", "武汉东湖高新区", "成都高新区", "西安高新区", "宁波经开区",
         "长沙经开区", "青岛自贸片区", "两江新区", "昆山高新区"]
SEED_ZONE_NAMES = ["清远高新区", "昆山高新区", "宜昌高新区", "渭南高新区", "乌鲁木齐高新区",
                   "长治高新区", "青岛高新区", "花都高新区", "成都高新区", "惠山高新区", "尧都高新区",
                   "石河子经开区", "拉萨高新区", "广州开发区", "广州高新区"]

# a short form defined only in a later file, used bare in an earlier one
EARLY = """曲靖开发区签约新项目

本报讯 今年以来，曲靖开发区新签约工业项目18个，总投资65亿元。
"""
LATE = """曲靖经济技术开发区推进绿色硅光伏产业

本报讯 曲靖经济技术开发区（以下简称曲靖开发区）2023年实现规上工业总产值420亿元，同比增长16.5%。
"""


def _generated(folder: Path, articles: int, seed: int = 11) -> Path:
    rnd = random.Random(seed)
    paragraphs = []
    for path in sorted(paths.seeds_dir().glob("*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").split("\n")
                       if len(p.strip()) >= 40]
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(articles):
        zone = rnd.choice(ZONES)
        body = []
        for para in rnd.sample(paragraphs, rnd.randint(6, 12)):
            for old in SEED_ZONE_NAMES:
                para = para.replace(old, zone if rnd.random() < 0.8 else rnd.choice(ZONES))
            body.append(para)
        text = f"{zone}：聚焦主导产业\n\n◎本报记者 林{i:03d}\n\n" + "\n\n".join(body) + "\n"
        (folder / f"article_{i:03d}.txt").write_text(text, encoding="utf-8")
    (folder / "a_early.txt").write_text(EARLY, encoding="utf-8")
    (folder / "z_late.txt").write_text(LATE, encoding="utf-8")
    return folder


def _same(a, b) -> None:
    for name in FRAMES:
        left, right = getattr(a, name), getattr(b, name)
        assert left.reset_index(drop=True).equals(right.reset_index(drop=True)), name
    assert a.texts == b.texts
    assert [(p.path, p.message, p.fatal) for p in a.problems] == \
        [(p.path, p.message, p.fatal) for p in b.problems]


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    return _generated(tmp_path_factory.mktemp("generated"), 48)


def test_workers_give_the_same_corpus_as_one_process_on_the_seeds():
    one = load_corpus(None, use_cache=False, workers=0)
    spread = load_corpus(None, use_cache=False, workers=2)
    _same(one, spread)
    assert len(spread.figures) > 50


def test_workers_give_the_same_corpus_on_files_that_reuse_each_other(generated):
    one = load_corpus([generated], use_cache=False, workers=0)
    spread = load_corpus([generated], use_cache=False, workers=2)
    _same(one, spread)
    # the corpus exercises what crosses files: reprinted sentences count once...
    figures = spread.figures
    assert not figures.duplicated(["zone_id", "label", "value", "unit", "kind", "period"]).any()
    assert len(spread.mentions["source_file"].unique()) > 40
    # ...and a short form defined in a later file names the same zone in an earlier one
    early = figures[figures["source_file"].str.endswith("a_early.txt")]
    assert set(early["zone_id"]) == {spread.find_zone("曲靖经济技术开发区")}
    assert spread.find_zone("曲靖开发区") == spread.find_zone("曲靖经济技术开发区")


def test_a_cancelled_load_stops_and_returns_nothing(generated):
    seen = []

    def progress(done, total, name):
        seen.append(done)

    corpus = load_corpus([generated], progress=progress, cancelled=lambda: len(seen) >= 1,
                         use_cache=False, workers=2)
    assert corpus.figures.empty and not corpus.texts
    assert len(seen) < 10


def test_progress_rises_to_the_end(generated):
    reports = []
    load_corpus([generated], progress=lambda d, t, n: reports.append((d, t)),
                use_cache=False, workers=2)
    done = [d for d, _ in reports]
    assert done == sorted(done)
    assert reports[-1][0] == reports[-1][1]
