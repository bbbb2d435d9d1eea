"""A strip above the window's panes for what the analyst must not miss but
should not have to click away first: user data set aside at start-up, work
that lost its place in the articles. Each message has a key, so the same
news replaces itself instead of piling up."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

STYLES = {
    "problem": "background-color:#fdecea; border:1px solid #e0a39c; color:#5f1a12;",
    "notice": "background-color:#eaf2fd; border:1px solid #9dbbe6; color:#173a66;",
}


class _Row(QFrame):
    def __init__(self, level: str, text: str, details: str, action_text: str,
                 action: Callable[[], None] | None, on_close: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("bannerRow")
        self.setStyleSheet(f"QFrame#bannerRow {{{STYLES.get(level, STYLES['notice'])} "
                           "border-radius:3px;}")
        self.label = QLabel(text)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            self.label.setToolTip(details)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        self.button = None
        if action is not None:
            self.button = QPushButton(action_text)
            self.button.clicked.connect(action)
            layout.addWidget(self.button)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.clicked.connect(on_close)
        layout.addWidget(self.close_button)


class MessageBanner(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: dict[str, _Row] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 0)
        self._layout.setSpacing(4)
        self.hide()

    def show_message(self, key: str, level: str, text: str, details: str = "",
                     action_text: str = "", action: Callable[[], None] | None = None) -> None:
        self.clear(key)
        row = _Row(level, text, details, action_text, action, lambda: self.clear(key))
        self._rows[key] = row
        self._layout.addWidget(row)
        self.show()

    def clear(self, key: str) -> None:
        row = self._rows.pop(key, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        if not self._rows:
            self.hide()

    def message(self, key: str) -> str:
        row = self._rows.get(key)
        return row.label.text() if row is not None else ""

    def keys(self) -> list[str]:
        return list(self._rows)

    def button(self, key: str) -> QPushButton | None:
        row = self._rows.get(key)
        return row.button if row is not None else None
