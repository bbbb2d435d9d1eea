"""Search across every article, shown as keyword-in-context lines.
Activating a line opens the article at that place in the source view."""
from __future__ import annotations

import importlib.util
import re

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QStyledItemDelegate, QVBoxLayout, QWidget)

from .formatting import text_or_empty, tooltip_html
from .results_view import results_view

COL_ARTICLE, COL_LEFT, COL_MATCH, COL_RIGHT, COL_ZONE, COL_DATE = range(6)
RowRole = Qt.ItemDataRole.UserRole + 2
LIMIT = 500
WIDTH = 20  # characters of context each side of a match


def segmenter():
    """jieba-based `cut(text) -> list[str]` from the core, if the core has one."""
    if importlib.util.find_spec("zoneprofiles.extract.segment") is None:
        return None
    from zoneprofiles.extract import segment
    return getattr(segment, "cut", None)


def parse_query(query: str, cut=None) -> list[str]:
    """The terms of a query: "quoted text" (ASCII or Chinese quotes) is one
    phrase, the rest is split at spaces; with `cut` (jieba), each unquoted
    word is split further into its words."""
    terms: list[str] = []
    rest = []
    for i, part in enumerate(re.split(r'["“”「」]', query)):
        if i % 2:  # inside quotes
            if part.strip():
                terms.append(part.strip())
        else:
            rest.append(part)
    for word in " ".join(rest).split():
        if cut is not None:
            pieces = [w.strip() for w in cut(word)]
            pieces = [w for w in pieces if len(w) > 1 or w.isalnum()]
            terms.extend(pieces or [word])
        else:
            terms.append(word)
    return list(dict.fromkeys(terms))


def zones_by_article(corpus) -> dict[str, list[str]]:
    """The zones each article is about (mentioned, or holding their figures
    and policies), in the order first met."""
    out: dict[str, list[str]] = {}
    for frame in (corpus.mentions, corpus.figures, corpus.policies):
        for article, zone in zip(frame["article_id"], frame["zone_id"]):
            zones = out.setdefault(str(article), [])
            if zone not in zones:
                zones.append(zone)
    return out


def search_hits(corpus, query: str, by_words: bool = False, zone_id: str = "") -> list[dict]:
    """The places where the query's terms are printed, in the articles that
    hold every term (AND; "quotes" keep a phrase whole; with `by_words`,
    jieba splits the words further), limited to articles about `zone_id`
    when given. Ordered by file and place."""
    if corpus is None or not query.strip():
        return []
    terms = parse_query(query, segmenter() if by_words else None)
    if not terms:
        return []
    patterns = [re.compile(re.escape(t), re.IGNORECASE) for t in terms]
    about = zones_by_article(corpus) if zone_id else {}
    hits: list[dict] = []
    for art in corpus.articles.itertuples(index=False):
        if zone_id and zone_id not in about.get(str(art.article_id), ()):
            continue
        text = corpus.texts.get(art.source_file, "")
        start, end = int(art.start), int(art.end)
        found = [list(p.finditer(text, start, end)) for p in patterns]
        if not all(found):
            continue
        spans = sorted({(m.start(), m.end()) for ms in found for m in ms})
        for s_, e_ in spans:
            hits.append({"source_file": art.source_file, "article_id": art.article_id,
                         "start": s_, "end": e_,
                         "left": text[max(start, s_ - WIDTH):s_].replace("\n", " "),
                         "match": text[s_:e_],
                         "right": text[e_:min(end, e_ + WIDTH)].replace("\n", " ")})
        if len(hits) >= LIMIT:
            break
    hits.sort(key=lambda r: (str(r["source_file"]), int(r["start"])))
    return hits[:LIMIT]


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._titles: dict[str, str] = {}
        self._zones: dict[str, str] = {}
        self._dates: dict[str, str] = {}

    def set_hits(self, hits: list[dict], titles: dict[str, str],
                 zones: dict[str, str] | None = None, dates: dict[str, str] | None = None) -> None:
        """`zones`, `dates`: per article id, the zone names and the date shown."""
        self.beginResetModel()
        self._rows = hits
        self._titles = titles
        self._zones = zones or {}
        self._dates = dates or {}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Article"), self.tr("Before"), self.tr("Match"), self.tr("After"),
                    self.tr("Zone"), self.tr("Date")][section]
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
            if col == COL_ZONE:
                return self._zones.get(str(row["article_id"]), "")
            if col == COL_DATE:
                return self._dates.get(str(row["article_id"]), "")
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
        self._about = None
        self.query_edit = QLineEdit()
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setPlaceholderText(self.tr(
            "Articles with all the words: 氢能 广州 · a phrase in \"quotes\" (Ctrl+F)"))
        self.query_edit.setToolTip(self.tr(
            "Words separated by spaces must all be in the article (AND); "
            "text in \"quotes\" is found as one phrase."))
        self.zone_combo = QComboBox()
        self.zone_combo.setToolTip(self.tr("Only articles about this zone"))
        # the query box keeps room to type in a narrow window; the zone names elide
        self.zone_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.zone_combo.setMinimumContentsLength(6)
        self.query_edit.setMinimumWidth(160)
        self.zone_combo.addItem(self.tr("All zones"), "")
        self.words_check = QCheckBox(self.tr("Match words separately"))
        self.words_check.setToolTip(self.tr(
            "Split the query into words (jieba) and find each word, not only the whole phrase"))
        self.words_check.setEnabled(False)  # known once a corpus (and the core) is loaded
        self.model = SearchResultsModel(self)
        self.view = results_view(self.model)
        self._left_delegate = _ElideLeftDelegate(self.view)
        self.view.setItemDelegateForColumn(COL_LEFT, self._left_delegate)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_ARTICLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_ARTICLE, 120)
        header.setSectionResizeMode(COL_LEFT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MATCH, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_RIGHT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ZONE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_ZONE, 110)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.query_edit, 1)
        top.addWidget(self.zone_combo)
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
        self.zone_combo.currentIndexChanged.connect(self.run_search)
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._activate(cur))
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)

    def set_corpus(self, corpus) -> None:
        self._corpus = corpus
        self._about = None  # zones per article, worked out at the first search
        keep = self.zone_combo.currentData() or ""
        self.zone_combo.blockSignals(True)
        self.zone_combo.clear()
        self.zone_combo.addItem(self.tr("All zones"), "")
        if corpus is not None:
            for zone_id, name in sorted(zip(corpus.zones["zone_id"], corpus.zones["name"]),
                                        key=lambda z: str(z[1])):
                self.zone_combo.addItem(text_or_empty(name) or str(zone_id), zone_id)
        self.zone_combo.setCurrentIndex(max(0, self.zone_combo.findData(keep)))
        self.zone_combo.blockSignals(False)
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
        hits = search_hits(self._corpus, query, self.words_check.isChecked(),
                           self.zone_combo.currentData() or "")
        titles, zones, dates = {}, {}, {}
        if self._corpus is not None and hits:
            arts = self._corpus.articles
            titles = {str(a): text_or_empty(t) for a, t in zip(arts["article_id"], arts["title"])}
            if "date" in arts:  # the article's date, where the reader found one
                dates = {str(a): text_or_empty(d)[:10] for a, d in zip(arts["article_id"],
                                                                       arts["date"])}
            if self._about is None:
                self._about = zones_by_article(self._corpus)
            names = dict(zip(self._corpus.zones["zone_id"], self._corpus.zones["name"]))
            zones = {a: "、".join(text_or_empty(names.get(z, z)) for z in zs)
                     for a, zs in self._about.items()}
        self.model.set_hits(hits, titles, zones, dates)
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
