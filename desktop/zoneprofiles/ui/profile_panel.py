"""One zone's profile: who it is, its parent and parks, its key figures,
policies, industries, the articles it appears in, and the analyst's notes.
The review actions (confirm, reject, correct…) sit in a strip above the
lists and in the lists' context menus; the window supplies them.

Until a zone is first shown the panel only says to pick one: the profile's
page (its labels, tables, models and notes) is built when one of its parts
is first asked for, so that the window paints without building or even
importing them."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel,
                               QSplitter, QStackedWidget, QTableView, QTabWidget, QToolButton,
                               QVBoxLayout, QWidget)

from .formatting import text_or_empty
from .item_kinds import ARTICLE, FIGURE, POLICY  # noqa: F401 (their users import them from here too)
from .lazy_pages import keep_focus_order

TAB_NOTES = 3
TAG_STYLE = ("background-color:#e3eefc; color:#1a3d6e; border-radius:3px;")


def _table(model, stretch_column: int) -> tuple[QTableView, QSortFilterProxyModel]:
    from .profile_models import SortRole
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    proxy.setSortLocaleAware(True)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    # until a header is clicked: the order of the articles, as the model gives it
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    for col in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.Stretch if col == stretch_column \
            else QHeaderView.ResizeMode.ResizeToContents
        header.setSectionResizeMode(col, mode)
    return view, proxy


def _same(value, number: int) -> bool:
    try:
        return int(value) == number
    except (TypeError, ValueError):
        return False


def _plain_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ProfilePanel(QWidget):
    item_selected = Signal(str, dict)  # FIGURE/POLICY/ARTICLE, the row
    zone_requested = Signal(str)  # a parent or park link was clicked
    series_requested = Signal(str)  # a key indicator to see over time

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._zone_id = ""
        self._links: list[str] = []
        self._page_built = False
        self._when_built: list[Callable[[ProfilePanel], None]] = []

        self.empty_label = QLabel(self.tr("Select a zone in the list to see its profile."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def __getattr__(self, name: str):
        """A public attribute the panel lacks may be a part of its page, made
        the first time one is asked for (Python calls this only for names not
        found)."""
        if name.startswith("_") or self.__dict__.get("_page_built", True):
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        self.build_page()
        return getattr(self, name)

    def page_built(self) -> bool:
        return self._page_built

    def when_built(self, use: Callable[[ProfilePanel], None]) -> None:
        """`use(self)` once the page's parts exist: now if they do, else when
        the page is built (so that wiring them up does not build them)."""
        if self._page_built:
            use(self)
        else:
            self._when_built.append(use)

    def build_page(self) -> None:
        """The profile's labels, lists and notes (at once if not built yet)."""
        if self._page_built:
            return
        self._page_built = True
        from .indicators_ui import KEY_METRIC, KEY_TARGET, KeyIndicatorModel
        from .notes_panel import NotesPanel
        from .profile_models import (ART_TITLE, FIG_LABEL, FIG_SUBJECT, POL_TITLE,
                                     ArticleTableModel, FigureTableModel, PolicyTableModel)

        self.name_label = _plain_label()
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.meta_label = _plain_label()
        self.aliases_label = _plain_label()
        self.links_label = QLabel()  # rich text: the park names are escaped before use
        self.links_label.setTextFormat(Qt.TextFormat.RichText)
        self.links_label.setWordWrap(True)
        self.links_label.linkActivated.connect(self._on_link)
        self.tags_label = QLabel()
        self.tags_label.setTextFormat(Qt.TextFormat.RichText)
        self.tags_label.setWordWrap(True)

        self.figures = FigureTableModel(self)
        self.policies = PolicyTableModel(self)
        self.articles = ArticleTableModel(self)
        self.figure_view, self.figure_proxy = _table(self.figures, FIG_LABEL)
        self.policy_view, self.policy_proxy = _table(self.policies, POL_TITLE)
        self.article_view, self.article_proxy = _table(self.articles, ART_TITLE)
        self.figure_view.setToolTip(self.tr("Select a figure to see its sentence in the source"))
        # the zone's canonical indicators come first: latest value, growth, target, sources
        self.key_indicators = KeyIndicatorModel(self)
        # the target (the longest text) takes what width is left: names and values stay whole
        self.key_view, self.key_proxy = _table(self.key_indicators, KEY_TARGET)
        # a narrow pane elides the metric and the target, never the period or the sources
        from .column_fit import ColumnFitter
        self._key_fit = ColumnFitter(self.key_view, [KEY_METRIC, KEY_TARGET], KEY_METRIC)
        self._figure_fit = ColumnFitter(self.figure_view, [FIG_LABEL, FIG_SUBJECT], FIG_LABEL)
        # the policies and articles too, the title taking what is left as a
        # stretched column did: Qt sized their columns to their contents at
        # every zone switch, reading every row (up to 1,000) while their tab
        # was out of sight; a fitter reads the first rows, when they are shown
        self._policy_fit = ColumnFitter(self.policy_view, [POL_TITLE], POL_TITLE)
        self._article_fit = ColumnFitter(self.article_view, [ART_TITLE], ART_TITLE)
        self.key_view.doubleClicked.connect(lambda index: self._request_series(index))
        self.key_view.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._key_selected(current))
        self.key_view.clicked.connect(self._key_selected)
        self.key_title = QLabel()
        bold = self.key_title.font()
        bold.setBold(True)
        self.key_title.setFont(bold)
        self.series_button = QToolButton()
        self.series_button.setText(self.tr("Over Time…"))
        self.series_button.setToolTip(self.tr("The selected indicator's values over time, as a "
                                              "chart (or double-click it)"))
        self.series_button.setAutoRaise(True)
        self.series_button.clicked.connect(lambda: self._request_series(
            self.key_view.selectionModel().currentIndex()))
        self.key_box = QWidget()
        key_layout = QVBoxLayout(self.key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.setSpacing(0)
        key_top = QHBoxLayout()
        key_top.addWidget(self.key_title)
        key_top.addStretch(1)
        key_top.addWidget(self.series_button)
        key_layout.addLayout(key_top)
        key_layout.addWidget(self.key_view, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.figure_view, "")
        self.tabs.addTab(self.policy_view, "")
        self.tabs.addTab(self.article_view, "")
        self.notes = NotesPanel()
        self.tabs.addTab(self.notes, "")
        self.tool_strip = QHBoxLayout()  # the review actions, filled by the window
        self.tool_strip.setContentsMargins(0, 0, 0, 0)
        self.tool_strip.addStretch(1)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 0)
        for label in (self.name_label, self.meta_label, self.aliases_label, self.links_label,
                      self.tags_label):
            layout.addWidget(label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(self.key_box)
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addLayout(self.tool_strip)
        lists_layout.addWidget(self.tabs, 1)
        self.body.addWidget(lists)
        self.body.setStretchFactor(1, 1)
        layout.addWidget(self.body, 1)
        self.stack.addWidget(page)
        keep_focus_order(page, self.empty_label)  # as if it had been built with the panel

        for kind, view in ((FIGURE, self.figure_view), (POLICY, self.policy_view),
                           (ARTICLE, self.article_view)):
            view.selectionModel().currentRowChanged.connect(
                lambda current, _prev, k=kind: self._emit_row(k, current))
            view.clicked.connect(lambda index, k=kind: self._emit_row(k, index))
        self._update_tab_titles()
        waiting, self._when_built = self._when_built, []
        for use in waiting:
            use(self)

    def set_review_actions(self, strip: list, item_menu: list) -> None:
        """Buttons above the lists for `strip`; right-clicking a figure or a
        policy offers `item_menu` (None: a separator)."""
        from PySide6.QtGui import QAction
        for action in strip:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            self.tool_strip.insertWidget(self.tool_strip.count() - 1, button)
        for view in (self.figure_view, self.policy_view):
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for action in item_menu:
                if action is None:
                    separator = QAction(view)
                    separator.setSeparator(True)
                    view.addAction(separator)
                else:
                    view.addAction(action)

    def set_notes(self, rows: list[dict]) -> None:
        self.notes.set_notes(rows)
        self._update_tab_titles()

    # --- showing a profile ------------------------------------------------------
    def set_loading(self, loading: bool) -> None:
        """While the first articles load there is no list to pick from yet."""
        self.empty_label.setText(self.tr("Loading articles…") if loading
                                 else self.tr("Select a zone in the list to see its profile."))

    def zone_id(self) -> str:
        return self._zone_id

    def clear(self) -> None:
        self._zone_id = ""
        self.stack.setCurrentWidget(self.empty_label)
        if not self._page_built:
            return
        for model in (self.figures, self.policies, self.articles):
            model.set_frame(None)
        self.key_indicators.set_frame(None)
        self.notes.set_notes([])

    def show_profile(self, profile) -> None:
        """`profile`: a model.ZoneProfile."""
        zone = profile.zone
        self._zone_id = str(zone["zone_id"])
        self.name_label.setText(text_or_empty(zone.get("name")))
        where = " ".join(dict.fromkeys(
            p for p in (text_or_empty(zone.get("province")), text_or_empty(zone.get("city"))) if p))
        self.meta_label.setText(" · ".join(p for p in (text_or_empty(zone.get("kind")), where) if p)
                                or self.tr("Kind and place unknown"))
        others = [a for a in text_or_empty(zone.get("aliases")).split("|")
                  if a and a != text_or_empty(zone.get("name"))]
        self.aliases_label.setText(self.tr("Also called: {names}").format(names="、".join(others))
                                   if others else "")
        self.aliases_label.setVisible(bool(others))
        self._show_links(profile)
        self._show_tags(profile.industries, profile.keywords)

        parks = profile.parks["name"] if "name" in profile.parks else []
        self.figures.set_parks(text_or_empty(n) for n in parks)
        # the rows read from the corpus's columns where the profile says where
        # they are: converting every column of a large zone's frames cost
        # each switch milliseconds
        sources = getattr(profile, "sources", None) or {}
        self.figures.set_frame(profile.figures, sources.get("figures"))
        self.policies.set_frame(profile.policies, sources.get("policies"))
        self.articles.set_frame(profile.articles, sources.get("articles"))
        self._update_tab_titles()
        self.stack.setCurrentIndex(1)

    def show_key_indicators(self, frame, zone_id: str) -> None:
        """The zone's key indicators (indicators.key_indicators), above its figures."""
        self.key_indicators.set_frame(frame, zone_id)
        n = self.key_indicators.rowCount()
        self.key_title.setText(self.tr("Key indicators ({n})").format(n=n))
        self.key_box.setVisible(n > 0)
        rows = min(max(n, 1), 6)
        header = max(self.key_view.horizontalHeader().sizeHint().height(),
                     self.key_view.fontMetrics().height() + 10)
        height = header + rows * self.key_view.verticalHeader().defaultSectionSize() \
            + 2 * self.key_view.frameWidth() + 2
        self.key_view.setMinimumHeight(min(height, 3 * self.key_view.verticalHeader()
                                           .defaultSectionSize() + 30))
        self.key_view.setMaximumHeight(height + 200)
        sizes = self.body.sizes()
        total = sum(sizes) or self.body.height()
        want = height + self.key_title.sizeHint().height()
        self.body.setSizes([want, max(total - want, 120)])

    def key_indicator_rows(self) -> list[dict]:
        return [self.key_indicators.row(r) for r in range(self.key_indicators.rowCount())]

    def select_key_indicator(self, metric: str) -> bool:
        row = self.key_indicators.row_of(metric)
        if row < 0:
            return False
        index = self.key_proxy.mapFromSource(self.key_indicators.index(row, 0))
        self.key_view.selectionModel().setCurrentIndex(
            index, self.key_view.selectionModel().SelectionFlag.ClearAndSelect
            | self.key_view.selectionModel().SelectionFlag.Rows)
        return True

    def _key_selected(self, index) -> None:
        """A key indicator selects its figure (and so its sentence)."""
        from .profile_models import RowRole
        if not index.isValid():
            return
        row = index.data(RowRole)
        if not (row.get("figure_id") is not None and self.select_item(FIGURE, row.get("figure_id"))):
            self.item_selected.emit(FIGURE, row)

    def _request_series(self, index) -> None:
        from .profile_models import RowRole
        if index.isValid():
            self.series_requested.emit(text_or_empty(index.data(RowRole).get("metric")))

    def _show_links(self, profile) -> None:
        self._links = []
        parts = []
        if profile.parent is not None:
            parts.append(self.tr("Part of: {zone}").format(zone=self._link(profile.parent)))
        if not profile.parks.empty:
            parks = "、".join(self._link(p) for _, p in profile.parks.iterrows())
            parts.append(self.tr("Parks: {parks}").format(parks=parks))
        self.links_label.setText("<br>".join(parts))
        self.links_label.setVisible(bool(parts))

    def _link(self, zone) -> str:
        import html
        self._links.append(str(zone["zone_id"]))
        name = html.escape(text_or_empty(zone.get("name")) or str(zone["zone_id"]))
        return f'<a href="zone:{len(self._links) - 1}">{name}</a>'

    def _on_link(self, href: str) -> None:
        if href.startswith("zone:"):
            index = int(href[5:])
            if 0 <= index < len(self._links):
                self.zone_requested.emit(self._links[index])

    def _show_tags(self, industries: list[str], keywords: list[str]) -> None:
        import html
        def chips(terms):
            return " ".join(f'<span style="{TAG_STYLE}">&nbsp;{html.escape(str(t))}&nbsp;</span>'
                            for t in terms)
        rows = []
        industries_title = html.escape(self.tr("Industries"))
        keywords_title = html.escape(self.tr("Keywords"))
        if industries:
            rows.append(f"<b>{industries_title}</b>&nbsp; {chips(industries)}")
        if keywords:
            rows.append(f"<b>{keywords_title}</b>&nbsp; {chips(keywords[:15])}")
        self.tags_label.setText("<br>".join(rows))
        self.tags_label.setVisible(bool(rows))

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Key figures ({n})").format(n=self.figures.rowCount()))
        self.tabs.setTabText(1, self.tr("Policies ({n})").format(n=self.policies.rowCount()))
        self.tabs.setTabText(2, self.tr("Articles ({n})").format(n=self.articles.rowCount()))
        self.tabs.setTabText(TAB_NOTES, self.tr("Notes ({n})").format(n=self.notes.count()))

    # --- selection ---------------------------------------------------------------
    def _emit_row(self, kind: str, index) -> None:
        from .profile_models import RowRole
        if index.isValid():
            self.item_selected.emit(kind, index.data(RowRole))

    def _parts(self, kind: str):
        return {FIGURE: (self.figures, self.figure_proxy, self.figure_view, 0),
                POLICY: (self.policies, self.policy_proxy, self.policy_view, 1),
                ARTICLE: (self.articles, self.article_proxy, self.article_view, 2)}[kind]

    def select_item(self, kind: str, item_id) -> bool:
        """Select a figure/policy/article of the shown zone; emits item_selected."""
        model, proxy, view, tab = self._parts(kind)
        row = model.row_of(item_id)
        if row < 0:
            return False
        self.tabs.setCurrentIndex(tab)
        index = proxy.mapFromSource(model.index(row, 0))
        selection = view.selectionModel()
        if selection.currentIndex().row() == index.row():
            self._emit_row(kind, index)
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                  | selection.SelectionFlag.Rows)
        view.scrollTo(index)
        return True

    def select_span(self, kind: str, source_file: str, start: int, end: int) -> bool:
        """Select the figure/policy read from text[start:end] of `source_file`
        (its id may have changed since it was selected)."""
        model = self._parts(kind)[0]
        for r in range(model.rowCount()):
            row = model.row(r)
            if (text_or_empty(row.get("source_file")) == source_file
                    and _same(row.get("start"), start) and _same(row.get("end"), end)):
                return self.select_item(kind, row.get(model.id_column))
        return False

    def selected_figure(self) -> dict | None:
        if not self._page_built:  # nothing was shown, nothing is selected
            return None
        from .profile_models import RowRole
        index = self.figure_view.selectionModel().currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def selected_item(self) -> tuple[str, dict] | None:
        """The selected row of the visible list (None on the notes)."""
        if not self._page_built or not 0 <= self.tabs.currentIndex() < TAB_NOTES:
            return None
        from .profile_models import RowRole
        kind = (FIGURE, POLICY, ARTICLE)[self.tabs.currentIndex()]
        _model, _proxy, view, _tab = self._parts(kind)
        index = view.selectionModel().currentIndex()
        return (kind, index.data(RowRole)) if index.isValid() else None

    def figure_ids(self) -> list[str]:
        return [str(self.figures.row(r).get("figure_id")) for r in range(self.figures.rowCount())]
