"""Run in a fresh process by bench/run.py: the real main window (offscreen)
with a large corpus loaded, driven as a user would, each action timed until
its events (repaints included) have been processed.

usage: probe_interact.py FOLDER

Actions: typing in the zone filter (one key at a time, backspaces too),
moving down the zone list with the arrow key (profile tab shown; the switch
includes the zone's key indicators, also timed alone), the same with the
charts tab shown (the zone's charts are drawn), choosing another measure in
the compare chart, View ▸ Compare Zones (Ctrl+4): choosing another indicator
and another period (the bars redrawn), View ▸ Conflicting Sources (Ctrl+5):
opening it, and the two views' part of `set_corpus` (their queries run
there). Prints one JSON line of milliseconds.
"""
import json
import statistics
import sys
import time
from pathlib import Path


def main(folder: Path) -> dict:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from zoneprofiles.pipeline import load_corpus
    from zoneprofiles.ui.app import create_application
    from zoneprofiles.ui.i18n import install_translators
    from zoneprofiles.ui.main_window import (TAB_CHARTS, TAB_COMPARE, TAB_CONFLICTS, TAB_PROFILE,
                                             MainWindow)
    from zoneprofiles.ui.settings import Settings

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    def type_text(widget, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, text))

    app = create_application(sys.argv[:1])
    settings = Settings()
    install_translators(settings.language())
    window = MainWindow(settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    t0 = time.perf_counter()
    corpus = load_corpus([folder])
    load_s = time.perf_counter() - t0

    def timed(action) -> float:
        start = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    parts: dict[str, float] = {}

    def clocked(name: str, method):
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                parts[name] = parts.get(name, 0.0) + (time.perf_counter() - start) * 1000
        return run

    # the Compare and Conflicts views' share of set_corpus (their queries run there)
    window.compare.set_corpus = clocked("compare_view", window.compare.set_corpus)
    window.conflicts.set_corpus = clocked("conflicts_view", window.conflicts.set_corpus)
    set_corpus_ms = timed(lambda: window.set_corpus(corpus))
    shown = window.corpus  # the corpus the window shows (the analyst's work laid over it)

    zone_list = window.zone_list
    edit = zone_list.filter_edit
    edit.setFocus()
    filter_ms = []
    for query in ("高新区", "经开", "苏州", "中关村", "两江新区", "科学城"):
        for ch in query:
            # a committed character, as an input method delivers Chinese text
            filter_ms.append(timed(lambda: type_text(edit, ch)))
        for _ in query:
            filter_ms.append(timed(lambda: QTest.keyClick(edit, Qt.Key.Key_Backspace)))

    def walk(steps: int) -> list[float]:
        view = zone_list.view
        view.setFocus()
        zone_list.select_zone(zone_list.visible_zone_ids()[0])
        app.processEvents()
        return [timed(lambda: QTest.keyClick(view, Qt.Key.Key_Down)) for _ in range(steps)]

    window.show_tab(TAB_PROFILE)
    app.processEvents()
    switch_ms = walk(40)
    # the key indicators alone, the first time for each zone of the corpus (a copy of
    # the corpus without what the window already computed, its own figures prepared first)
    import copy
    fresh = copy.copy(shown)
    fresh.__dict__.pop("_indicator_cache", None)
    fresh.__dict__.pop("_indicator_zones", None)
    zone_ids = list(fresh.zones["zone_id"])
    start = time.perf_counter()
    fresh.key_indicators(zone_ids[0])
    key_first_ms = (time.perf_counter() - start) * 1000
    key_ms = []
    for zone_id in zone_ids[1:]:
        start = time.perf_counter()
        fresh.key_indicators(zone_id)
        key_ms.append((time.perf_counter() - start) * 1000)
    window.show_tab(TAB_CHARTS)
    app.processEvents()
    chart_ms = walk(40)

    compare_ms = []
    charts = window.charts
    if charts is not None:
        charts.setCurrentIndex(1)
        app.processEvents()
        combo = charts.compare.metric_combo
        for i in range(1, min(combo.count(), 15)):
            compare_ms.append(timed(lambda: combo.setCurrentIndex(i)))

    # View ▸ Compare Zones: another indicator, then another period, as a user picks them
    view = window.compare
    window.show_tab(TAB_COMPARE)
    app.processEvents()

    def pick(combo, i: int) -> None:
        combo.setCurrentIndex(i)
        combo.activated.emit(i)

    compare_metric_ms, compare_period_ms = [], []
    metrics = view.metric_combo
    for i in list(range(1, metrics.count())) + [0]:
        compare_metric_ms.append(timed(lambda: pick(metrics, i)))
    periods = view.period_combo
    counts = []
    for i in range(metrics.count()):  # the indicator with the most periods
        pick(metrics, i)
        counts.append(periods.count())
    app.processEvents()
    pick(metrics, max(range(len(counts)), key=counts.__getitem__) if counts else 0)
    app.processEvents()
    for i in list(range(1, min(periods.count(), 16))) + [0]:
        compare_period_ms.append(timed(lambda: pick(periods, i)))

    # View ▸ Conflicting Sources (Ctrl+5): opening it
    window.show_tab(TAB_PROFILE)
    app.processEvents()
    conflicts_open_ms = timed(lambda: window.show_tab(TAB_CONFLICTS))

    def stats(name: str, values: list[float]) -> dict:
        if not values:
            return {}
        return {f"{name}_ms_median": round(statistics.median(values), 2),
                f"{name}_ms_max": round(max(values), 2), f"{name}_n": len(values)}

    return {"load_s": load_s, "zones": len(corpus.zones), "articles": len(corpus.articles),
            "set_corpus_ms": round(set_corpus_ms, 1), **stats("filter", filter_ms),
            **stats("switch", switch_ms), **stats("chart", chart_ms),
            **stats("compare", compare_ms), **stats("key_indicators", key_ms),
            "key_indicators_first_ms": round(key_first_ms, 1),
            **stats("compare_view_metric", compare_metric_ms),
            **stats("compare_view_period", compare_period_ms),
            **stats("compare_view", compare_metric_ms + compare_period_ms),
            "compare_view_set_corpus_ms": round(parts.get("compare_view", 0.0), 1),
            "conflicts_set_corpus_ms": round(parts.get("conflicts_view", 0.0), 1),
            "conflicts_open_ms": round(conflicts_open_ms, 1),
            "conflicts_rows": window.conflicts.count()}


if __name__ == "__main__":
    result = main(Path(sys.argv[1]))
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    import os
    os._exit(0)
