"""`zoneprofiles compare METRIC` as a user runs it, in a process of its own, on
tests/data/multi (six zones, 2022-2024): the rows of the CSV and the xlsx,
metric names and aliases, and the exit codes."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MULTI = ROOT / "tests" / "data" / "multi"
HANG_GUARD = 600  # seconds: only so a hang fails the test instead of stalling the run
COLUMNS = ["zone", "metric", "period", "value", "unit", "basis", "source_file", "start", "end",
           "sentence"]
ZONES_2023 = ["苏州工业园区", "武汉东湖高新区", "西安高新区", "成都高新区", "合肥高新区", "长沙高新区"]


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "zoneprofiles", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=HANG_GUARD, cwd=ROOT)


def _rows(path: Path) -> list[dict]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the Chinese
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        return list(reader)


def _printed(row: dict) -> str:
    text = (ROOT / row["source_file"]).read_text(encoding="utf-8") \
        if not Path(row["source_file"]).is_absolute() else Path(row["source_file"]).read_text("utf-8")
    return text[int(row["start"]):int(row["end"])]


@pytest.fixture(scope="module")
def csv_2023(tmp_path_factory):
    out = tmp_path_factory.mktemp("compare") / "规上2023.csv"
    result = run_cli("compare", "规上工业总产值", "--period", "2023年", "--out", str(out), str(MULTI))
    assert result.returncode == 0, result.stderr
    return _rows(out)


def test_one_row_per_zone_for_the_period_with_its_source(csv_2023):
    assert [r["zone"] for r in csv_2023] == ZONES_2023
    assert {r["period"] for r in csv_2023} == {"2023年"}
    assert {r["basis"] for r in csv_2023} == {"actual"} and {r["unit"] for r in csv_2023} == {"元"}
    assert {r["metric"] for r in csv_2023} == {"规上工业总产值"}
    values = [float(r["value"]) for r in csv_2023]
    assert values == sorted(values, reverse=True) and values[0] == pytest.approx(8620e8)
    for r in csv_2023:
        assert _printed(r).endswith("亿元") and _printed(r) in r["sentence"]


def test_aliases_name_the_same_metric(tmp_path, csv_2023):
    for i, name in enumerate(["规模以上工业总产值", "规上工业产值"]):
        out = tmp_path / f"{i}.csv"
        result = run_cli("compare", name, "--period", "2023", "--out", str(out), str(MULTI))
        assert result.returncode == 0, result.stderr
        assert _rows(out) == csv_2023


def test_the_xlsx_holds_every_period_and_basis(tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "all.xlsx"
    result = run_cli("compare", "规上工业总产值", "--out", str(out), str(MULTI))
    assert result.returncode == 0, result.stderr
    ws = load_workbook(out).active
    rows = [dict(zip(COLUMNS, r)) for r in ws.iter_rows(min_row=2, values_only=True)]
    assert [c.value for c in ws[1]] == COLUMNS
    periods = [(r["zone"], r["period"], r["basis"]) for r in rows]
    assert len(periods) == len(set(periods)) == 11  # one row per zone, period and basis
    suzhou = [(p, b) for z, p, b in periods if z == "苏州工业园区"]
    assert suzhou == [("2024年", "target"), ("2024年前三季度", "actual"), ("2024年上半年", "actual"),
                      ("2023年", "actual"), ("2022年", "actual")]
    assert {z for z, p, _ in periods if p == "2023年"} == set(ZONES_2023)
    assert all(isinstance(r["value"], (int, float)) and isinstance(r["start"], int) for r in rows)


def test_an_unknown_metric_is_named_with_close_names(tmp_path):
    result = run_cli("compare", "工业总值", "--out", str(tmp_path / "x.csv"), str(MULTI))
    assert result.returncode == 2
    assert "unknown metric '工业总值'" in result.stderr and "规上工业总产值" in result.stderr
    assert not (tmp_path / "x.csv").exists()
    bad = run_cli("compare", "规上工业总产值", "--period", "去年", "--out", str(tmp_path / "x.csv"),
                  str(MULTI))
    assert bad.returncode == 2 and "period" in bad.stderr


def test_skipped_files_exit_3_and_nothing_readable_exits_4(tmp_path):
    out = tmp_path / "part.csv"
    result = run_cli("compare", "规上工业总产值", "--period", "2024年上半年", "--out", str(out),
                     str(MULTI), str(tmp_path / "missing.txt"))
    assert result.returncode == 3 and "missing.txt" in result.stderr
    assert [(r["zone"], r["value"]) for r in _rows(out)] == [("苏州工业园区", "438000000000.0")]
    none = run_cli("compare", "规上工业总产值", "--out", str(tmp_path / "n.csv"),
                   str(tmp_path / "missing.txt"))
    assert none.returncode == 4 and not (tmp_path / "n.csv").exists()
