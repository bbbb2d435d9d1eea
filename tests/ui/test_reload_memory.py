"""Opening another folder gives back the memory of the corpus shown before:
the window exempts a shown corpus from Python's cycle collector (heap.py),
and must hand it back when the next one replaces it, or every reload of a
large archive would keep the last one alive."""
from __future__ import annotations

import gc
import weakref

from ui_fixtures import build_corpus
from zoneprofiles.ui.main_window import MainWindow


def test_a_corpus_replaced_by_another_is_freed(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.set_corpus(build_corpus())
    window.zone_list.select_zone(window.zone_list.visible_zone_ids()[0])
    shown, base = weakref.ref(window.corpus), weakref.ref(window.userdata.base)
    assert gc.get_freeze_count() > 0  # the shown corpus is out of the collector's walks

    window.set_corpus(build_corpus())

    assert shown() is None and base() is None
    assert window.corpus is not None and len(window.corpus.zones)
