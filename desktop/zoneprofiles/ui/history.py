"""Back and Forward between the zones the analyst looked at, as in a browser:
after following a park link or picking another zone, Back (Alt+Left, the
toolbar's ◀) returns to the zone before, Forward (Alt+Right) goes again.

The window tells `ZoneHistory` each zone it shows (`visited`); going back or
forward selects the zone in the list, which shows it, without recording it
as a new visit. Zones no longer in the list (another folder was opened) are
skipped.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

LIMIT = 100


translate = QCoreApplication.translate  # with literal strings, so lupdate finds them


class ZoneHistory(QObject):
    def __init__(self, select_zone, parent=None) -> None:
        """`select_zone(zone_id) -> bool`: shows a zone (False: no such zone)."""
        super().__init__(parent)
        self._select = select_zone
        self._back: list[str] = []
        self._forward: list[str] = []
        self._current = ""
        self._moving = False
        self.back = QAction(translate("ZoneHistory", "Back"), self)
        self.back.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Back)
                               or [QKeySequence("Alt+Left")])
        self.forward = QAction(translate("ZoneHistory", "Forward"), self)
        self.forward.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Forward)
                                  or [QKeySequence("Alt+Right")])
        for action, tip in (
                (self.back, translate("ZoneHistory", "Back to the zone shown before (Alt+Left)")),
                (self.forward,
                 translate("ZoneHistory", "Forward again to the next zone (Alt+Right)"))):
            action.setToolTip(tip)
            action.setStatusTip(tip)  # shortcuts for the whole window: QAction's default
        self.back.triggered.connect(self.go_back)
        self.forward.triggered.connect(self.go_forward)
        self._update()

    def add_icons(self, bar: QToolBar) -> None:
        """The style's arrows on Back and Forward, beside their names. Given
        after the first paint: creating the enums of Qt's namespace and of
        QStyle takes PySide tens of milliseconds, which the first paint does
        without."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle
        style = bar.style()
        self.back.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    # --- what the window shows -------------------------------------------------
    def visited(self, zone_id: str) -> None:
        if not zone_id or zone_id == self._current:
            return
        if not self._moving:
            if self._current:
                self._back = (self._back + [self._current])[-LIMIT:]
            self._forward = []
        self._current = zone_id
        self._update()

    def current(self) -> str:
        return self._current

    # --- moving ------------------------------------------------------------------
    def go_back(self) -> bool:
        return self._move(self._back, self._forward)

    def go_forward(self) -> bool:
        return self._move(self._forward, self._back)

    def _move(self, source: list[str], other: list[str]) -> bool:
        while source:
            zone_id = source.pop()
            if zone_id == self._current:
                continue
            previous = self._current
            self._moving = True
            try:
                shown = self._select(zone_id)
            finally:
                self._moving = False
            if shown:
                if previous:
                    other.append(previous)
                self._current = zone_id
                self._update()
                return True
        self._update()
        return False

    def _update(self) -> None:
        self.back.setEnabled(bool(self._back))
        self.forward.setEnabled(bool(self._forward))


def install(window) -> ZoneHistory:
    """Back/Forward in a toolbar and at the top of the View menu."""
    # the zone list is built after the first paint: looked up when used
    history = ZoneHistory(lambda zone_id: window.zone_list.select_zone(zone_id), window)
    bar = QToolBar(translate("ZoneHistory", "Navigation"), window)
    bar.setObjectName("navigation")  # saveState/restoreState find it by name
    bar.setMovable(False)
    bar.addAction(history.back)
    bar.addAction(history.forward)
    window.addToolBar(bar)  # at the top; its icons come with the panes (add_icons)
    window.navigation_bar = bar
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    if len(menus) >= 3:  # File, Edit, View…
        view = menus[2]
        first = view.actions()[0] if view.actions() else None
        view.insertActions(first, [history.back, history.forward])
        view.insertSeparator(first)
    return history
