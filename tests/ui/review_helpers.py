"""Helpers for the review tests: answering the modal dialogs the way an
analyst would, selecting table rows and source text."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from zoneprofiles.ui.profile_models import FIG_LABEL, POL_TITLE, RowRole, StatusRole


def answer_next_dialog(fill=None, accept=True):
    """When the next modal dialog opens: let `fill(dialog)` type into it, then
    press OK (or Cancel). Returns a dict that gets the dialog, to look at after."""
    seen = {}

    def handle(tries=0):
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if tries < 500:
                QTimer.singleShot(10, lambda: handle(tries + 1))
            return
        seen["dialog"] = dialog
        seen["problem_before"] = dialog.error.text() if hasattr(dialog, "error") else ""
        if fill is not None:
            fill(dialog)
        if accept:
            dialog.ok_button().click()
        else:
            dialog.reject()
    QTimer.singleShot(0, handle)
    return seen


def rows_of(model) -> list[dict]:
    return [model.row(r) for r in range(model.rowCount())]


def find_row(proxy, column, text):
    for r in range(proxy.rowCount()):
        if proxy.index(r, column).data() == text:
            return proxy.index(r, column)
    return None


def select_figure(win, qtbot, label):
    win.profile.tabs.setCurrentIndex(0)
    index = find_row(win.profile.figure_proxy, FIG_LABEL, label)
    assert index is not None, f"{label} is not in the figure table"
    view = win.profile.figure_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return index.data(RowRole)


def select_policy(win, qtbot, title):
    win.profile.tabs.setCurrentIndex(1)
    index = find_row(win.profile.policy_proxy, POL_TITLE, title)
    assert index is not None, f"{title} is not in the policy table"
    view = win.profile.policy_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    return index.data(RowRole)


def figure_labels(win) -> list[str]:
    return [win.profile.figures.row(r)["label"] for r in range(win.profile.figures.rowCount())]


def status_of_label(win, label) -> str:
    index = find_row(win.profile.figure_proxy, FIG_LABEL, label)
    return index.data(StatusRole) if index is not None else ""


def tooltip_of_label(win, label) -> str:
    index = find_row(win.profile.figure_proxy, FIG_LABEL, label)
    return index.data(Qt.ItemDataRole.ToolTipRole)


def select_source_text(win, source_file, text, needle, occurrence=0):
    """Show `source_file` and select `needle` in it, as the mouse would."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    win.source.show_span(source_file, None)
    win.source.select_text(start, start + len(needle))
    return start, start + len(needle)
