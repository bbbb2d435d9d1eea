"""`python -m zoneprofiles.quantities`: one JSON list per stdin line."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import zoneprofiles
import zoneprofiles.quantities as cli

DESKTOP = Path(zoneprofiles.__file__).resolve().parents[1]


def run_cli(data: bytes) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(DESKTOP) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               PYTHONIOENCODING="ascii")  # the output must be UTF-8 whatever the locale says
    done = subprocess.run([sys.executable, "-m", "zoneprofiles.quantities"], input=data,
                          capture_output=True, timeout=60, env=env, check=True)
    return done.stdout.decode("utf-8").splitlines()


def test_each_line_gets_its_own_json_list_with_offsets_in_that_line():
    lines = ["苏州工业园区总投资约1026亿元，占全市三分之一",
             "没有数字的一行",
             "武汉东湖高新区充氢仅需8—15分钟"]
    out = run_cli(("\n".join(lines) + "\n").encode("utf-8"))
    assert len(out) == 3
    first, second, third = (json.loads(o) for o in out)
    assert first[0] == {"raw": "约1026亿元", "value": 102_600_000_000.0, "unit": "元",
                        "start": 9, "end": 16, "qualifier": "约"}
    assert lines[0][first[1]["start"]:first[1]["end"]] == "三分之一"
    assert second == []
    assert third[0]["high"] == 15.0
    assert "约1026亿元" in out[0]  # Chinese is written as is, not \\u escapes


def test_raw_lines_with_full_width_text_and_windows_line_ends():
    line = "合肥经开区完成投资１２３．５亿元，增长２５％"
    out = run_cli((line + "\r\n").encode("utf-8"))
    found = json.loads(out[0])
    assert [(q["raw"], q["value"]) for q in found] == [("１２３．５亿元", 12_350_000_000.0), ("２５％", 25.0)]
    assert all(line[q["start"]:q["end"]] == q["raw"] for q in found)


def test_bad_bytes_empty_lines_and_odd_input_never_stop_the_stream():
    data = b"\xff\xfe\x00 5\xe5\xae\xb6\n\n" + "万" .encode() * 3000 + b"\n" + "最后3家".encode() + b"\n"
    out = run_cli(data)
    assert len(out) == 4
    assert json.loads(out[1]) == []
    assert json.loads(out[3])[0]["raw"] == "3家"


def test_no_input_gives_no_output():
    assert run_cli(b"") == []


def test_a_line_the_parser_fails_on_prints_an_empty_list_and_a_note(monkeypatch, capsys):
    def broken(_text):
        raise ValueError("无法解析")
    monkeypatch.setattr(cli, "find_quantities", broken)
    assert cli.line_json("园区投资5亿元") == "[]"
    assert "ValueError" in capsys.readouterr().err
