"""PySide's import hook, made cheaper for the modules imported after it.

Once PySide6 is imported, every module imported after it is asked whether
it uses PySide6 (for PySide's `__feature__` switches): the hook reads the
module's source through `inspect.getsource`, which decodes the file and
keeps its lines in linecache. The window imports PySide first and the
load imports pandas and numpy after it, some 500 modules: measured here,
pandas took 0.40–0.50 s to import after PySide6 against 0.29 s without
it, a sixth of a warm start. The same question, asked of the file's bytes,
costs a fraction of that; anything that is not a plain .py file on disk
gets PySide's own answer.
"""
from __future__ import annotations

import sys

_MARK = "_zoneprofiles_bytes_check"


def install() -> bool:
    """Answer PySide's "does this module use PySide6?" from the file's bytes.
    False when this PySide has no such check (another version): nothing changes."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, _MARK, False):
        return False

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
