"""File ▸ Assign a Zone to Files: a zone's own news page says 高新区 or 全区
and never prints the zone's name; the analyst says which zone it is, for a
file or its whole folder. The assignment is saved in the user data folder
(assignments_file.py) and the files are read again with it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QMessageBox

from .formatting import text_or_empty
from .loader import unnamed_message
from .profile_panel import ARTICLE
from .review_dialogs import _FormDialog, zone_combo

translate = QCoreApplication.translate


def unnamed_files(corpus) -> list[str]:
    """The files the last load found speaking of a zone without naming it."""
    message = unnamed_message()
    return [p.path for p in getattr(corpus, "problems", []) if not p.fatal and p.message == message]


def unnamed_note(corpus) -> str:
    """For the status bar after a load: '' when every file names its zone."""
    n = len(unnamed_files(corpus))
    if not n:
        return ""
    if n == 1:
        text = translate("AssignZone", " ({n} file names no zone: File ▸ Assign a Zone to Files…)")
    else:
        text = translate("AssignZone", " ({n} files name no zone: File ▸ Assign a Zone to Files…)")
    return text.format(n=n)


def first_line(corpus, name: str) -> str:
    """The title of the file's first article, else its first line."""
    arts = corpus.articles[corpus.articles["source_file"] == name]
    if not arts.empty and text_or_empty(arts.iloc[0]["title"]):
        return text_or_empty(arts.iloc[0]["title"])
    text = corpus.texts.get(name, "")
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class AssignZoneDialog(_FormDialog):
    """Which file (or its folder) and which zone: a zone proposed from the
    folder or file name, then the title line; known zones complete."""

    def __init__(self, files: list[tuple[str, Path, str]], zones: list[str], parent=None) -> None:
        super().__init__(
            translate("AssignZone", "Assign a Zone to Files"),
            translate("AssignZone", "These articles never print their zone's name. Say which zone "
                      "they are about: figures and policies in them that name no zone of their own "
                      "go to it. Saved in your data folder; the files are read again."),
            parent)
        self.files = files  # (name in the corpus, path on disk, title line)
        self.file_combo = QComboBox()
        for name, _path, _title in files:
            self.file_combo.addItem(name)
        self.folder_box = QCheckBox(translate("AssignZone", "The whole &folder it is in"))
        self.zone_combo = zone_combo(zones, "")
        self.zone_combo.lineEdit().setPlaceholderText(translate("AssignZone", "a zone's name"))
        self.form.addRow(translate("AssignZone", "Fi&le:"), self.file_combo)
        self.form.addRow("", self.folder_box)
        self.form.addRow(translate("AssignZone", "&Zone:"), self.zone_combo)
        self.file_combo.currentIndexChanged.connect(self._propose)
        self.folder_box.toggled.connect(self._propose)
        self.zone_combo.editTextChanged.connect(self.validate)
        self._propose()

    def target(self) -> Path:
        _name, path, _title = self.files[self.file_combo.currentIndex()]
        return path.parent if self.folder_box.isChecked() else path

    def _propose(self) -> None:
        from zoneprofiles.assignments import propose
        _name, path, title = self.files[self.file_combo.currentIndex()]
        proposed = propose(self.target(), "" if self.folder_box.isChecked() else title)
        self.zone_combo.setCurrentText(proposed)
        self.validate()

    def problem(self) -> str:
        if not self.zone_combo.currentText().strip():
            return translate("AssignZone", "Type or choose the zone these articles are about.")
        return ""

    def zone(self) -> str:
        return self.zone_combo.currentText().strip()


def _candidates(window) -> list[str]:
    """The selected article's file first, then the files that name no zone."""
    names: dict[str, None] = {}
    item = window.profile.selected_item()
    if item is not None:
        name = text_or_empty(item[1].get("source_file"))
        if name:
            names[name] = None
    current = window.source.current_file()
    if current and item is None:
        names[current] = None
    for name in unnamed_files(window.corpus):
        names[name] = None
    return [n for n in names if n in window.corpus.texts]


def open_assign_dialog(window) -> AssignZoneDialog | None:
    from zoneprofiles.assignments_file import assign, file_path
    corpus = window.corpus
    if corpus is None:
        return None
    names = _candidates(window)
    if not names:
        QMessageBox.information(window, translate("AssignZone", "Assign a Zone to Files"),
                                translate("AssignZone", "Select an article first: every file "
                                          "opened names its zone."))
        return None
    opened = window._shown_paths
    files = [(n, file_path(n, opened), first_line(corpus, n)) for n in names]
    zones = sorted(text_or_empty(n) for n in corpus.zones["name"])
    dialog = AssignZoneDialog(files, zones, window)
    window.assign_dialog = dialog

    def save():
        target, zone = dialog.target(), dialog.zone()
        try:
            _saved, problem = assign(target, zone)
        except OSError as exc:
            QMessageBox.warning(window, dialog.windowTitle(), translate(
                "AssignZone", "The assignment could not be saved:\n{error}").format(error=exc))
            return
        if problem:
            window.banner.show_message("assignments", "warning", problem)
        window.statusBar().showMessage(translate(
            "AssignZone", "{zone} assigned to {path}; reading the files again…").format(
            zone=zone, path=target), 8000)
        window.reload()
    dialog.accepted.connect(save)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()  # window-modal, the event loop keeps running
    return dialog
