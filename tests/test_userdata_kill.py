"""THE KILL TEST: a writer killed with SIGKILL in the middle of its work
loses nothing it had reported as saved, and leaves a sound database."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from zoneprofiles.userdata import UserStore

WRITER = Path(__file__).parent / "helpers" / "kill_writer.py"
PACKAGE = Path(__file__).resolve().parents[1] / "desktop"


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")
@pytest.mark.parametrize("wait_for", [1, 37, 200])
def test_changes_reported_saved_survive_a_kill(tmp_path, wait_for):
    path = tmp_path / "userdata.sqlite3"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(PACKAGE), os.environ.get("PYTHONPATH", "")]))
    child = subprocess.Popen([sys.executable, str(WRITER), str(path), "100000"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    reported = []
    try:
        for line in child.stdout:
            reported.append(tuple(int(x) for x in line.split()))
            if len(reported) == wait_for:
                break
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
        err = child.stderr.read()
        child.stderr.close()
    assert len(reported) == wait_for, err
    assert child.returncode == -signal.SIGKILL

    # the app opens the file as the kill left it (its write-ahead log not yet folded in)
    with UserStore(path) as store:
        assert store.problems == []
        saved = {c.id: c for c in store.changes()}
        for i, cid in reported:
            change = saved[cid]
            expected = ["note", "reject_figure", "correct_figure", "merge"][i % 4]
            assert change.kind == expected
            if expected == "note":
                assert change.fields["text"] == f"第{i}条笔记"
            if expected == "correct_figure":
                assert change.fields == {"value": float(i), "label": f"指标{i}"}
        # the writer may have committed a few more before the signal landed, never fewer
        assert len(saved) >= wait_for
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    check.close()
