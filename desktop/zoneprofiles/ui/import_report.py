"""The import report: which files could not be read (or were read with a
warning), and why. The rest of the corpus loads regardless."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)


def reason(problem) -> str:
    """The message without the file's path in front (the File column has it):
    the reader's messages begin with "path: "."""
    message, path = str(problem.message), str(problem.path)
    for prefix in (path, Path(path).name):
        if prefix and message.startswith(prefix):
            rest = message[len(prefix):].lstrip(" :：,，-")
            if rest:
                return rest[0].upper() + rest[1:] if rest[0].isascii() else rest
    return message


class ImportReportDialog(QDialog):
    def __init__(self, problems, loaded_files: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(640, 320)
        failed = [p for p in problems if p.fatal]
        warned = [p for p in problems if not p.fatal]
        loaded = (self.tr("{n} files loaded") if loaded_files != 1
                  else self.tr("{n} file loaded")).format(n=loaded_files)
        summary = QLabel(self.tr("{loaded}, {failed} could not be read, "
                                 "{warned} loaded with warnings.").format(
            loaded=loaded, failed=len(failed), warned=len(warned)))
        summary.setWordWrap(True)
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Reason")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, problem in enumerate(failed + warned):
            items = [QTableWidgetItem(str(problem.path)),
                     QTableWidgetItem(self.tr("Not loaded") if problem.fatal
                                      else self.tr("Loaded with a warning")),
                     QTableWidgetItem(reason(problem))]
            items[0].setToolTip(str(problem.path))
            items[2].setToolTip(str(problem.message))
            for col, item in enumerate(items):
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())]
