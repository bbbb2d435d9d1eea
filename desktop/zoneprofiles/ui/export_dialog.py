"""File ▸ Export Spreadsheet: the current zone's figures, or every zone
(figures, policies, zones and articles, one sheet each), to .xlsx or CSV.
Every row keeps its source columns (source_file, start, end, sentence), so a
sorted sheet still leads back to the sentence each number came from.

Where files go: the folder last exported to, else Documents; after saving the
window says where and offers to open the folder (`saved_notice`).
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGroupBox, QLabel,
                               QRadioButton, QVBoxLayout)

from .formatting import text_or_empty

SCOPE_ZONE, SCOPE_ALL = "zone", "all"
FORMAT_XLSX, FORMAT_CSV = "xlsx", "csv"

translate = QCoreApplication.translate


def documents_folder() -> str:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


def start_folder(settings) -> str:
    """The folder the last export went to, if it is still there; else Documents."""
    last = settings.export_directory() if settings is not None else ""
    return last if last and Path(last).is_dir() else documents_folder()


def safe_stem(name: str, fallback: str = "zones") -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", name).strip("._") or fallback


def open_folder(path) -> bool:
    """Show the folder holding `path` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class ExportDialog(QDialog):
    """What to export and in which format; the file is asked for afterwards."""

    def __init__(self, zone_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Spreadsheet"))
        self.zone_button = QRadioButton(
            self.tr("Figures of {zone}").format(zone=zone_name) if zone_name
            else self.tr("Figures of the selected zone"))
        self.zone_button.setEnabled(bool(zone_name))
        self.all_button = QRadioButton(self.tr("All zones: figures, policies, zones and articles"))
        self.scope = QButtonGroup(self)
        self.scope.addButton(self.zone_button)
        self.scope.addButton(self.all_button)
        (self.zone_button if zone_name else self.all_button).setChecked(True)
        self.xlsx_button = QRadioButton(self.tr("Excel workbook (.xlsx), one sheet per table"))
        self.csv_button = QRadioButton(self.tr("CSV files (UTF-8), one file per table"))
        self.format = QButtonGroup(self)
        self.format.addButton(self.xlsx_button)
        self.format.addButton(self.csv_button)
        self.xlsx_button.setChecked(True)
        note = QLabel(self.tr("Every row keeps its source: file, character offsets and sentence."))
        note.setWordWrap(True)
        note.setEnabled(False)

        scope_box = QGroupBox(self.tr("What"))
        scope_layout = QVBoxLayout(scope_box)
        scope_layout.addWidget(self.zone_button)
        scope_layout.addWidget(self.all_button)
        format_box = QGroupBox(self.tr("Format"))
        format_layout = QVBoxLayout(format_box)
        format_layout.addWidget(self.xlsx_button)
        format_layout.addWidget(self.csv_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Choose File…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addWidget(format_box)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choice(self) -> tuple[str, str]:
        return (SCOPE_ZONE if self.zone_button.isChecked() else SCOPE_ALL,
                FORMAT_XLSX if self.xlsx_button.isChecked() else FORMAT_CSV)


def suggested_name(corpus, zone_id: str, scope: str, fmt: str) -> str:
    if scope == SCOPE_ZONE and zone_id:
        stem = safe_stem(text_or_empty(corpus.zone(zone_id)["name"]), zone_id) + \
            translate("Export", "-figures")
    else:
        stem = translate("Export", "zone-profiles")
    return f"{stem}.{fmt}"


def write_export(corpus, zone_id: str, scope: str, fmt: str, path) -> list[Path]:
    """Write the export; the files written (one for .xlsx, one per table for CSV)."""
    from zoneprofiles.tables import corpus_sheets, write_csv_sheets, write_workbook

    if scope == SCOPE_ZONE:
        sheets = corpus_sheets(corpus, [zone_id], tables=("figures",))
    else:
        sheets = corpus_sheets(corpus)
    path = Path(path)
    if fmt == FORMAT_XLSX:
        return [write_workbook(sheets, path)]
    return write_csv_sheets(sheets, path)
