"""Zones the analyst assigns to files and folders.

A zone's own news page says 高新区 or 全区 and never prints the zone's name;
the analyst knows which zone it is. An assignment names the zone for every
article under a file or folder that names no zone of its own: its figures
and policies go to that zone (a figure whose sentence names a city or another
zone still follows its sentence). Qt-free: the CLI's `--zone` and the
window's "指定园区" both come here.

`propose(path)` suggests a zone from what the analyst's files already say:
the folder or file name (稿件/渭南高新区/…), then the title line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

_KIND_WORDS = ("高新技术产业开发区", "经济技术开发区", "高新区", "经开区", "开发区", "综合保税区", "综保区",
               "自贸片区", "片区", "新区", "科学城", "工业园区", "产业园", "合作区", "示范区")
_NAME_RE = re.compile(r"[\u4e00-\u9fff()（）]{2,14}?(?:%s)" % "|".join(_KIND_WORDS))


@dataclass
class Assignments:
    """path (file or folder, as given) -> zone name."""
    by_path: dict[str, str] = field(default_factory=dict)

    @classmethod
    def everywhere(cls, zone: str | None, paths: list[Path] | None) -> "Assignments":
        """The CLI's --zone: one zone for every file under the given paths."""
        if not zone:
            return cls()
        return cls({str(Path(p).resolve()): zone for p in (paths or [])} or {"": zone})

    def zone_for(self, path: Path | None) -> str | None:
        """The zone assigned to `path` or the nearest folder above it."""
        if not self.by_path:
            return None
        if "" in self.by_path:
            return self.by_path[""]
        if path is None:
            return None
        p = Path(path).resolve()
        best, best_len = None, -1
        for key, zone in self.by_path.items():
            k = Path(key)
            if (p == k or k in p.parents) and len(key) > best_len:
                best, best_len = zone, len(key)
        return best

    def key(self) -> str:
        """Part of the corpus cache key: another assignment is another corpus."""
        return "|".join(f"{k}={v}" for k, v in sorted(self.by_path.items()))

    def __bool__(self) -> bool:
        return bool(self.by_path)


def propose(path: Path, first_line: str = "") -> str:
    """A zone name suggested by the path's folder or file names, or by its
    title line; "" when none reads like a zone."""
    parts = [*Path(path).parts[::-1], first_line]
    for part in parts:
        m = _NAME_RE.search(part.replace("（", "(").replace("）", ")"))
        if m:
            return m.group()
    return ""
