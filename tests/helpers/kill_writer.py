"""Child process for the kill test: makes N changes to the user-data store,
printing one line per change once its call has returned (committed), until
it is killed. Usage: kill_writer.py DB_PATH N"""
from __future__ import annotations

import sys
from pathlib import Path

from zoneprofiles.userdata import Anchor, UserStore, text_hash

TEXT = "今年以来，沙湾高新区新签约项目86个，计划总投资超420亿元。"


def main() -> None:
    path, n = Path(sys.argv[1]), int(sys.argv[2])
    store = UserStore(path)
    digest = text_hash(TEXT)
    for i in range(n):
        start = i % (len(TEXT) - 4)
        key = Anchor(digest, start, start + 4, TEXT[start:start + 4], "沙湾.txt")
        kind = i % 4
        if kind == 0:
            cid = store.add_note("沙湾高新区", f"第{i}条笔记")
        elif kind == 1:
            cid = store.reject_figure(key)
        elif kind == 2:
            cid = store.correct_figure(key, value=i, label=f"指标{i}")
        else:
            cid = store.merge_zones(f"沙湾{i}区", "沙湾高新区")
        print(f"{i} {cid}", flush=True)


if __name__ == "__main__":
    main()
