"""The zone list: a table model over the zones DataFrame, a proxy that
filters by text, kind and province, and the widget around them."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer,
                            Signal)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QStackedWidget, QTableView,
                               QVBoxLayout, QWidget)

from .formatting import text_or_empty
from .pinyin_order import pinyin_key, save_keys, sorted_pinyin

COL_NAME, COL_KIND, COL_REGION, COL_FIGURES, COL_ARTICLES = range(5)
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2  # the zone's row as a dict
ZoneIdRole = Qt.ItemDataRole.UserRole + 3

_NUMERIC = {COL_FIGURES: "n_figures", COL_ARTICLES: "n_articles"}
# how long typing in the filter must pause before a zone it selected is shown
FILTER_SETTLE_MS = 150


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def region(row: dict) -> str:
    province, city = text_or_empty(row.get("province")), text_or_empty(row.get("city"))
    if city and city != province:
        return f"{province} {city}".strip()
    return province


def with_parent_places(zones):
    """The zones frame with each park's empty province and city taken from
    the zone it is part of (up the chain: a park of a park of 广州开发区 is
    in 广东省 广州市 too), so the province filter keeps the parks. A zone's
    own place is never replaced. Returns a new frame when anything changed."""
    if zones is None or not len(zones) or "parent_id" not in zones:
        return zones
    rows = {str(r["zone_id"]): r for r in zones.to_dict("records")}

    def place(zone_id: str, seen: set) -> tuple[str, str]:
        row = rows.get(zone_id)
        if row is None or zone_id in seen:
            return "", ""
        seen.add(zone_id)
        province, city = text_or_empty(row.get("province")), text_or_empty(row.get("city"))
        parent = text_or_empty(row.get("parent_id"))
        if parent and not (province and city):
            up_province, up_city = place(parent, seen)
            if not province:
                province, city = up_province, city or up_city
            elif province == up_province and not city:
                city = up_city
        return province, city

    filled = [place(str(z), set()) for z in zones["zone_id"]]
    provinces = [p for p, _c in filled]
    cities = [c for _p, c in filled]
    if provinces == [text_or_empty(v) for v in zones["province"]] and \
            cities == [text_or_empty(v) for v in zones["city"]]:
        return zones
    zones = zones.copy()
    zones["province"] = [p or None for p in provinces]
    zones["city"] = [c or None for c in cities]
    return zones


def merge_candidates(zones, zone_id: str) -> list[str]:
    """The names of the other zones, the likeliest to be the same zone as
    `zone_id` first: one whose name contains or shares most characters with
    this one's (广州开发区 / 广州经开区: the same city's 开发区), in the same city,
    then the same province, then the rest in pinyin order. The merge dialog
    proposes the first."""
    import difflib

    rows = [] if zones is None else zones.to_dict("records")
    this = next((r for r in rows if str(r["zone_id"]) == zone_id), None)
    if this is None:
        return sorted_pinyin(text_or_empty(r.get("name")) for r in rows)
    name = text_or_empty(this.get("name"))
    names = [name] + aliases(this)
    province, city = text_or_empty(this.get("province")), text_or_empty(this.get("city"))

    def score(row: dict) -> tuple:
        other = text_or_empty(row.get("name"))
        theirs = [other] + aliases(row)
        alike = max(difflib.SequenceMatcher(None, a, b).ratio() for a in names for b in theirs)
        inside = any(a in b or b in a for a in names for b in theirs if len(min(a, b, key=len)) >= 2)
        same_city = bool(city) and text_or_empty(row.get("city")) == city
        same_province = bool(province) and text_or_empty(row.get("province")) == province
        same_kind = text_or_empty(row.get("kind")) == text_or_empty(this.get("kind"))
        # not its own park nor its parent: those are other zones, not other names
        related = zone_id in (text_or_empty(row.get("parent_id")),) or \
            str(row["zone_id"]) == text_or_empty(this.get("parent_id"))
        return (related, -same_city, -round(alike + 0.3 * inside, 2), -same_kind,
                -same_province, pinyin_key(other))

    others = [r for r in rows if str(r["zone_id"]) != zone_id and text_or_empty(r.get("name"))]
    others.sort(key=score)
    return list(dict.fromkeys(text_or_empty(r.get("name")) for r in others))


def aliases(row: dict) -> list[str]:
    return [a for a in text_or_empty(row.get("aliases")).split("|") if a]


class ZoneTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict] = []
        self._names: dict[str, str] = {}
        self._row_of: dict[str, int] = {}
        self._search: list[tuple[str, ...]] = []  # casefolded name, id and aliases per row
        self._keys: list[tuple[str, str, str]] = []  # pinyin keys of name, kind, region

    def set_zones(self, zones) -> None:
        """`zones`: the corpus's zones DataFrame (or None to empty the list)."""
        self.beginResetModel()
        self._rows = [] if zones is None else zones.to_dict("records")
        self._names = {str(r["zone_id"]): text_or_empty(r.get("name")) for r in self._rows}
        # looked up on every selection and filtered on every keystroke: worked out once
        self._row_of = {}
        for i, r in enumerate(self._rows):
            self._row_of.setdefault(str(r["zone_id"]), i)
        self._search = [tuple(n.casefold() for n in (text_or_empty(r.get("name")),
                                                      str(r.get("zone_id")), *aliases(r)))
                        for r in self._rows]
        self._keys = [(pinyin_key(text_or_empty(r.get("name"))),
                       pinyin_key(text_or_empty(r.get("kind"))), pinyin_key(region(r)))
                      for r in self._rows]
        self.endResetModel()

    def search_names(self, row: int) -> tuple[str, ...]:
        return self._search[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Zone"), self.tr("Kind"), self.tr("Region"),
                    self.tr("Figures"), self.tr("Articles")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [self.tr("Canonical name of the zone"), self.tr("Kind of zone"),
                    self.tr("Province and city"),
                    self.tr("Number of key figures extracted"),
                    self.tr("Number of articles that mention the zone")][section]
        return None

    def row(self, row: int) -> dict:
        return self._rows[row]

    def zone_ids(self) -> list[str]:
        return [str(r["zone_id"]) for r in self._rows]

    def row_of(self, zone_id: str) -> int:
        return self._row_of.get(zone_id, -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NAME:
                return text_or_empty(row.get("name"))
            if col == COL_KIND:
                return text_or_empty(row.get("kind"))
            if col == COL_REGION:
                return region(row)
            return _int(row.get(_NUMERIC[col]))
        if role == SortRole:
            if col in _NUMERIC:
                return _int(row.get(_NUMERIC[col]))
            # by pinyin, as a reader looks names up (长治 under chang)
            return self._keys[index.row()][(COL_NAME, COL_KIND, COL_REGION).index(col)]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == RowRole:
            return row
        if role == ZoneIdRole:
            return str(row["zone_id"])
        return None

    def _tooltip(self, row: dict) -> str:
        lines = [text_or_empty(row.get("name"))]
        names = [a for a in aliases(row) if a != lines[0]]
        if names:
            lines.append(self.tr("Also called: {names}").format(names="、".join(names)))
        parent = text_or_empty(row.get("parent_id"))
        if parent:
            lines.append(self.tr("Part of: {zone}").format(zone=self._names.get(parent, parent)))
        lines.append(self.tr("{figures} figures, {policies} policies, {articles} articles").format(
            figures=_int(row.get("n_figures")), policies=_int(row.get("n_policies")),
            articles=_int(row.get("n_articles"))))
        return "\n".join(lines)


class ZoneFilterProxy(QSortFilterProxyModel):
    """Filters by a substring of the name or any alias, by kind and by province."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind = ""
        self._province = ""
        self.setSortRole(SortRole)
        self.setSortLocaleAware(False)  # the sort role gives pinyin keys, compared as they are
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self._change_filter("_text", text.strip().casefold())

    def set_kind(self, kind: str) -> None:
        self._change_filter("_kind", kind)

    def set_province(self, province: str) -> None:
        self._change_filter("_province", province)

    def _change_filter(self, name: str, value: str) -> None:
        if getattr(self, name) == value:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            setattr(self, name, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            setattr(self, name, value)
            self.invalidateFilter()

    def is_filtering(self) -> bool:
        return bool(self._text or self._kind or self._province)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        row = self.sourceModel().row(source_row)
        if self._kind and text_or_empty(row.get("kind")) != self._kind:
            return False
        if self._province and text_or_empty(row.get("province")) != self._province:
            return False
        if self._text:
            return any(self._text in n for n in self.sourceModel().search_names(source_row))
        return True


class ZoneListWidget(QWidget):
    zone_selected = Signal(str)  # zone_id, or "" when nothing is selected

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = ZoneTableModel(self)
        self.proxy = ZoneFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or alias (Ctrl+L)"))
        self.filter_edit.setToolTip(self.tr("Show only zones whose name or alias contains this text"))
        self.kind_combo = QComboBox()
        self.kind_combo.setToolTip(self.tr("Show only zones of this kind"))
        self.province_combo = QComboBox()
        self.province_combo.setToolTip(self.tr("Show only zones in this province"))
        for combo in (self.kind_combo, self.province_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(4)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_FIGURES, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_KIND, COL_REGION, COL_FIGURES, COL_ARTICLES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionHidden(COL_REGION, True)  # the province filter covers it; right-click shows it
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self._hidden_by_user = {COL_REGION}
        self._add_column_toggles(header)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self.province_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        self.filter_edit.textChanged.connect(self._on_filter_text)
        self.filter_edit.installEventFilter(self)
        self.kind_combo.currentIndexChanged.connect(
            lambda: self._apply(self.proxy.set_kind, self.kind_combo.currentData() or ""))
        self.province_combo.currentIndexChanged.connect(
            lambda: self._apply(self.proxy.set_province, self.province_combo.currentData() or ""))
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self._loading = False
        self._filtering = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(FILTER_SETTLE_MS)
        self._settle.timeout.connect(self._emit_settled)
        self._fill_combos(None)
        self._update_count()

    def _add_column_toggles(self, header) -> None:
        from PySide6.QtGui import QAction
        for col in (COL_KIND, COL_REGION, COL_FIGURES, COL_ARTICLES):
            title = self.model.headerData(col, Qt.Orientation.Horizontal)
            action = QAction(title, header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(col))
            action.toggled.connect(lambda on, c=col: self._toggle_column(c, on))
            header.addAction(action)

    def _toggle_column(self, column: int, shown: bool) -> None:
        (self._hidden_by_user.discard if shown else self._hidden_by_user.add)(column)
        self.view.horizontalHeader().setSectionHidden(column, not shown)
        self._fit_columns()

    def name_width(self) -> int:
        """What the zone name needs at least: about eight characters."""
        return self.view.fontMetrics().horizontalAdvance("广州开发区高新区") + 12

    def _fit_columns(self) -> None:
        """In a narrow list the zone's name keeps a readable width: the
        Articles, Region and Kind columns step aside, in that order, until
        there is room (they come back when the list is wider; right-click
        the header to choose them)."""
        if not self.model.rowCount():
            # no zones: a label stands in for the list, and set_zones fits
            # it when they come (asking for its viewport before the window
            # has first painted would cost that paint ~10 ms)
            return
        header = self.view.horizontalHeader()
        wanted = [c for c in (COL_KIND, COL_REGION, COL_FIGURES, COL_ARTICLES)
                  if c not in self._hidden_by_user]

        def width(column: int) -> int:
            return max(self.view.sizeHintForColumn(column), header.sectionSizeHint(column))

        room = self.view.viewport().width() or self.view.width()
        dropped: set[int] = set()
        for column in (COL_ARTICLES, COL_REGION, COL_KIND):
            if room - sum(width(c) for c in wanted if c not in dropped) >= self.name_width():
                break
            if column in wanted:
                dropped.add(column)
        for column in wanted:
            if header.isSectionHidden(column) != (column in dropped):
                header.setSectionHidden(column, column in dropped)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # --- data ----------------------------------------------------------------
    def set_zones(self, zones) -> None:
        previous = self.current_zone_id()
        zones = with_parent_places(zones)
        self.model.set_zones(zones)
        self._fill_combos(zones)
        save_keys()  # the next start sorts these names without importing pypinyin
        self._update_count()
        self._fit_columns()
        if previous and self.model.row_of(previous) >= 0:
            self.select_zone(previous)
        else:
            self.zone_selected.emit("")

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self._update_count()

    def _fill_combos(self, zones) -> None:
        for combo, column, all_text in (
                (self.kind_combo, "kind", self.tr("All kinds")),
                (self.province_combo, "province", self.tr("All provinces"))):
            keep = combo.currentData() or ""
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, "")
            values = [] if zones is None else sorted_pinyin(
                {text_or_empty(v) for v in zones[column]} - {""})
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self.proxy.set_kind(self.kind_combo.currentData() or "")
        self.proxy.set_province(self.province_combo.currentData() or "")

    # --- filtering -------------------------------------------------------------
    def _on_filter_text(self, text: str) -> None:
        self._apply(self.proxy.set_text, text)

    def _apply(self, setter, value) -> None:
        self._filtering = True
        try:
            setter(value)
        finally:
            self._filtering = False
        self._update_count()

    def clear_filters(self) -> None:
        self.filter_edit.clear()
        self.kind_combo.setCurrentIndex(0)
        self.province_combo.setCurrentIndex(0)

    def eventFilter(self, watched, event) -> bool:
        """Down (or PgDown) in the filter box moves into the list, on the
        zone shown or else the first one."""
        from PySide6.QtCore import QEvent
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
                and self.proxy.rowCount()):
            if not self.view.selectionModel().currentIndex().isValid():
                self.select_zone(str(self.proxy.index(0, COL_NAME).data(ZoneIdRole)))
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("Showing {shown} of {total} zones").format(
            shown=shown, total=total))
        if shown:
            self.stack.setCurrentWidget(self.view)
            return
        if self._loading and not total:
            self.empty_label.setText(self.tr("Loading articles…"))
        elif not total:
            self.empty_label.setText(self.tr(
                "No zones yet.\nOpen articles with File ▸ Open Folder (Ctrl+Shift+O) "
                "or drop files here."))
        else:
            self.empty_label.setText(self.tr("No zone matches the filter."))
        self.stack.setCurrentWidget(self.empty_label)

    # --- selection -------------------------------------------------------------
    def _on_current(self, current, _previous) -> None:
        if self._filtering:
            # the filter took the selected zone away while the user types: show
            # what is selected once the typing pauses, not at every keystroke
            self._settle.start()
            return
        self._settle.stop()
        self.zone_selected.emit(str(current.data(ZoneIdRole)) if current.isValid() else "")

    def _emit_settled(self) -> None:
        self.zone_selected.emit(self.current_zone_id())

    def current_zone_id(self) -> str:
        index = self.view.selectionModel().currentIndex()
        return str(index.data(ZoneIdRole)) if index.isValid() else ""

    def select_zone(self, zone_id: str) -> bool:
        row = self.model.row_of(zone_id)
        if row < 0:
            return False
        source = self.model.index(row, COL_NAME)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the filter: the user asked for it, so show it
            self.clear_filters()
            index = self.proxy.mapFromSource(source)
        if index == self.view.selectionModel().currentIndex():
            self.zone_selected.emit(zone_id)
        self.view.selectionModel().setCurrentIndex(
            index, self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def visible_zone_ids(self) -> list[str]:
        return [str(self.proxy.index(r, 0).data(ZoneIdRole)) for r in range(self.proxy.rowCount())]
