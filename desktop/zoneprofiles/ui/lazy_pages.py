"""Parts of the window built the first time they are needed, so that it can
paint before it imports and builds what it does not show.

`LazyPages`: tab pages that wait under their label as empty placeholders. A
page is built when its tab becomes the current one or when the window asks
for it (`page`), whichever comes first; it then takes the placeholder's place.

`keep_focus_order`: a part built late joins the window at the end of its
focus chain; this puts it back where it would have been, had it been built
with the window, so that Tab moves through the window as before.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTabWidget, QWidget


class LazyPages(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._factories: dict[QWidget, Callable[[], QWidget]] = {}  # by placeholder
        tabs.currentChanged.connect(self._build_current)

    def add(self, label: str, factory: Callable[[], QWidget]) -> int:
        """A tab whose page `factory()` makes when it is first needed; its index."""
        placeholder = QWidget()
        self._factories[placeholder] = factory
        return self._tabs.addTab(placeholder, label)

    def page(self, index: int) -> QWidget:
        """The page of tab `index`, built now if it was not yet."""
        placeholder = self._tabs.widget(index)
        factory = self._factories.pop(placeholder, None)
        if factory is None:
            return placeholder
        page = factory()
        tabs = self._tabs
        current = tabs.currentIndex()
        # nobody else is told of the tab that is current for a moment while the
        # page takes the placeholder's place
        blocked = tabs.blockSignals(True)
        try:
            label = tabs.tabText(index)
            tabs.removeTab(index)
            tabs.insertTab(index, page, label)
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        keep_focus_order(page, placeholder)
        placeholder.deleteLater()
        return page

    def build_all(self) -> None:
        """Every page not built yet (once the window is on screen)."""
        for index in range(self._tabs.count()):
            if self._tabs.widget(index) in self._factories:
                self.page(index)

    def _build_current(self, index: int) -> None:
        if index >= 0 and self._tabs.widget(index) in self._factories:
            self.page(index)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def keep_focus_order(part: QWidget, follows: QWidget) -> None:
    """Move the widgets of `part` that Tab stops at, in their order, to just
    after `follows` in the focus chain (`follows`: a widget that was there when
    the window was built, such as the placeholder `part` replaces)."""
    # the part and its children are one run in the chain, from the part on
    stops = []
    widget = part
    while widget is part or part.isAncestorOf(widget):
        if _takes_tab(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    # Qt moves a widget only after one that takes focus: `follows` does for
    # the moment (the last one before it would put parts built later in the
    # wrong order when they share it)
    policy = follows.focusPolicy()
    follows.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    try:
        anchor = follows
        for widget in stops:
            QWidget.setTabOrder(anchor, widget)
            anchor = widget
    finally:
        follows.setFocusPolicy(policy)
