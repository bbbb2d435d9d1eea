"""A regular expression compiled on first use, so that importing a module of
many patterns costs nothing at the app's start-up."""
from __future__ import annotations

import re


class LazyPattern:
    __slots__ = ("_pattern", "_rx")

    def __init__(self, pattern: str) -> None:
        self._pattern, self._rx = pattern, None

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        if self._rx is None:
            self._rx = re.compile(self._pattern)
        return getattr(self._rx, name)
