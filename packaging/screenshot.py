"""A screenshot of the installed program as a user first sees it.

    python packaging/screenshot.py [--program /usr/bin/zoneprofiles] [--out dist/screenshot.png]

Starts the program on a private Xvfb display as a new user, waits until the
sample articles are shown (the title names the corpus), then grabs the screen.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from xdisplay import Display, screenshot  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", default="/usr/bin/zoneprofiles")
    parser.add_argument("--out", default=str(ROOT / "dist" / "screenshot.png"))
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"),
                        help="a Python with PySide6, for the screen grab")
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to wait after loading")
    args = parser.parse_args(argv)

    with Display() as display, tempfile.TemporaryDirectory(prefix="zoneprofiles-shot-") as home:
        env = display.env()
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_CACHE_HOME=f"{home}/.cache",
                   XDG_DATA_HOME=f"{home}/.local/share")
        proc = subprocess.Popen([args.program], env=env)
        try:
            shown = display.wait_for(lambda ws: [w for w in ws if "—" in w[0]], 180, poll=0.1)
            if not shown:
                print(f"screenshot: no loaded window; windows: {display.windows()}", file=sys.stderr)
                return 1
            time.sleep(args.settle)  # the charts and the first profile paint after the title
            print("screenshot: window", shown[0])
            Path(args.out).parent.mkdir(parents=True, exist_ok=True)
            print(screenshot(display, Path(args.out), args.python))
        finally:
            proc.terminate()
            proc.wait(15)
    return 0


if __name__ == "__main__":
    sys.exit(main())
