"""The loading indicator in the status bar: progress, a cancel button, and
a button to the import report when some files had problems."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget

from .load_phases import CACHE, EXTRACT, RANK, split


class LoadStatus(QWidget):
    cancel_requested = Signal()
    report_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.problems_button = QToolButton()
        self.problems_button.setAutoRaise(True)
        self.problems_button.setToolTip(self.tr("Show which files could not be read and why"))
        self.problems_button.clicked.connect(self.report_requested)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop loading; the articles already shown stay (Esc)"))
        self.cancel_button.clicked.connect(self.cancel_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.phase = ""
        self.set_problems(0)
        self.finish()

    def start(self) -> None:
        self._loading = True
        self.phase = ""
        self.progress.setRange(0, 0)  # busy until the first report says how many files
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)

    def set_progress(self, done: int, total: int, message: str) -> None:
        """`message`: "phase<TAB>file" (load_phases); the bar counts files
        within the phase, or runs busy where there is nothing to count."""
        phase, name = split(message)
        self.phase = phase
        if phase == CACHE or total <= 0:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if phase == RANK:
            self.progress.setFormat(self.tr("Ranking keywords %p%"))
        elif phase == EXTRACT:
            self.progress.setFormat(self.tr("Extracting %v / %m files") if total != 1
                                    else self.tr("Extracting %v / %m file"))
        else:
            self.progress.setFormat(self.tr("Reading %v / %m files") if total != 1
                                    else self.tr("Reading %v / %m file"))
        self.progress.setToolTip(name)

    def text(self) -> str:
        """What the bar says now ("" while it runs busy)."""
        return self.progress.text()

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        self._loading = False
        self.progress.hide()
        self.cancel_button.hide()

    def is_loading(self) -> bool:
        return self._loading

    def set_problems(self, count: int) -> None:
        self.problems_button.setText((self.tr("⚠ {n} files with problems") if count != 1
                                      else self.tr("⚠ {n} file with problems")).format(n=count))
        self.problems_button.setVisible(count > 0)
