"""Search across every article, shown as keyword-in-context lines.
Activating a line opens the article at that place in the source view."""
from __future__ import annotations

import importlib.util

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from .formatting import text_or_empty, tooltip_html

COL_ARTICLE, COL_LEFT, COL_MATCH, COL_RIGHT = range(4)
RowRole = Qt.ItemDataRole.UserRole + 2
LIMIT = 500


def segmenter():
    """jieba-based `cut(text) -> list[str]` from the core, if the core has one."""
    if importlib.util.find_spec("zoneprofiles.extract.segment") is None:
        return None
    from zoneprofiles.extract import segment
    return getattr(segment, "cut", None)


def search_hits(corpus, query: str, by_words: bool = False) -> list[dict]:
    """Hits of the whole query; with `by_words`, of each word jieba finds in it,
    so "高新区 营收" also finds the two words apart. Ordered by file and place."""
    query = query.strip()
    if corpus is None or not query:
        return []
    terms = [query]
    cut = segmenter() if by_words else None
    if cut is not None:
        words = [w.strip() for w in cut(query)]
        terms = list(dict.fromkeys(w for w in words if len(w) > 1 or w.isalnum())) or terms
    seen, hits = set(), []
    for term in terms:
        for row in corpus.search(term, limit=LIMIT).to_dict("records"):
            key = (row["source_file"], int(row["start"]), int(row["end"]))
            if key not in seen:
                seen.add(key)
                hits.append(row)
    hits.sort(key=lambda r: (str(r["source_file"]), int(r["start"])))
    return hits[:LIMIT]


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._titles: dict[str, str] = {}

    def set_hits(self, hits: list[dict], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = hits
        self._titles = titles
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Article"), self.tr("Before"), self.tr("Match"), self.tr("After")][section]
        return None

    def row(self, row: int) -> dict:
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_ARTICLE:
                return self._titles.get(str(row["article_id"]), "") or text_or_empty(row["source_file"])
            return text_or_empty(row[("left", "match", "right")[col - 1]])
        if role == Qt.ItemDataRole.TextAlignmentRole and col == COL_LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and col == COL_MATCH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html(self._titles.get(str(row["article_id"]), ""),
                                text_or_empty(row["left"]) + "【" + text_or_empty(row["match"])
                                + "】" + text_or_empty(row["right"]),
                                text_or_empty(row["source_file"]))
        if role == RowRole:
            return row
        return None


class _ElideLeftDelegate(QStyledItemDelegate):
    """The text before a match is cut on its left, so the words next to the
    match stay visible."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class SearchPanel(QWidget):
    hit_activated = Signal(dict)  # a search() row: source_file, article_id, start, end, …

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._corpus = None
        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr("Search all articles (Ctrl+F)"))
        self.words_check = QCheckBox(self.tr("Match words separately"))
        self.words_check.setToolTip(self.tr(
            "Split the query into words (jieba) and find each word, not only the whole phrase"))
        self.words_check.setEnabled(False)  # known once a corpus (and the core) is loaded
        self.model = SearchResultsModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._left_delegate = _ElideLeftDelegate(self.view)
        self.view.setItemDelegateForColumn(COL_LEFT, self._left_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_ARTICLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_ARTICLE, 120)
        header.setSectionResizeMode(COL_LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RIGHT, QHeaderView.ResizeMode.Stretch)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.words_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status_label)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)  # search when typing pauses, not on every key
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self.run_search)
        self.words_check.toggled.connect(self.run_search)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._activate(cur))
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)

    def set_corpus(self, corpus) -> None:
        self._corpus = corpus
        self.words_check.setEnabled(corpus is not None and segmenter_available())
        self.run_search()

    def focus_query(self) -> None:
        self.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query_edit.selectAll()

    def search(self, query: str) -> int:
        """Run a search now (as if typed and Enter pressed); returns the hit count."""
        self.query_edit.setText(query)
        return self.run_search()

    def run_search(self) -> int:
        self._timer.stop()
        query = self.query_edit.text()
        hits = search_hits(self._corpus, query, self.words_check.isChecked())
        titles = {}
        if self._corpus is not None and hits:
            arts = self._corpus.articles
            titles = {str(a): text_or_empty(t) for a, t in zip(arts["article_id"], arts["title"])}
        self.model.set_hits(hits, titles)
        if not query.strip():
            self.status_label.setText("")
        elif not hits:
            self.status_label.setText(self.tr("Nothing found."))
        elif len(hits) >= LIMIT:
            self.status_label.setText(self.tr("The first {n} places found.").format(n=len(hits)))
        else:
            self.status_label.setText(self.tr("Found in {n} places.").format(n=len(hits)))
        return len(hits)

    def _activate(self, index) -> None:
        if index.isValid():
            self.hit_activated.emit(index.data(RowRole))


def segmenter_available() -> bool:
    try:
        return importlib.util.find_spec("zoneprofiles.extract.segment") is not None
    except (ImportError, ValueError):
        return False
