"""The source text, read-only and plain, with the selected item's span
highlighted from the model's offsets (never found again by searching).

Strong colour: exactly `text[start:end]` of the selected figure or policy.
Light colour: its sentence; for an article chosen in a zone's profile, the
places where it names that zone (the article itself is shown from its start).
Pale marks: every other figure and policy extracted from the same file;
clicking one reports it so the profile can select it.

Text the analyst selects, with the mouse or with Shift+arrow keys (F6 goes
into the text), can become a figure, a policy or a note: the window adds
those actions to the view's context menu, and `selection()` gives the
selected span in the model's offsets.
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from .formatting import is_missing, text_or_empty
from .offsets import OffsetMap

STRONG, LIGHT, MARK = "strong", "light", "mark"
COLOURS = {STRONG: "#ffa94d", LIGHT: "#fff1b8", MARK: "#dbe8fb"}


@cache
def _role_property() -> int:
    """Which of the three a selection is. QtGui's text classes are imported
    when a text is first shown: the window paints without them."""
    from PySide6.QtGui import QTextFormat
    return QTextFormat.Property.UserProperty + 1


def _span(row: dict, start_key: str, end_key: str) -> tuple[int, int] | None:
    start, end = row.get(start_key), row.get(end_key)
    if is_missing(start) or is_missing(end):
        return None
    return int(start), int(end)


class SourceView(QWidget):
    item_clicked = Signal(str, dict)  # "figure"/"policy", its row

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._corpus = None
        self._file = ""
        self._map = OffsetMap("")
        self._items: dict[str, list[tuple[int, int, str, dict]]] = {}
        self._current: tuple[str, int, int] | None = None  # file, start, end of the strong span
        self._zone_id = ""  # the zone whose profile is shown: its mentions are marked in articles
        self._zone_name = ""
        self._why_empty = ""  # the profile has nothing: the header says why
        self._watching = False  # the viewport, for the items under the mouse

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.editor = QPlainTextEdit()
        self.editor.setReadOnly(True)
        self.editor.setUndoRedoEnabled(False)
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.editor.customContextMenuRequested.connect(self._context_menu)
        self._menu_actions: list = []
        self._legend_text = self.tr("Orange: the selected item · yellow: its sentence · "
                                    "blue: other extracted items (click to select)")
        self.legend = QLabel(self._legend_text)
        self.legend.setWordWrap(True)
        self.legend.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.legend)
        self.clear()

    # --- data --------------------------------------------------------------------
    def set_corpus(self, corpus) -> None:
        self._corpus = corpus
        self._items = {}
        self._zone_id = ""
        self.clear()

    def show_zone(self, profile) -> None:
        """A zone's profile is shown: another zone's article goes; a zone no
        article names says so here, and why its profile is empty."""
        zone_id = str(profile.zone["zone_id"])
        self._zone_name = text_or_empty(profile.zone.get("name")) or zone_id
        self._why_empty = self._empty_reason(profile)
        if zone_id != self._zone_id:
            self._zone_id = zone_id
            self.clear()
        elif not self._file:
            self.clear()

    def _empty_reason(self, profile) -> str:
        if len(profile.articles) or len(profile.figures) or len(profile.policies):
            return ""
        name = self._zone_name
        if len(profile.parks):
            parks = "、".join(text_or_empty(n) for n in profile.parks["name"])
            return self.tr(
                "No article names {zone} itself, so its profile has no figures, policies or "
                "articles: it is listed from the gazetteer because {parks} belongs to it. "
                "Open the part of it under Parks for what the articles say.").format(
                zone=name, parks=parks)
        return self.tr("No article names {zone}, so its profile has no figures, policies or "
                       "articles.").format(zone=name)

    def empty_reason(self) -> str:
        return self._why_empty

    def clear(self) -> None:
        self._file = ""
        self._current = None
        self._map = OffsetMap("")
        self.editor.setPlainText("")
        self.editor.setExtraSelections([])
        self.header.setText(self._why_empty or self.tr(
            "Select a figure, policy or article to see where it came from."))

    def current_file(self) -> str:
        return self._file

    def _items_in(self, source_file: str) -> list[tuple[int, int, str, dict]]:
        if source_file not in self._items:
            items = []
            corpus = self._corpus
            for kind, frame in (("figure", corpus.figures), ("policy", corpus.policies)):
                rows = frame[frame["source_file"] == source_file].to_dict("records")
                for row in rows:
                    span = _span(row, "start", "end")
                    if span and span[1] > span[0]:
                        items.append((span[0], span[1], kind, row))
            self._items[source_file] = sorted(items, key=lambda it: (it[0], it[1]))
        return self._items[source_file]

    def _load_file(self, source_file: str) -> bool:
        if source_file == self._file:
            return True
        if self._corpus is None or source_file not in self._corpus.texts:
            self.clear()
            self.header.setText(self.tr("The source text of {file} is not available.").format(
                file=source_file))
            return False
        text = self._corpus.text(source_file)
        self._file = source_file
        self._map = OffsetMap(text)
        self.editor.setPlainText(text)
        self._watch_viewport()
        return True

    def _watch_viewport(self) -> None:
        """The items under the mouse (pointer, click) once there is a text to
        have them: asking for the viewport before the window has painted
        would cost it ~10 ms (PySide sets up every widget class to tell which
        one the viewport is)."""
        if not self._watching:
            self._watching = True
            viewport = self.editor.viewport()
            viewport.setMouseTracking(True)
            viewport.installEventFilter(self)

    # --- showing -----------------------------------------------------------------
    def show_item(self, kind: str, row: dict) -> bool:
        """Show a figure/policy/article row from the model at its place."""
        source_file = text_or_empty(row.get("source_file"))
        span = _span(row, "start", "end")
        if not source_file or span is None:
            return False
        if kind == "article":
            return self.show_article(source_file, span)
        return self.show_span(source_file, span, light=_span(row, "sentence_start", "sentence_end"))

    def zone_mentions(self, source_file: str, span: tuple[int, int]) -> list[tuple[int, int]]:
        """Where the shown zone is named in text[span] of `source_file`."""
        mentions = getattr(self._corpus, "mentions", None)
        if not self._zone_id or mentions is None or not len(mentions):
            return []
        rows = mentions[(mentions["zone_id"] == self._zone_id)
                        & (mentions["source_file"] == source_file)]
        found = set()
        for start, end in zip(rows["start"], rows["end"]):
            if is_missing(start) or is_missing(end):
                continue
            start, end = int(start), int(end)
            if span[0] <= start and end <= span[1] and end > start:
                found.add((start, end))
        return sorted(found)

    def show_article(self, source_file: str, span: tuple[int, int]) -> bool:
        """An article from the top, the shown zone's name marked wherever
        it names it (not the whole text painted)."""
        mentions = self.zone_mentions(source_file, span)
        if not self.show_span(source_file, None, lights=mentions, scroll_to=span[0]):
            return False
        if mentions:
            self.legend.setText(self.tr(
                "Yellow: where this article names {zone} · blue: extracted items "
                "(click to select)").format(zone=self._zone_name))
        return True

    def show_span(self, source_file: str, strong: tuple[int, int] | None,
                  light: tuple[int, int] | None = None, scroll_to: int | None = None,
                  lights: list[tuple[int, int]] = ()) -> bool:
        if not self._load_file(source_file):
            return False
        self.legend.setText(self._legend_text)
        self._current = (source_file, *strong) if strong else None
        selections = [self._selection(s, e, MARK) for s, e, _k, _r in self._items_in(source_file)
                      if not strong or (s, e) != strong]
        for part in ([light] if light else []) + list(lights):
            selections.append(self._selection(*part, LIGHT))
        if strong:
            selections.append(self._selection(*strong, STRONG))
        self.editor.setExtraSelections(selections)
        anchor = scroll_to if scroll_to is not None else (strong or light or (0, 0))[0]
        self._scroll_to(anchor, (strong or light or (anchor, anchor))[1])
        self._update_header(source_file, anchor)
        return True

    def _selection(self, start: int, end: int, role: str) -> QTextEdit.ExtraSelection:
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._map.to_doc(start))
        cursor.setPosition(self._map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(COLOURS[role]))
        if role == STRONG:
            fmt.setForeground(QColor("#000000"))
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setProperty(_role_property(), role)
        selection.format = fmt
        selection.cursor = cursor
        return selection

    def _scroll_to(self, start: int, end: int) -> None:
        # show the end first, then the start centred: a long span starts on screen
        from PySide6.QtGui import QTextCursor
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._map.to_doc(end))
        self.editor.setTextCursor(cursor)
        cursor.setPosition(self._map.to_doc(start))
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()

    def _update_header(self, source_file: str, position: int) -> None:
        title = ""
        articles = self._corpus.articles
        rows = articles[(articles["source_file"] == source_file)
                        & (articles["start"] <= position) & (articles["end"] > position)]
        if not rows.empty:
            title = text_or_empty(rows.iloc[0]["title"])
            from .profile_models import article_source_line  # outlet · date
            title = " · ".join(p for p in (title, article_source_line(rows.iloc[0].to_dict())) if p)
        from .profile_models import file_name
        name = file_name(source_file)
        self.header.setText(f"{name} — {title}" if title else name)
        self.header.setToolTip(source_file)

    def restore(self, source_file: str, scroll: int) -> bool:
        """Show `source_file` again at a scroll position (after the corpus
        was refreshed and nothing is selected to show instead)."""
        if not self.show_span(source_file, None):
            return False
        self.editor.verticalScrollBar().setValue(scroll)
        return True

    def scroll_position(self) -> int:
        return self.editor.verticalScrollBar().value()

    # --- what the analyst selects ------------------------------------------------
    def set_menu_actions(self, actions: list) -> None:
        """Actions added below Copy in the text's context menu."""
        self._menu_actions = list(actions)

    def selection(self) -> tuple[str, int, int, str] | None:
        """(source_file, start, end, text) of the selected text in the model's
        offsets, spaces at either end left out; None without a selection."""
        cursor = self.editor.textCursor()
        if not self._file or not cursor.hasSelection():
            return None
        text = self._corpus.text(self._file)
        start = self._map.to_text(cursor.selectionStart())
        end = self._map.to_text(cursor.selectionEnd())
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return None
        return self._file, start, end, text[start:end]

    def select_text(self, start: int, end: int) -> None:
        """Select text[start:end] of the shown file, as the mouse would."""
        from PySide6.QtGui import QTextCursor
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(self._map.to_doc(start))
        cursor.setPosition(self._map.to_doc(end), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)

    def focus_text(self) -> None:
        """Into the text with the keyboard: the caret at the highlighted item
        (where the last one was shown), so Shift+arrow keys select from there."""
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.editor.ensureCursorVisible()

    def _context_menu(self, pos) -> None:
        menu = self.editor.createStandardContextMenu(pos)
        if self._menu_actions:
            menu.addSeparator()
            menu.addActions(self._menu_actions)
        menu.exec(self.editor.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- what is highlighted (in the model's offsets) ----------------------------
    def highlighted_span(self) -> tuple[str, int, int] | None:
        return self._current

    def selections(self, role: str) -> list[QTextEdit.ExtraSelection]:
        key = _role_property()
        return [s for s in self.editor.extraSelections() if s.format.property(key) == role]

    def text_offset(self, document_position: int) -> int:
        return self._map.to_text(document_position)

    def document_position(self, text_offset: int) -> int:
        return self._map.to_doc(text_offset)

    # --- clicking an extracted item ----------------------------------------------
    def item_at(self, offset: int) -> tuple[str, dict] | None:
        if not self._file:
            return None
        hits = [(e - s, 0 if k == "figure" else 1, k, r)
                for s, e, k, r in self._items_in(self._file) if s <= offset < e]
        if not hits:
            return None
        _len, _order, kind, row = min(hits, key=lambda h: (h[0], h[1]))
        return kind, row

    def _item_under(self, pos) -> tuple[str, dict] | None:
        cursor = self.editor.cursorForPosition(pos)
        # cursorForPosition gives the nearest boundary; the character clicked on is
        # the one after it unless the click was on its right half
        rect = self.editor.cursorRect(cursor)
        position = cursor.position() - (1 if pos.x() < rect.center().x() and cursor.position() else 0)
        return self.item_at(self._map.to_text(position))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor.viewport():
            if event.type() == QEvent.Type.MouseMove:
                under = self._item_under(event.position().toPoint())
                watched.setCursor(Qt.CursorShape.PointingHandCursor if under
                                  else Qt.CursorShape.IBeamCursor)
            elif (event.type() == QEvent.Type.MouseButtonRelease
                  and event.button() == Qt.MouseButton.LeftButton
                  and not self.editor.textCursor().hasSelection()):
                under = self._item_under(event.position().toPoint())
                if under:
                    self.item_clicked.emit(*under)
        return super().eventFilter(watched, event)
