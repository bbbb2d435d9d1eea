"""Run in a fresh process by bench/run.py: the comparison of one canonical
metric across all zones (indicators.compare), as the comparison view asks it.

usage: probe_compare.py FOLDER

Loads FOLDER through the corpus cache, then times compare() for every metric
that two zones or more have (the period most zones have, actual levels),
several rounds, and the first call apart (it prepares the zone-own figures
once per corpus). Prints one JSON line.
"""
import json
import statistics
import sys
import time
from pathlib import Path


def main(folder: Path) -> dict:
    from zoneprofiles import indicators
    from zoneprofiles.pipeline import load_corpus

    t0 = time.perf_counter()
    corpus = load_corpus([folder])
    load_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    picker = indicators.metric_zones(corpus)  # first call: prepares the figures once
    first_ms = (time.perf_counter() - t1) * 1000
    metrics = [m for m, z in zip(picker["metric"], picker["zones"]) if z >= 2]
    samples, widest = [], {"metric": None, "zones": 0, "ms": []}
    for _round in range(5):
        for metric in metrics:
            t = time.perf_counter()
            rows = indicators.compare(corpus, metric)
            ms = (time.perf_counter() - t) * 1000
            samples.append(ms)
            if metric == metrics[0]:
                widest["metric"], widest["zones"] = metric, len(rows)
                widest["ms"].append(ms)
    t2 = time.perf_counter()
    table = indicators.compare_table(corpus, metrics[0]) if metrics else []
    table_ms = (time.perf_counter() - t2) * 1000
    return {"load_s": round(load_s, 3), "zones": len(corpus.zones),
            "figures": len(corpus.figures), "metrics_compared": len(metrics),
            "first_call_ms": round(first_ms, 2),
            "compare_ms_median": round(statistics.median(samples), 2) if samples else None,
            "compare_ms_max": round(max(samples), 2) if samples else None,
            "compare_n": len(samples),
            "widest_metric": widest["metric"], "widest_zones": widest["zones"],
            "widest_ms_median": round(statistics.median(widest["ms"]), 2) if widest["ms"] else None,
            "all_periods_table_ms": round(table_ms, 2), "all_periods_rows": len(table)}


if __name__ == "__main__":
    sys.stdout.write(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False) + "\n")
