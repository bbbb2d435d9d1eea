"""The main window: zone list | profile, charts, search | source text.

It only arranges the parts and passes selections between them; each part
lives in its own module. Nothing here imports pandas or pyqtgraph at module
level, so the window paints before the corpus (and those libraries) load.
It paints first as a frame (menus, toolbar, status bar) whose modules do not
even touch Qt's namespace (PySide takes ~20 ms to create its enums); the
panes are imported and built right after that paint (build_panes), or when
first asked for; the tabs it does not show at first and the dialogs when
first needed (lazy_pages).

What it shows is the extracted corpus with the analyst's own work laid over
it (userdata_bridge); review.py makes that work, and after each change the
window shows the corpus again, keeping the zone and item in view.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

from .actions import create_actions, create_menus
from .formatting import format_value, text_or_empty
from .item_kinds import ARTICLE, FIGURE
from .review import Focus, ReviewController
from .settings import Settings
from .userdata_bridge import Loaded, UserDataBridge, notes_of, with_rejected

if TYPE_CHECKING:  # imported where they are first used
    from PySide6.QtWidgets import QTabWidget

    from .banner import MessageBanner
    from .import_report import ImportReportDialog
    from .indicators_ui import CompareView, ConflictsView
    from .loader import Job
    from .profile_panel import ProfilePanel
    from .search_panel import SearchPanel
    from .source_view import SourceView
    from .status_bar import LoadStatus
    from .zone_list import ZoneListWidget

TAB_PROFILE, TAB_CHARTS, TAB_SEARCH, TAB_COMPARE, TAB_CONFLICTS = range(5)
FILE_FILTER = "*.txt *.md *.html *.htm *.csv *.json"


def load_work(paths: list[str] | None):
    """The background job that reads the corpus. The pipeline (pandas, jieba)
    is imported here, on the worker thread, never before the window shows.
    Its progress is passed on by phase (load_phases)."""
    from .loader import corpus_work  # with the zones assigned to files (assignments.json)
    return corpus_work(paths)


def printing_available() -> bool:
    return importlib.util.find_spec("zoneprofiles.ui.printing") is not None


class _Pane:
    """A part of the window made with its panes (build_panes): asking for it
    builds them, if the first paint has not already been followed by that."""

    def __set_name__(self, owner, name: str) -> None:
        self._attribute = "_" + name

    def __get__(self, window, owner=None):
        if window is None:
            return self
        window.build_panes()
        return getattr(window, self._attribute)


class MainWindow(QMainWindow):
    corpus_loaded = Signal(object)  # a new corpus is on screen
    load_finished = Signal(str)  # "loaded", "failed" or "cancelled"

    def __init__(self, settings: Settings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings or Settings()
        self.corpus = None
        self.job: Job | None = None
        self._abandoned: list[Job] = []  # cancelled jobs whose threads have not ended yet
        self._paths: list[str] | None = None  # what the last load was asked to open
        self._shown_paths: list[str] | None = None  # what the corpus on screen was read from
        self._report: ImportReportDialog | None = None
        self.charts = None  # built with the first corpus: pyqtgraph is slow to import
        self.userdata = UserDataBridge(self)
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Zone Profiles"))

        # The frame (menus, toolbar, status bar) is built now and painted
        # first; the panes in it are built right after that first paint
        # (build_panes), or whenever one of them is asked for before.
        self._panes_built = False
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        for _ in range(3):  # zone list | profile, charts… | source, in their places
            placeholder = QWidget()
            placeholder.setMinimumWidth(200)
            self.splitter.addWidget(placeholder)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 3)
        central = QWidget()
        self._central_layout = layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.statusBar()
        self.acts = create_actions(self)
        self.review = ReviewController(self)
        create_menus(self, self.acts, self.review)
        from .history import install as install_history
        self.history = install_history(self)  # Back/Forward between zones (Alt+Left/Right)
        self._restore_frame()
        self._update_actions()

    # --- the panes, built after the first paint ---------------------------------------
    zone_list: ZoneListWidget = _Pane()
    profile: ProfilePanel = _Pane()
    source: SourceView = _Pane()
    tabs: QTabWidget = _Pane()
    banner: MessageBanner = _Pane()
    load_status: LoadStatus = _Pane()

    def panes_built(self) -> bool:
        return self._panes_built

    def build_panes(self) -> None:
        """The zone list, the tabs and the source view take their
        placeholders' places (once)."""
        if self._panes_built:
            return
        self._panes_built = True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QTabWidget

        from .banner import MessageBanner
        from .lazy_pages import LazyPages
        from .profile_panel import ProfilePanel
        from .source_view import SourceView
        from .status_bar import LoadStatus
        from .zone_list import ZoneListWidget
        self._zone_list = ZoneListWidget()
        self._profile = ProfilePanel()
        self._source = SourceView()
        self._tabs = tabs = QTabWidget()
        tabs.addTab(self._profile, self.tr("Profile"))
        self._charts_placeholder = QLabel(self.tr("Charts appear once articles are loaded."))
        self._charts_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._charts_placeholder.setEnabled(False)
        tabs.addTab(self._charts_placeholder, self.tr("Charts"))
        # search, compare and conflicts are built when first shown or used
        # (the `search`, `compare` and `conflicts` properties)
        self._pages = LazyPages(tabs)
        self._pages.add(self.tr("Search"), self._make_search)
        self._pages.add(self.tr("Compare"), self._make_compare)  # one indicator across zones (Ctrl+4)
        self._pages.add(self.tr("Conflicts"), self._make_conflicts)  # sources that disagree (Ctrl+5)
        self._banner = MessageBanner()
        self._central_layout.insertWidget(0, self._banner)
        for index, widget in enumerate((self._zone_list, tabs, self._source)):
            widget.setMinimumWidth(200)
            self.splitter.replaceWidget(index, widget).deleteLater()  # at its size
        # the load's progress and buttons after the panes, so that Tab reaches
        # them after the panes' own
        self._load_status = LoadStatus()
        self.statusBar().addPermanentWidget(self._load_status)
        self._load_status.cancel_requested.connect(self.cancel_load)
        self._load_status.report_requested.connect(self.show_import_report)
        self.history.add_icons(self.navigation_bar)

        self._zone_list.zone_selected.connect(self._show_zone)
        self._profile.item_selected.connect(self._on_item_selected)
        self._profile.zone_requested.connect(self._zone_list.select_zone)
        self._source.item_clicked.connect(self._on_source_clicked)
        self._profile.series_requested.connect(self.show_series)
        self.review.attach_panes()
        self._restore_panes()
        self._update_actions()

    def finish_start(self) -> None:
        """Once the window is on screen: build what its first paint did not
        need, so that nothing waits for it later."""
        self.build_panes()
        self.profile.build_page()
        self._pages.build_all()

    # --- the tabs built when first needed ------------------------------------------
    @property
    def search(self) -> SearchPanel:
        self.build_panes()
        return self._pages.page(TAB_SEARCH)

    @property
    def compare(self) -> CompareView:
        self.build_panes()
        return self._pages.page(TAB_COMPARE)

    @property
    def conflicts(self) -> ConflictsView:
        self.build_panes()
        return self._pages.page(TAB_CONFLICTS)

    # no corpus is given here: _show_corpus gives it to every page, building
    # those that were not built yet
    def _make_search(self) -> SearchPanel:
        from .search_panel import SearchPanel
        search = SearchPanel()
        search.hit_activated.connect(self._on_search_hit)
        return search

    def _make_compare(self) -> CompareView:
        from .indicators_ui import CompareView
        compare = CompareView()
        compare.figure_clicked.connect(lambda row: self.select_item(FIGURE, row))
        compare.export_requested.connect(self.export_compare)
        return compare

    def _make_conflicts(self) -> ConflictsView:
        from .indicators_ui import ConflictsView
        conflicts = ConflictsView()
        conflicts.figure_selected.connect(lambda row: self.select_item(FIGURE, row))
        conflicts.choose_requested.connect(self.review.choose)
        return conflicts

    # --- loading -------------------------------------------------------------------
    def open_paths(self, paths: list[str] | None) -> Job:
        """Load files/folders (None: the bundled sample articles) in the background."""
        from .loader import Job
        self._abandon_job()
        self._paths = list(paths) if paths else None
        job = Job(self.userdata.wrap(load_work(self._paths)), self)
        self.job = job
        job.progress.connect(lambda d, t, m: job is self.job and self._on_progress(d, t, m))
        job.succeeded.connect(lambda corpus: job is self.job and self._on_loaded(corpus))
        job.failed.connect(lambda msg, details: job is self.job and self._on_failed(msg, details))
        job.finished.connect(self._tell_userdata)
        job.cancelled.connect(lambda: job is self.job and self._on_cancelled())
        self.load_status.start()
        self.zone_list.set_loading(True)
        self.profile.set_loading(self.corpus is None)
        self.acts.cancel_load.setEnabled(True)
        self.statusBar().showMessage(self.tr("Loading articles…"))
        if self._paths:
            self.settings.add_recent_paths(self._paths)
        return job.start()

    def last_session_paths(self) -> list[str] | None:
        """What to open at start-up without paths: what was open last time
        (read again from the cache, so it is quick), if it is all still
        there; else the bundled articles."""
        paths = self.settings.session_paths()
        if not paths:
            return None
        return paths if all(Path(p).exists() for p in paths) else None

    def open_seeds(self) -> None:
        self.open_paths(None)

    def reload(self) -> None:
        self.open_paths(self._paths)

    def cancel_load(self) -> None:
        """Esc: the load stops now as far as the window is concerned: the
        corpus and zone shown before stay, and the job's thread, told to stop,
        ends at its next check with its result dropped."""
        if self._abandon_job():
            self._paths = self._shown_paths  # F5 reads again what is on screen
            self._on_cancelled()

    def _abandon_job(self) -> bool:
        job = self.job
        if job is None or not job.is_running():
            return False
        job.cancel()
        self._abandoned = [j for j in self._abandoned if j.is_running()] + [job]
        self.job = None
        return True

    def _on_progress(self, done: int, total: int, message: str) -> None:
        from .load_phases import CACHE, EXTRACT, RANK, split
        self.load_status.set_progress(done, total, message)
        phase, name = split(message)
        if phase == CACHE:
            text = self.tr("Opening the saved copy of these articles…")
        elif phase == RANK:
            text = self.tr("Ranking each zone's keywords and industries…")
        elif phase == EXTRACT:
            text = self.tr("Extracting figures and policies from {file}…").format(file=name)
        elif name:
            text = self.tr("Reading {file}…").format(file=name)
        else:
            return
        self.statusBar().showMessage(text)

    def _load_ended(self, outcome: str) -> None:
        self.load_status.finish()
        self.zone_list.set_loading(False)
        self.profile.set_loading(False)
        self.acts.cancel_load.setEnabled(False)
        self.load_finished.emit(outcome)

    def _on_loaded(self, loaded: Loaded) -> None:
        corpus = self.userdata.arrived(loaded)
        self._shown_paths = self._paths
        self._show_corpus(corpus)
        failed = [p for p in corpus.problems if p.fatal]
        files = len(corpus.texts)
        loaded = (self.tr("Loaded {n} files") if files != 1
                  else self.tr("Loaded {n} file")).format(n=files)
        from .assign_zone import unnamed_note
        loaded += unnamed_note(corpus)  # files that speak of a zone without naming it
        if failed:
            self.statusBar().showMessage(self.tr(
                "{loaded}; {failed} could not be read (see the import report).").format(
                loaded=loaded, failed=len(failed)))
        else:
            zones = len(corpus.zones)
            self.statusBar().showMessage(self.tr("{loaded}, {zones}.").format(
                loaded=loaded, zones=(self.tr("{n} zones") if zones != 1
                                      else self.tr("{n} zone")).format(n=zones)), 8000)
        self._load_ended("loaded")
        if failed and self._paths:  # the user chose these files: say at once what failed
            self.show_import_report()

    def _on_failed(self, message: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox
        self.statusBar().showMessage(self.tr("Loading failed: {message}").format(message=message))
        self._load_ended("failed")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Loading failed"),
                          self.tr("The articles could not be loaded:\n{message}").format(
                              message=message), QMessageBox.StandardButton.Close, self)
        box.setDetailedText(details)
        box.open()  # window-modal, does not block the event loop

    def _on_cancelled(self) -> None:
        self.statusBar().showMessage(
            self.tr("Cancelled; the articles shown before stay.") if self.corpus is not None
            else self.tr("Cancelled."), 8000)
        self._load_ended("cancelled")

    # --- the corpus on screen ---------------------------------------------------------
    def set_corpus(self, corpus) -> None:
        """Show an extracted corpus, with the analyst's work laid over it."""
        self.userdata.base = corpus
        self._show_corpus(self.userdata.overlay(corpus))
        self._tell_userdata()
        from .. import heap
        heap.settle()  # the corpus lives until the next load: out of the collector's walks

    def _show_corpus(self, corpus) -> None:
        self.corpus = corpus
        self._ensure_charts()
        self.source.set_corpus(corpus)
        self.search.set_corpus(corpus)
        self.charts.set_corpus(corpus)
        self.compare.set_corpus(corpus)
        self.conflicts.set_corpus(corpus)
        self.load_status.set_problems(len(corpus.problems))
        from zoneprofiles.ingest.plan import BUNDLED_NAME
        name = self.tr("Sample articles") if corpus.name == BUNDLED_NAME else corpus.name
        self.setWindowTitle(self.tr("Zone Profiles — {name}").format(name=name)
                            if corpus.name else self.tr("Zone Profiles"))
        from .zone_list import with_parent_places
        corpus.zones = with_parent_places(corpus.zones)  # parks in their zone's province
        self.zone_list.set_zones(corpus.zones)
        restore, self._restore_zone = self._restore_zone, ""
        if restore and not self.zone_list.current_zone_id():
            self.zone_list.select_zone(restore)  # the zone the analyst had open last time
        if not self.zone_list.current_zone_id() and self.zone_list.visible_zone_ids():
            self.zone_list.select_zone(self.zone_list.visible_zone_ids()[0])
        self._update_actions()
        self.corpus_loaded.emit(corpus)

    # --- the analyst's work -------------------------------------------------------------
    def refresh_userdata(self, focus: Focus | None) -> None:
        """Show the corpus again after a change in the store, keeping in view
        the zone, the item and the passage the analyst was working on."""
        item = self.profile.selected_item()
        if focus is None and item is not None and item[0] != ARTICLE:
            row = item[1]
            focus = Focus("", item[0], text_or_empty(row.get("source_file")),
                          int(row["start"]), int(row["end"]))
        source_file, scroll = self.source.current_file(), self.source.scroll_position()
        tab = self.profile.tabs.currentIndex()
        self.userdata.edited()
        shown = self.userdata.refresh()
        if shown is None:
            return
        self._show_corpus(shown)
        if focus is not None and focus.zone and focus.zone != self.zone_list.current_zone_id():
            self.zone_list.select_zone(focus.zone)
        self.profile.tabs.setCurrentIndex(tab)
        found = focus is not None and focus.kind and self.profile.select_span(
            focus.kind, focus.source_file, focus.start, focus.end)
        if not found and source_file:
            self.source.restore(source_file, scroll)
        self._tell_userdata()

    def refresh_zone(self) -> None:
        """Show the current zone again (e.g. with or without rejected items)."""
        item = self.profile.selected_item()
        self._show_zone(self.profile.zone_id())
        if item is not None and item[0] != ARTICLE:
            row = item[1]
            self.profile.select_span(item[0], text_or_empty(row.get("source_file")),
                                     int(row["start"]), int(row["end"]))

    def _tell_userdata(self) -> None:
        """Start-up news of the store, a failed overlay, and work that lost its place."""
        self.userdata.tell(self.banner, self.corpus, self.review.show_orphans)

    def _ensure_charts(self) -> None:
        if self.charts is not None:
            return
        from .charts import ChartsPanel
        self.charts = ChartsPanel()
        self.charts.figure_clicked.connect(lambda row: self.select_item(FIGURE, row))
        current = self.tabs.currentIndex()
        self.tabs.removeTab(TAB_CHARTS)
        self._charts_placeholder.deleteLater()
        self.tabs.insertTab(TAB_CHARTS, self.charts, self.tr("Charts"))
        self.tabs.setCurrentIndex(current)

    def _show_zone(self, zone_id: str) -> None:
        if not zone_id or self.corpus is None:
            self.profile.clear()
            if self.charts is not None:
                self.charts.show_profile(None)
            self._update_actions()
            return
        profile = self.corpus.profile(zone_id)
        # the previous zone's article is no source of this one; an empty profile says why
        self.source.show_zone(profile)
        self.history.visited(zone_id)
        shown = with_rejected(self.corpus, profile) \
            if self.review.acts.show_rejected.isChecked() else profile
        self.profile.show_profile(shown)
        self.profile.set_notes(notes_of(self.corpus, zone_id))
        self._show_key_indicators(zone_id)
        self.charts.show_profile(profile)
        self._update_actions()

    def _show_key_indicators(self, zone_id: str) -> None:
        """The zone's key indicators above its figures; the series chart
        follows the zone with the indicator it shows."""
        key = self.corpus.key_indicators(zone_id)
        self.profile.show_key_indicators(key, zone_id)
        metrics = [str(m) for m in key["metric"]]
        series = self.charts.series
        series.set_metrics(metrics)
        shown = series.metric()
        self.show_series(shown if shown in metrics else (metrics[0] if metrics else ""),
                         switch=False)

    def show_series(self, metric: str, switch: bool = True) -> None:
        """Charts ▸ Over Time: every value of `metric` for the zone shown."""
        zone_id = self.profile.zone_id()
        if self.corpus is None or self.charts is None:
            return
        corpus = self.corpus
        # computed when the chart is drawn or read: a zone switch with the
        # Charts tab out of sight does not pay for it
        frame = (lambda: corpus.series(zone_id, metric)) if zone_id and metric else None
        name = self.profile.name_label.text()
        self.charts.series.show_series(frame, name, metric, zone_id)
        if switch:
            self.show_tab(TAB_CHARTS)
            self.charts.setCurrentWidget(self.charts.series)

    def export_compare(self) -> list[Path]:
        """Compare ▸ Export…: the indicator for every zone, period and basis, with sources."""
        from PySide6.QtWidgets import QMessageBox
        from zoneprofiles import tables
        from .export_dialog import start_folder
        table = self.compare.export_table()
        if table is None:
            return []
        start = str(Path(start_folder(self.settings)) / f"{self.compare.metric()}.xlsx")
        chosen = self.save_file_name(self.tr("Export Comparison"), start, ";;".join(
            (self.tr("Excel workbook (*.xlsx)"), self.tr("CSV files (*.csv)"))))
        if not chosen:
            return []
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        try:
            written = (tables.write_xlsx(table, path, sheet="compare")
                       if path.suffix.lower() == ".xlsx" else tables.write_csv(table, path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export Comparison"), self.tr(
                "Could not write the file:\n{path}\n\n{error}").format(path=path, error=exc))
            return []
        self.settings.set_export_directory(str(path.parent))
        self.announce_saved([written])
        return [written]

    # --- selections passed between the parts ----------------------------------------
    def _on_item_selected(self, kind: str, row: dict) -> None:
        self.source.show_item(kind, row)
        if kind == FIGURE and self.charts is not None:
            self.charts.select_figure(row.get("figure_id"))
        self._update_actions()

    def select_item(self, kind: str, row: dict) -> bool:
        """Select a figure/policy (from the source view or a chart): its zone
        in the list, the item in the profile, its span in the source."""
        zone_id = text_or_empty(row.get("zone_id"))
        if zone_id and zone_id != self.profile.zone_id():
            self.zone_list.select_zone(zone_id)
        id_column = {FIGURE: "figure_id", "policy": "policy_id", ARTICLE: "article_id"}[kind]
        return self.profile.select_item(kind, row.get(id_column))

    def _on_source_clicked(self, kind: str, row: dict) -> None:
        self.select_item(kind, row)
        self.show_tab(TAB_PROFILE)

    def _on_search_hit(self, row: dict) -> None:
        start, end = int(row["start"]), int(row["end"])
        self.source.show_span(str(row["source_file"]), (start, end))

    # --- actions ---------------------------------------------------------------------
    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Open Articles"), self._open_folder_start(),
            self.tr("Articles ({patterns});;All files (*)").format(patterns=FILE_FILTER))
        if files:
            self.settings.set_last_directory(str(Path(files[0]).parent))
            self.open_paths(files)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open Folder"),
                                                  self._open_folder_start())
        if folder:
            self.settings.set_last_directory(folder)
            self.open_paths([folder])

    def _open_folder_start(self) -> str:
        """Open dialogs start where the last one was, else in Documents (not
        in the program's folder)."""
        from .export_dialog import documents_folder
        last = self.settings.last_directory()
        return last if last and Path(last).is_dir() else documents_folder()

    def fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_paths()
        for i, path in enumerate(recent, 1):
            shown = path.replace("&", "&&")
            action = menu.addAction(f"&{i} {shown}" if i < 10 else shown)
            action.setToolTip(path)
            action.setData(path)
            if not Path(path).exists():  # moved or deleted since: say so, do not fail later
                action.setEnabled(False)
                action.setText(self.tr("{path} (not found)").format(path=action.text()))
            action.triggered.connect(lambda _=False, p=path: self.open_paths([p]))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Clear List"), self.settings.clear_recent_paths)
        else:
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def assign_zone(self) -> None:
        """File ▸ Assign a Zone to Files: for articles that never print their zone's name."""
        from .assign_zone import open_assign_dialog
        open_assign_dialog(self)

    def show_import_report(self) -> None:
        from .import_report import ImportReportDialog
        if self.corpus is None:
            return
        if self._report is not None:
            self._report.close()
        self._report = ImportReportDialog(self.corpus.problems, len(self.corpus.texts), self)
        self._report.show()

    def import_report(self) -> ImportReportDialog | None:
        return self._report

    def copy_selection(self) -> None:
        text = self.selection_text()
        if text:
            QGuiApplication.clipboard().setText(text)
            self.statusBar().showMessage(self.tr("Copied with its source."), 4000)

    def selection_text(self) -> str:
        """The selected figure (or policy) with its sentence and where it is printed."""
        item = self.profile.selected_item()
        if item is None:
            row = self.profile.selected_figure()
            item = (FIGURE, row) if row else None
        if item is None:
            return ""
        if item[0] == ARTICLE:  # the article's citation: title, outlet, date, file
            from .profile_models import article_source_line
            row = item[1]
            title = text_or_empty(row.get("title"))
            return "\n".join(p for p in (" · ".join(
                p for p in (f"《{title}》" if title else "", article_source_line(row)) if p),
                text_or_empty(row.get("source_file"))) if p)
        kind, row = item
        if kind == FIGURE:
            what = text_or_empty(row.get("label")) + "：" + format_value(
                row.get("value"), row.get("unit"), row.get("qualifier"), row.get("raw"))
            period = text_or_empty(row.get("period"))
            if period:
                what += f"（{period}）"
        else:
            what = text_or_empty(row.get("title"))
        zone = self.zone_list.model.row(self.zone_list.model.row_of(str(row.get("zone_id"))))
        title, printed = "", ""
        article_id = row.get("article_id")
        if self.corpus is not None and article_id is not None:
            try:
                article = self.corpus.article(article_id)
                title = text_or_empty(article["title"])
                from .profile_models import article_source_line
                printed = article_source_line(article.to_dict())  # outlet · date
            except (IndexError, KeyError):
                title = ""
        cited = " · ".join(p for p in (f"《{title}》" if title else "", printed) if p)
        source = self.tr("Source: {file}, {title}, characters {start}–{end}").format(
            file=text_or_empty(row.get("source_file")), title=cited,
            start=int(row["start"]), end=int(row["end"]))
        return "\n".join([f"{text_or_empty(zone.get('name'))} {what}",
                          f"“{text_or_empty(row.get('sentence'))}”", source])

    def focus_search(self) -> None:
        self.show_tab(TAB_SEARCH)
        self.search.focus_query()

    def focus_zone_filter(self) -> None:
        self.zone_list.focus_filter()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _zone_ids_for_print(self) -> list[str]:
        current = self.zone_list.current_zone_id()
        return [current] if current else self.zone_list.visible_zone_ids()

    def print_preview(self) -> None:
        from zoneprofiles.ui import printing  # written separately; loaded only when asked for
        printing.print_preview(self, self.corpus, self._zone_ids_for_print(),
                               language=self.print_language())

    def print_language(self) -> str:
        """The printed page's own words: English when the English UI asks for it
        (File ▸ Printout Language, English by default there), else Chinese."""
        return "en" if self.acts.print_en.isChecked() and self.settings.language() == "en" else "zh"

    def export_pdf(self) -> None:
        from zoneprofiles.ui import printing
        from .export_dialog import start_folder
        path = printing.export_pdf(self, self.corpus, self._zone_ids_for_print(),
                                   folder=start_folder(self.settings),
                                   language=self.print_language())
        if path is not None:
            self.settings.set_export_directory(str(path.parent))
            self.announce_saved([path])

    # --- spreadsheet export ------------------------------------------------------------
    def save_file_name(self, title: str, start: str, filters: str) -> str:
        """The save dialog (tests replace this one call)."""
        from PySide6.QtWidgets import QFileDialog
        chosen, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        return chosen

    def export_spreadsheet(self) -> None:
        """File ▸ Export Spreadsheet: ask what and in which format, then where."""
        from .export_dialog import ExportDialog
        if self.corpus is None:
            return
        zone_id = self.zone_list.current_zone_id()
        name = ""
        if zone_id:
            name = text_or_empty(self.zone_list.model.row(
                self.zone_list.model.row_of(zone_id)).get("name"))
        dialog = ExportDialog(name, self)
        dialog.accepted.connect(lambda: self._export_chosen(zone_id, *dialog.choice()))
        dialog.finished.connect(dialog.deleteLater)
        self.export_dialog = dialog
        dialog.open()  # window-modal, the event loop keeps running

    def _export_chosen(self, zone_id: str, scope: str, fmt: str) -> list[Path]:
        from PySide6.QtWidgets import QMessageBox
        from .export_dialog import FORMAT_XLSX, start_folder, suggested_name, write_export
        filters = (self.tr("Excel workbook (*.xlsx)") if fmt == FORMAT_XLSX
                   else self.tr("CSV files (*.csv)"))
        start = str(Path(start_folder(self.settings)) / suggested_name(
            self.corpus, zone_id, scope, fmt))
        chosen = self.save_file_name(self.tr("Export Spreadsheet"), start, filters)
        if not chosen:
            return []
        path = Path(chosen)
        if path.suffix.lower() != "." + fmt:
            path = path.with_name(path.name + "." + fmt)
        from PySide6.QtCore import Qt
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = write_export(self.corpus, zone_id, scope, fmt, path)
        except OSError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Export Spreadsheet"), self.tr(
                "Could not write the file:\n{path}\n\n{error}").format(path=path, error=exc))
            return []
        QGuiApplication.restoreOverrideCursor()
        self.settings.set_export_directory(str(path.parent))
        self.announce_saved(written)
        return written

    def announce_saved(self, paths: list[Path]) -> None:
        """Say where the file went (status bar) and offer to open its folder."""
        from .export_dialog import open_folder
        paths = [Path(p) for p in paths]
        if len(paths) == 1:
            text = self.tr("Saved to {path}").format(path=paths[0])
        else:
            text = self.tr("Saved {n} files in {folder}").format(n=len(paths),
                                                                folder=paths[0].parent)
        self.statusBar().showMessage(text, 15000)
        self.banner.show_message("saved", "notice", text, action_text=self.tr("Show in Folder"),
                                 action=lambda: open_folder(paths[0]))

    def set_language(self, language: str) -> None:
        if language != self.settings.language():
            self.settings.set_language(language)
            self.statusBar().showMessage(self.tr(
                "The language changes when Zone Profiles is started again."), 8000)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        from zoneprofiles import __version__
        QMessageBox.about(self, self.tr("About Zone Profiles"), self.tr(
            "<h3>Zone Profiles {version}</h3>"
            "<p>Profiles of China's development zones read from Chinese news: key figures, "
            "policies and industries, each traced to the sentence it came from.</p>").format(
            version=__version__))

    def _update_actions(self) -> None:
        has_corpus = self.corpus is not None
        can_print = has_corpus and printing_available() and bool(self._zone_ids_for_print())
        self.acts.print_preview.setEnabled(can_print)
        self.acts.export_pdf.setEnabled(can_print)
        self.acts.export_sheet.setEnabled(has_corpus)
        self.acts.import_report.setEnabled(has_corpus)
        self.acts.assign_zone.setEnabled(has_corpus)
        self.acts.reload.setEnabled(True)
        language = self.settings.language()
        self.acts.language_zh.setChecked(language == "zh_CN")
        self.acts.language_en.setChecked(language == "en")
        if self._panes_built:  # until then there is no selection to act on
            self.review.update_actions()

    # --- drag and drop -----------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    # --- window state ------------------------------------------------------------------
    def _restore_frame(self) -> None:
        geometry = self.settings.blob("geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            screen = QGuiApplication.primaryScreen()
            available = screen.availableGeometry() if screen else None
            width = min(1280, available.width() if available else 1280)
            height = min(720, (available.height() - 40) if available else 720)
            self.resize(width, height)
        state = self.settings.blob("state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.blob("splitter")
        self._default_splitter = splitter is None or not self.splitter.restoreState(splitter)
        self._restore_zone = self.settings.session_value("zone")

    def _restore_panes(self) -> None:
        from PySide6.QtCore import Qt
        self.tabs.setCurrentIndex(self.settings.int_value("tab", TAB_PROFILE))
        profile_tab = self.settings.int_value("profile_tab", 0)
        self.profile.when_built(lambda profile: profile.tabs.setCurrentIndex(profile_tab))
        header = self.zone_list.view.horizontalHeader()
        column = self.settings.int_value("zone_sort_column", header.sortIndicatorSection())
        order = self.settings.int_value("zone_sort_order", header.sortIndicatorOrder().value)
        if 0 <= column < self.zone_list.model.columnCount():
            self.zone_list.view.sortByColumn(column, Qt.SortOrder(order))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._default_splitter:  # first run: share the width once it is known
            self._default_splitter = False
            width = max(self.splitter.width(), self.width())
            # a narrow window still gives the zone list room for its names
            left = max(int(width * 0.22), min(260, int(width * 0.27)))
            # the profile's tables need their width more than the source on a narrow screen
            middle = int(width * (0.46 if width < 1200 else 0.40))
            self.splitter.setSizes([left, middle, width - left - middle])
        elif getattr(self, "_fit_restored", True):
            # panes saved in a wider window: on a narrow one the profile's tables
            # get their share back from the source pane, once
            self._fit_restored = False
            sizes = self.splitter.sizes()
            width = sum(sizes)
            saved = self.settings.int_value("splitter_width", width)
            if len(sizes) == 3 and 0 < width < 1200 and width < saved * 0.9 and sizes[1] < width * 0.44:
                middle = int(width * 0.46)
                right = max(width - sizes[0] - middle, int(width * 0.25))
                self.splitter.setSizes([width - middle - right, middle, right])

    def save_state(self) -> None:
        self.settings.set_blob("geometry", self.saveGeometry())
        self.settings.set_blob("state", self.saveState())
        self.settings.set_blob("splitter", self.splitter.saveState())
        self.settings.set_int("splitter_width", sum(self.splitter.sizes()))
        self.settings.set_int("tab", self.tabs.currentIndex())
        self.settings.set_int("profile_tab", self.profile.tabs.currentIndex())
        header = self.zone_list.view.horizontalHeader()
        self.settings.set_int("zone_sort_column", header.sortIndicatorSection())
        self.settings.set_int("zone_sort_order", header.sortIndicatorOrder().value)
        if self.corpus is not None:  # the session: what is open and where the analyst is
            self.settings.set_session_paths(self._shown_paths)
            self.settings.set_session_value("zone", self.zone_list.current_zone_id()
                                            or self._restore_zone)
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        if self._abandon_job() or any(j.is_running() for j in self._abandoned):
            # a load told to stop may need a moment to reach its next check:
            # the window goes at once, the process ends when the thread has
            self.hide()
            QGuiApplication.processEvents()
        for job in self._abandoned:  # a reading thread must not outlive the window
            job.wait(10_000)
        self._abandoned = []
        self.userdata.close()
        super().closeEvent(event)
