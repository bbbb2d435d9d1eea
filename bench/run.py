"""`make bench`: how fast Zone Profiles is at start-up and at scale, each
figure next to a floor measured in the same run on the same machine.

- startup: launch -> first window painted, and -> zone list filled on the
  bundled seeds (warm cache, first run with an empty cache folder, and new
  files with only the dictionary caches warm); floor: a bare PySide6
  QMainWindow started the same way. Medians of several fresh processes.
- ingest: 1,000 and 10,000 generated articles (bench/make_corpus.py: every
  number redrawn, 5 % exact reprints), and 50,000 with --large: seconds,
  peak memory of the whole process tree, and the floors: jieba.lcut over the
  same text in one process, and reading the same bytes; seconds per article
  at each size (linearity).
- reopen: the 10,000 articles (and with --large the 50,000) opened again
  (corpus cache warm).
- interact: the real main window (offscreen) with the 10,000 articles (and
  the 50,000 with --large):
  filter keystrokes, zone switches (key indicators included, also timed
  alone), chart drawing, compare-chart changes, Compare Zones (another
  indicator or period redrawn), opening Conflicting Sources.
- compare_query: the comparison of each canonical metric across all zones
  of the 10,000 (and 50,000) articles (indicators.compare, no window),
  median and max ms.

Every measurement runs in a fresh subprocess with its own cache, data and
settings folders, so nothing on this machine's user account is read or
changed. Prints one JSON object and writes it to bench/results.json.
usage: run.py [--quick | --large] [--only compare] (--quick: 200 and 1,000 articles,
for trying it out; --large: 50,000 articles too, `make bench-large`, ~15 minutes;
--only compare: only compare_query, merged into the results file as it is)
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


# --- running probes ----------------------------------------------------------------------

def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        p = todo.pop()
        pids.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except OSError:
            continue
    return pids


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


class TreeMemory:
    """Peak of the summed resident memory of a process and its descendants,
    sampled every 20 ms (Linux /proc; elsewhere it reports nothing)."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, sum(_rss(p) for p in _tree(self.pid)))
            self._stop.wait(0.02)

    def stop(self) -> float | None:
        self._stop.set()
        self._thread.join()
        return round(self.peak / 1024 ** 2, 1) if self.peak else None


def probe(script: str, *args: str, env: dict, memory: bool = False, timeout: float = 900) -> dict:
    launch = time.time()
    cmd = [PY, str(HERE / script), *args]
    if script == "probe_window.py":
        cmd.append(repr(launch))
    # output to files, not pipes: a helper process the probe started may hold
    # the pipes open after the probe itself has ended
    with tempfile.TemporaryFile("w+") as out_file, tempfile.TemporaryFile("w+") as err_file:
        proc = subprocess.Popen(cmd, stdout=out_file, stderr=err_file, env=env, text=True)
        sampler = TreeMemory(proc.pid) if memory else None
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        wall = time.time() - launch
        peak = sampler.stop() if sampler else None
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if proc.returncode != 0:
        raise RuntimeError(f"{script} {' '.join(args)} failed ({proc.returncode}):\n{err[-3000:]}")
    result = json.loads(out.strip().splitlines()[-1])
    result["process_s"] = round(wall, 3)
    if peak is not None:
        result["peak_mb"] = peak
    return result


def environment(work: Path, cache: Path) -> dict:
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "ZONEPROFILES_CACHE_DIR": str(cache),
        "ZONEPROFILES_DATA_DIR": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "desktop"), env.get("PYTHONPATH")])),
        "PYTHONDONTWRITEBYTECODE": "",
    })
    env.pop("PYTHONDONTWRITEBYTECODE")
    return env


def _median(results: list[dict], key: str) -> float | None:
    values = [r[key] for r in results if r.get(key) is not None]
    return round(statistics.median(values), 3) if values else None


def _ratio(a, b) -> float | None:
    return round(a / b, 2) if a is not None and b else None


