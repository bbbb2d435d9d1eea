"""Zones the analyst assigns to files that never print their zone's name: a
zone's own news page says 高新区 and 全区 and nothing more."""
from __future__ import annotations

import csv
from pathlib import Path

from test_cli import run_cli

from zoneprofiles.assignments import Assignments, propose
from zoneprofiles.pipeline import load_corpus

OWN_PAGE = (
    "高新区前三季度经济运行稳中有进\n\n"
    "前三季度，高新区实现规上工业总产值318.6亿元，同比增长9.4%；固定资产投资增长6.1%。"
    "全区新增市场主体2150户。全市规上工业增加值增长5.2%。\n"
)
NAMED = "宁乡经开区：一季度签约项目12个，总投资86亿元。\n"


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_unnamed_page_yields_nothing_until_a_zone_is_assigned(tmp_path):
    page = _write(tmp_path / "稿件", "运行.txt", OWN_PAGE)
    plain = load_corpus([page], use_cache=False)
    assert plain.figures.empty
    assigned = load_corpus([page], use_cache=False,
                           assignments=Assignments.everywhere("星湖高新区", [page]))
    rows = assigned.figures.set_index("raw")
    assert set(assigned.figures["zone_id"]) == {"星湖高新区"}
    assert rows.loc["318.6亿元", "metric"] == "规上工业总产值"
    assert rows.loc["9.4%", "measure"] == "growth"
    # the city's own figure stays out of the zone's profile
    assert "5.2%" not in set(assigned.figures["raw"])


def test_an_article_that_names_its_zone_keeps_it(tmp_path):
    folder = tmp_path / "稿件"
    _write(folder, "运行.txt", OWN_PAGE)
    _write(folder, "签约.txt", NAMED)
    corpus = load_corpus([folder], use_cache=False,
                         assignments=Assignments.everywhere("星湖高新区", [folder]))
    zone_of = dict(zip(corpus.figures["raw"], corpus.figures["zone_id"]))
    assert zone_of["318.6亿元"] == "星湖高新区"
    assert zone_of["86亿元"].startswith("宁乡")


def test_the_assignment_is_the_nearest_folder_or_file():
    a = Assignments({"/稿件": "甲高新区", "/稿件/乙": "乙经开区", "/稿件/丙.txt": "丙新区"})
    assert a.zone_for(Path("/稿件/a.txt")) == "甲高新区"
    assert a.zone_for(Path("/稿件/乙/b.txt")) == "乙经开区"
    assert a.zone_for(Path("/稿件/丙.txt")) == "丙新区"
    assert a.zone_for(Path("/别处/c.txt")) is None


def test_a_zone_is_proposed_from_the_folder_or_the_title():
    assert propose(Path("/资料/星湖高新区/2024/运行.txt")) == "星湖高新区"
    assert propose(Path("/资料/运行.txt"), "宁乡经开区召开经济工作会") == "宁乡经开区"
    assert propose(Path("/资料/运行.txt"), "前三季度经济运行") == ""


def test_export_zone_assigns_the_zone_on_the_command_line(tmp_path):
    page = _write(tmp_path / "稿件", "运行.txt", OWN_PAGE)
    out = tmp_path / "out"
    result = run_cli("export", "--zone", "星湖高新区", "--out", str(out), str(page))
    assert result.returncode == 0, result.stderr
    with open(out / "figures.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert {r["zone_id"] for r in rows} == {"星湖高新区"}
    assert "318.6亿元" in {r["raw"] for r in rows}
