"""Keeping a loaded corpus out of Python's cycle collector's way.

A corpus of 50,000 articles holds hundreds of thousands of container
objects (its frames' column lists, the lookups grouped once per frame) that
live as long as it is shown. Each collection of the older generations walks
all of them: in the window, a zone switch that happened to trigger one took
80–170 ms instead of 40. Once a corpus is shown, the objects that are alive
are moved out of the collector's generations (gc.freeze), so collections
walk only what was made since. The previous corpus's objects are handed
back first (gc.unfreeze) and what is garbage of them collected, so loading
another corpus leaks nothing.
"""
from __future__ import annotations

import gc


def settle() -> None:
    """Collect what is garbage now, then exempt every live object from later
    collections (call when a newly loaded corpus has been shown)."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
