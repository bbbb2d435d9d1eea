"""The loading indicator in the status bar: progress, a cancel button, and
a button to the import report when some files had problems."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QToolButton, QWidget


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
        self.set_problems(0)
        self.finish()

    def start(self) -> None:
        self._loading = True
        self.progress.setRange(0, 0)  # busy until the first report says how many files
        self.progress.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)

    def set_progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
            self.progress.setFormat(self.tr("%v / %m files"))
        if message:
            self.progress.setToolTip(message)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)

    def finish(self) -> None:
        self._loading = False
        self.progress.hide()
        self.cancel_button.hide()

    def is_loading(self) -> bool:
        return self._loading

    def set_problems(self, count: int) -> None:
        self.problems_button.setText(self.tr("⚠ {n} files with problems").format(n=count))
        self.problems_button.setVisible(count > 0)
