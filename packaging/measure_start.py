"""Start time of the packaged app against the app run from source.

    python packaging/measure_start.py [--runs 3] [--packaged dist/zoneprofiles/zoneprofiles]

Each run starts the program on a private Xvfb display as a new user (empty
HOME, so no saved window state and no jieba cache) and times, from the
process start: the first window on screen, and the window title naming the
loaded corpus (the sample articles read and shown). A first, untimed run of
each warms the disk cache. Medians go to stdout and dist/start-times.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from xdisplay import Display  # noqa: E402

LOADED_TIMEOUT_S = 180


def one_run(display: Display, cmd: list[str]) -> dict[str, float | None]:
    with tempfile.TemporaryDirectory(prefix="zoneprofiles-start-") as home:
        env = display.env()
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_CACHE_HOME=f"{home}/.cache",
                   XDG_DATA_HOME=f"{home}/.local/share")
        for var in ("ZONEPROFILES_CACHE_DIR", "ZONEPROFILES_DATA_DIR"):
            env.pop(var, None)
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            first = display.wait_for(lambda ws: [w for w in ws if w[0]], 60)
            first_s = time.perf_counter() - started if first else None
            # the title gains the corpus name ("… — name") once the articles are shown
            loaded = display.wait_for(lambda ws: [w for w in ws if "—" in w[0]], LOADED_TIMEOUT_S,
                                      poll=0.05)
            loaded_s = time.perf_counter() - started if loaded else None
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return {"first_window_s": first_s, "loaded_s": loaded_s}


def median(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return round(statistics.median(known), 2) if known else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--packaged", default=str(ROOT / "dist" / "zoneprofiles" / "zoneprofiles"))
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"),
                        help="the Python that runs the app from source")
    parser.add_argument("--out", default=str(ROOT / "dist" / "start-times.json"))
    args = parser.parse_args(argv)

    programs = {"packaged": [args.packaged], "source": [args.python, "-m", "zoneprofiles"]}
    results: dict[str, list[dict]] = {name: [] for name in programs}
    with Display() as display:
        for cmd in programs.values():
            one_run(display, cmd)  # warm the disk cache
        for _ in range(args.runs):
            for name, cmd in programs.items():  # interleaved: both see the same machine load
                results[name].append(one_run(display, cmd))
    summary = {name: {"first_window_s": median([r["first_window_s"] for r in runs]),
                      "loaded_s": median([r["loaded_s"] for r in runs]), "runs": runs}
               for name, runs in results.items()}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    for name, s in summary.items():
        print(f"{name:9s} first window {s['first_window_s']} s, "
              f"articles shown {s['loaded_s']} s (median of {args.runs})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
