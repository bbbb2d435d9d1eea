"""Regenerate the UI translations.

    .venv/bin/python resources/translations/build.py

1. pyside6-lupdate collects every self.tr()/translate() string from
   desktop/zoneprofiles/ui/*.py into zoneprofiles_zh_CN.ts, keeping the
   translations already there (edit new ones with pyside6-linguist);
2. pyside6-lrelease compiles the .ts to the .qm the app loads, and
   qt_extra_<lang>.ts (hand-written: Qt dialog strings qtbase_<lang>.qm misses).
Both files are committed, so a checkout runs without Qt's tools.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ["zh_CN"]


def tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop/zoneprofiles/ui").glob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"zoneprofiles_{language}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none",
                        "-target-language", language, "-ts", str(ts.relative_to(ROOT))],
                       cwd=ROOT, check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True)
        # Qt's own dialogs: the strings qtbase's catalogue misses (edited by hand)
        extra = HERE / f"qt_extra_{language}.ts"
        if extra.exists():
            subprocess.run([tool("pyside6-lrelease"), str(extra), "-qm",
                            str(extra.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
