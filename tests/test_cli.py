"""The command line as a user runs it, in a process of its own: what the exit
code says, what stderr says, and what the CSV files hold."""
from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HANG_GUARD = 600  # seconds: only so a hang fails the test instead of stalling the run
GOOD = ("# 株洲高新区：轨道交通装备产业再提速\n\n◎本报记者 陈立\n\n"
        "今年前三季度，株洲高新技术产业开发区（以下简称株洲高新区）实现规上工业总产值约640亿元，"
        "同比增长8.5%。园区新引进项目36个，总投资额超过95亿元。\n")


def run_cli(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "zoneprofiles", *args], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=HANG_GUARD, cwd=ROOT)


def _rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "文章"
    folder.mkdir()
    (folder / "好文章.txt").write_text(GOOD, encoding="utf-8")
    return folder


def test_everything_loaded_exits_0_and_the_csv_files_open_in_excel(tmp_path):
    folder = _articles(tmp_path)
    result = run_cli("export", "--out", str(tmp_path / "out"), str(folder))
    assert result.returncode == 0, result.stderr
    assert "in 1 file " in result.stderr and "1 files" not in result.stderr
    assert "skipped" not in result.stderr
    for name in ("zones.csv", "figures.csv", "policies.csv", "articles.csv"):
        assert (tmp_path / "out" / name).read_bytes().startswith(b"\xef\xbb\xbf")  # BOM
    text = (folder / "好文章.txt").read_text(encoding="utf-8")
    figures = _rows(tmp_path / "out" / "figures.csv")
    assert {"约640亿元", "8.5%"} <= {f["raw"] for f in figures}
    for f in figures:  # every exported figure points at its printed text
        assert text[int(f["start"]):int(f["end"])] == f["raw"]
        assert f["source_file"].endswith("好文章.txt")


def test_export_xlsx_writes_one_workbook_with_a_sheet_per_table(tmp_path):
    from openpyxl import load_workbook

    folder = _articles(tmp_path)
    book = tmp_path / "导出" / "园区.xlsx"
    result = run_cli("export", "--xlsx", str(book), str(folder))
    assert result.returncode == 0, result.stderr
    assert str(book) in result.stderr
    wb = load_workbook(book)
    assert wb.sheetnames == ["figures", "policies", "zones", "articles"]
    header = [c.value for c in wb["figures"][1]]
    assert header[0] == "zone_name"
    assert {"raw", "source_file", "start", "end", "sentence"} <= set(header)
    rows = [dict(zip(header, [c.value for c in r])) for r in wb["figures"].iter_rows(min_row=2)]
    text = (folder / "好文章.txt").read_text(encoding="utf-8")
    assert "约640亿元" in {r["raw"] for r in rows}
    for r in rows:  # numbers stay numbers, and each one points at its printed text
        assert text[r["start"]:r["end"]] == r["raw"]
    assert [c.value for c in wb["zones"]["B"]][1:] == ["株洲高新区"]


def test_export_without_a_target_is_bad_usage(tmp_path):
    result = run_cli("export", str(_articles(tmp_path)))
    assert result.returncode == 2 and "--xlsx" in result.stderr


def test_some_files_skipped_exits_3_and_still_writes_what_loaded(tmp_path):
    folder = _articles(tmp_path)
    (folder / "照片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    result = run_cli("export", "--out", str(tmp_path / "out"), str(folder))
    assert result.returncode == 3
    assert "照片.txt" in result.stderr and "binary" in result.stderr
    assert "Traceback" not in result.stderr
    assert {z["zone_id"] for z in _rows(tmp_path / "out" / "zones.csv")} == {"株洲高新区"}


def test_nothing_readable_exits_4_and_writes_nothing(tmp_path):
    bad = tmp_path / "坏文件"
    bad.mkdir()
    (bad / "空文件.txt").write_bytes(b"")
    (bad / "照片.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    os.symlink(bad / "已删除.txt", bad / "链接.txt")
    result = run_cli("export", "--out", str(tmp_path / "out"), str(bad))
    assert result.returncode == 4
    assert "nothing could be read" in result.stderr and "Traceback" not in result.stderr
    for name in ("空文件.txt", "照片.txt", "链接.txt"):
        assert name in result.stderr
    assert not (tmp_path / "out" / "figures.csv").exists()


def test_a_missing_path_and_a_folder_without_articles_are_named(tmp_path):
    (tmp_path / "空文件夹").mkdir()
    result = run_cli("export", "--out", str(tmp_path / "out"), str(tmp_path / "不存在.txt"),
                     str(tmp_path / "空文件夹"))
    assert result.returncode == 4 and "Traceback" not in result.stderr
    assert "不存在.txt" in result.stderr and "no such file or folder" in result.stderr
    assert "空文件夹" in result.stderr and "no article files" in result.stderr


def test_bad_usage_exits_2_and_says_what_is_missing():
    result = run_cli("export")
    assert result.returncode == 2
    assert "--out" in result.stderr and "Traceback" not in result.stderr
    result = run_cli("export", "--out")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("zoneprofiles ")
