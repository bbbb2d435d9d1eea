"""The analyst's notes on the zone shown: add, edit, delete, and see the
passage a note is pinned to (or that its passage is gone)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout, QWidget)

from .formatting import is_missing, text_or_empty

NoteRole = Qt.ItemDataRole.UserRole + 1  # the note's row (a dict from AnnotatedCorpus.notes)


def _when(stamp) -> str:
    """An ISO time from the store, shown in local time to the minute."""
    try:
        return datetime.fromisoformat(str(stamp)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return ""


class NotesPanel(QWidget):
    add_requested = Signal()
    edit_requested = Signal(dict)  # the note's row
    delete_requested = Signal(dict)
    passage_requested = Signal(str, int, int)  # source_file, start, end of a pinned note

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.empty_label = QLabel(self.tr("No notes on this zone yet. Add one with the button "
                                          "below, or select a passage in the source and choose "
                                          "“Add Note” from its menu."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.add_button = QPushButton(self.tr("&Add Note…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))
        self.list.itemDoubleClicked.connect(lambda _item: self._emit(self.edit_requested))
        self.list.currentItemChanged.connect(self._on_current)
        self.set_notes([])

    def set_notes(self, rows: list[dict]) -> None:
        """The zone's notes, oldest first."""
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(self._display(row))
            item.setData(NoteRole, row)
            item.setToolTip(text_or_empty(row.get("text")))
            self.list.addItem(item)
        self.empty_label.setVisible(not rows)
        self._on_current(self.list.currentItem(), None)

    def count(self) -> int:
        return self.list.count()

    def note(self, i: int) -> dict:
        return self.list.item(i).data(NoteRole)

    def texts(self) -> list[str]:
        return [text_or_empty(self.note(i).get("text")) for i in range(self.count())]

    def select_note(self, note_id) -> bool:
        for i in range(self.count()):
            if str(self.note(i).get("note_id")) == str(note_id):
                self.list.setCurrentRow(i)
                return True
        return False

    def current_note(self) -> dict | None:
        item = self.list.currentItem()
        return item.data(NoteRole) if item is not None else None

    def _display(self, row: dict) -> str:
        lines = [text_or_empty(row.get("text"))]
        meta = [_when(row.get("updated") if text_or_empty(row.get("updated")) else row.get("created"))]
        quote = text_or_empty(row.get("quote"))
        anchor = text_or_empty(row.get("anchor"))
        if quote:
            short = quote if len(quote) <= 30 else quote[:29] + "…"
            meta.append(self.tr("on “{quote}”").format(quote=short))
            lost = {"text-changed": self.tr("the passage is no longer in the article"),
                    "file-not-loaded": self.tr("its article is not open")}.get(anchor)
            if lost:
                meta.append(lost)
        lines.append(" · ".join(m for m in meta if m))
        return "\n".join(lines)

    def _on_current(self, item, _previous) -> None:
        has = item is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        row = item.data(NoteRole) if has else None
        if row and not is_missing(row.get("start")) and not is_missing(row.get("end")):
            self.passage_requested.emit(text_or_empty(row.get("source_file")),
                                        int(row["start"]), int(row["end"]))

    def _emit(self, signal) -> None:
        row = self.current_note()
        if row is not None:
            signal.emit(row)
