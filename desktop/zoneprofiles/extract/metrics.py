"""The metric vocabulary: one canonical name for the many ways news prints a
measure (规上工业总产值 = 规模以上工业总产值 = 规模工业总产值), so figures of
different zones and articles line up.

`resources/metrics.tsv` is bundled; a `metrics.tsv` in the user's data folder
is read after it and can add metrics or aliases. A label gets the metric of
the longest alias it contains: 规上工业增加值 contains 工业增加值 too, and the
longer, more specific name is meant.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import paths

__all__ = ["Metrics", "load_metrics", "default_metrics"]


_PER_UNIT = ("人均", "户均", "亩均", "地均", "平均")


@dataclass(frozen=True)
class Metrics:
    names: tuple[str, ...]
    alias_to_metric: dict[str, str]

    def __post_init__(self):
        aliases = sorted(self.alias_to_metric, key=len, reverse=True)
        pattern = re.compile("|".join(map(re.escape, aliases))) if aliases else None
        object.__setattr__(self, "_re", pattern)

    def metric_for(self, label: str) -> str:
        """The canonical metric a printed label names, or ""."""
        if not label or self._re is None:
            return ""
        best, at = "", 0
        # every alias that occurs, not only the leftmost: the longest wins
        for i in range(len(label)):
            m = self._re.match(label, i)
            if m and len(m.group()) > len(best):
                best, at = m.group(), i
        if best and label[max(0, at - 2):at] in _PER_UNIT:
            return ""  # 人均GDP, 亩均税收: a ratio to people or land, not the total
        return self.alias_to_metric.get(best, "")

    def resolve(self, name: str) -> str:
        """The canonical metric for a metric's name or any alias ("" if unknown)."""
        name = name.strip()
        return self.alias_to_metric.get(name, "") or self.metric_for(name)


def read_metrics_file(path: Path) -> tuple[list[tuple[str, list[str]]], list[str]]:
    rows, problems = [], []
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: could not be read ({exc})"]
    for n, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#") or (n == 1 and line.startswith("metric\t")):
            continue
        cols = line.split("\t")
        name = cols[0].strip()
        if not name:
            problems.append(f"{path}:{n}: no metric name")
            continue
        aliases = [a.strip() for a in (cols[1] if len(cols) > 1 else "").split("|") if a.strip()]
        rows.append((name, aliases))
    return rows, problems


def metric_files() -> list[Path]:
    return [paths.resource("metrics.tsv"), paths.data_dir() / "metrics.tsv"]


def load_metrics(files: list[Path] | None = None) -> tuple[Metrics, list[str]]:
    names: list[str] = []
    alias_to_metric: dict[str, str] = {}
    warnings: list[str] = []
    for path in files if files is not None else metric_files():
        if not path.is_file():
            continue
        rows, problems = read_metrics_file(path)
        warnings.extend(problems)
        for name, aliases in rows:
            if name not in names:
                names.append(name)
            for alias in [name, *aliases]:
                # a later file may move an alias to another metric: the user's word wins
                alias_to_metric[alias] = name
    return Metrics(tuple(names), alias_to_metric), warnings


_default: tuple[Metrics, list[str]] | None = None
_lock = threading.Lock()


def default_metrics() -> Metrics:
    global _default
    with _lock:
        if _default is None:
            _default = load_metrics()
        return _default[0]