# --- the measurements --------------------------------------------------------------------

def startup(work: Path, runs: int) -> dict:
    print("startup…", file=sys.stderr)
    cache = work / "startup-cache"
    env = environment(work, cache)
    probe("probe_window.py", "bare", env=env)  # page cache and bytecode, for both
    probe("probe_window.py", "app", env=env)   # fills the caches: later runs are warm
    bare, warm = [], []
    for _ in range(runs):  # interleaved, so a busy moment hits both alike
        bare.append(probe("probe_window.py", "bare", env=env))
        warm.append(probe("probe_window.py", "app", env=env))
    new_files = []
    for _ in range(max(2, runs // 2)):
        shutil.rmtree(cache / "corpora", ignore_errors=True)
        new_files.append(probe("probe_window.py", "app", env=env))
    first = []
    for i in range(max(2, runs // 2)):
        first.append(probe("probe_window.py", "app", env=environment(work, work / f"first-{i}")))
    bare_s = _median(bare, "first_window_s")
    window_s = _median(warm, "first_window_s")
    return {
        "first_window_s": window_s,
        "bare_window_s": bare_s,
        "ratio": _ratio(window_s, bare_s),
        "panes_painted_s": _median(warm, "panes_painted_s"),
        "profiles_ready_s": _median(warm, "profiles_ready_s"),
        "profiles_painted_s": _median(warm, "profiles_painted_s"),
        "profiles_ready_new_files_s": _median(new_files, "profiles_ready_s"),
        "profiles_ready_first_run_s": _median(first, "profiles_ready_s"),
        "runs": runs,
        "samples": {"bare": [r["first_window_s"] for r in bare],
                    "window": [r["first_window_s"] for r in warm],
                    "ready": [r["profiles_ready_s"] for r in warm],
                    "ready_new_files": [r["profiles_ready_s"] for r in new_files],
                    "ready_first_run": [r["profiles_ready_s"] for r in first]},
    }


def make_corpus(work: Path, articles: int) -> Path:
    out = work / f"articles-{articles}"
    subprocess.run([PY, str(HERE / "make_corpus.py"), str(out), "--articles", str(articles),
                    "--seeds-dir", str(ROOT / "seeds")], check=True, stdout=subprocess.DEVNULL)
    return out


def ingest(work: Path, folder: Path, cache: Path) -> dict:
    print(f"ingest {folder.name}…", file=sys.stderr)
    env = environment(work, cache)
    read = probe("probe_ingest.py", "read", str(folder), env=env)
    floor = probe("probe_ingest.py", "jieba", str(folder), env=env, memory=True)
    shutil.rmtree(cache / "corpora", ignore_errors=True)
    load = probe("probe_ingest.py", "load", str(folder), env=env, memory=True)
    return {
        "seconds": round(load["seconds"], 2),
        "process_s": load["process_s"],
        "peak_mb": load.get("peak_mb"),
        "jieba_lcut_s": round(floor["seconds"], 2),
        "ratio": _ratio(load["seconds"], floor["seconds"]),
        "jieba_init_s": round(floor["init_s"], 2),
        "jieba_peak_mb": floor.get("peak_mb"),
        "read_bytes_s": round(read["seconds"], 3),
        "ratio_to_read": _ratio(load["seconds"], read["seconds"]),
        "bytes": read["bytes"],
        "chars": floor["chars"],
        "files": load["files"],
        "articles": load["articles"], "zones": load["zones"], "figures": load["figures"],
        "policies": load["policies"],
    }


def reopen(work: Path, folder: Path, cache: Path) -> dict:
    print(f"reopen {folder.name}…", file=sys.stderr)
    env = environment(work, cache)
    runs = [probe("probe_ingest.py", "load", str(folder), env=env, memory=True) for _ in range(3)]
    return {"seconds": _median(runs, "seconds"), "process_s": _median(runs, "process_s"),
            "peak_mb": max(r.get("peak_mb") or 0 for r in runs) or None,
            "samples": [round(r["seconds"], 3) for r in runs]}


def interact(work: Path, folder: Path, cache: Path) -> dict:
    print("interact…", file=sys.stderr)
    result = probe("probe_interact.py", str(folder), env=environment(work, cache))
    result.pop("process_s", None)
    return result


def compare_query(work: Path, folder: Path, cache: Path) -> dict:
    print("compare_query…", file=sys.stderr)
    result = probe("probe_compare.py", str(folder), env=environment(work, cache))
    result.pop("process_s", None)
    return result


def only_compare(args) -> int:
    """`--only compare`: the corpus made and loaded once, compare_query run,
    and its result put beside the others already in the results file."""
    n = 1000 if args.quick else 10000
    work = Path(tempfile.mkdtemp(prefix="zoneprofiles-bench-"))
    try:
        folder = make_corpus(work, n)
        part = {"articles": n, **compare_query(work, folder, work / "compare-cache"),
                "when": machine()["when"]}  # the other parts may be of another run
    finally:
        shutil.rmtree(work, ignore_errors=True)
    try:
        result = json.loads(args.out.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        result = {"machine": machine()}
    result["compare_query"] = {f"articles_{n}": part}
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(json.dumps(part, ensure_ascii=False, indent=2))
    args.out.write_text(text + "\n", encoding="utf-8")
    return 0


def machine() -> dict:
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count()
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"cores": usable, "cpu_count": os.cpu_count(), "python": platform.python_version(),
            "platform": platform.platform(), "processor": platform.processor() or platform.machine(),
            "when": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "load_average_at_start": [round(x, 2) for x in load] if load else None}


def linearity(ingest_parts: dict) -> dict:
    """Seconds per article at each size, and the largest size's against the
    smallest's (issue: within 1.2x)."""
    per = {n: part["seconds"] / part["files"] for n, part in ingest_parts.items() if part.get("files")}
    if len(per) < 2:
        return {}
    small, large = min(per, key=int), max(per, key=int)
    return {"ms_per_article": {n: round(v * 1000, 3) for n, v in per.items()},
            "largest_to_smallest": _ratio(per[large], per[small])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small corpora, fewer runs")
    ap.add_argument("--large", action="store_true",
                    help="also 50,000 articles (make bench-large); the window and reopen at both")
    ap.add_argument("--out", type=Path, default=HERE / "results.json")
    ap.add_argument("--only", choices=["compare"], help="run only this part")
    args = ap.parse_args()
    if args.only == "compare":
        return only_compare(args)
    sizes = (200, 1000) if args.quick else (1000, 10000, 50000) if args.large else (1000, 10000)
    # the window, reopening and the comparison: at 10,000, and at 50,000 as well with --large
    window_sizes = sizes[-1:] if not args.large else sizes[1:]
    started = time.time()
    result = {"machine": machine()}
    work = Path(tempfile.mkdtemp(prefix="zoneprofiles-bench-"))
    try:
        result["startup"] = startup(work, 3 if args.quick else 7)
        result["ingest"] = {}
        cache = work / "ingest-cache"
        folders = {}
        for n in sizes:
            folders[n] = make_corpus(work, n)
            result["ingest"][f"articles_{n}"] = ingest(work, folders[n], cache)
            for other in list(folders):
                if other < n and other not in window_sizes:
                    shutil.rmtree(folders.pop(other), ignore_errors=True)  # disk space
        result["ingest"]["linearity"] = linearity(
            {str(n): result["ingest"][f"articles_{n}"] for n in sizes})
        for part, fn in (("reopen", reopen), ("interact", interact), ("compare_query", compare_query)):
            result[part] = {f"articles_{n}": {"articles": n, **fn(work, folders[n], cache)}
                            for n in window_sizes}
    finally:
        shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    result["machine"]["load_average_at_end"] = [round(x, 2) for x in load] if load else None
    result["machine"]["bench_s"] = round(time.time() - started, 1)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
