"""The app's version, from its one home: `version` in pyproject.toml.

The spec, the installer scripts and the tests read it here, so a release
changes one line. `python packaging/version.py` prints it (the CI jobs and
the shell scripts use that).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def project_version(root: Path = ROOT) -> str:
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: the [project] table's version line
        match = re.search(r'(?ms)^\[project\].*?^version\s*=\s*"([^"]+)"', text)
        if not match:
            raise SystemExit("pyproject.toml has no [project] version")
        return match.group(1)
    return tomllib.loads(text)["project"]["version"]


def windows_version(version: str) -> str:
    """Four dotted numbers, as Windows file properties want them (0.1.0rc1 -> 0.1.0.0)."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


if __name__ == "__main__":
    print(windows_version(project_version()) if sys.argv[1:] == ["--windows"] else project_version())
