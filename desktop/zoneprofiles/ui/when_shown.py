"""Work a hidden view leaves until it is on screen.

A view behind a closed tab is handed a new zone or corpus at every switch
and every load; drawing or querying for it then costs the user time for
something they cannot see. `WhenShown` keeps the latest such work and runs it
when the view is shown, or when someone asks the view for what that work
makes (call `catch_up()` first in those methods).
"""
from __future__ import annotations

from typing import Callable


class WhenShown:
    """A mixin, listed before the Qt widget class it is mixed into."""

    _waiting: Callable[[], None] | None = None

    def when_shown(self, work: Callable[[], None]) -> None:
        """Run `work` now if the view is on screen, else when it is shown;
        work handed over later replaces work not yet run."""
        self._waiting = work
        if self.isVisible():
            self.catch_up()

    def catch_up(self) -> None:
        work, self._waiting = self._waiting, None
        if work is not None:
            work()

    def showEvent(self, event) -> None:
        self.catch_up()
        super().showEvent(event)
