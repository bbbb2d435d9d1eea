"""Run in a fresh process by bench/run.py: start a window and report, as
wall-clock times, when it first painted and (for the app) when the zone list
was filled with the loaded corpus. The window's frame paints first; its
panes follow in the next turn of the event loop (panes_painted_s).

usage: probe_window.py bare|app LAUNCH_TIME

LAUNCH_TIME is time.time() taken by the parent just before it started this
process, so interpreter start-up and imports count. Prints one JSON line.
"""
import json
import os
import sys
import time


def _report(**values) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()
    _end_helpers()
    os._exit(0)  # no teardown: the figures are taken


def _end_helpers() -> None:
    """The keyword helper a load may have started must not run on into the
    next measurement."""
    helper = sys.modules.get("zoneprofiles.ingest.helper")
    running = getattr(helper, "_helper", None) if helper else None
    if running is None:
        return
    for process in list(getattr(running[1], "_processes", {}).values()):
        process.kill()
        process.join(5)


def _paint_watch(window, on_first_paint):
    """A filter on `window` alone: its first Paint event, then the moment
    after it was handled (a zero timer fires once the event loop is back).

    Not an application-wide filter: a Python event filter on the whole
    application is called for every event of every object, and a window with
    menus, a toolbar and a status bar has hundreds of them before its first
    paint. Measured here, that cost the app's window 34-45 ms and the bare
    window nothing, so the probe itself made up a third of the difference."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        done = False

        def eventFilter(self, obj, event):
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, lambda: on_first_paint(obj, time.time()))
            return False

    watch = Watch(window)
    window.installEventFilter(watch)
    return watch


def bare(launch: float) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1280, 720)

    def painted(_window, when):
        _report(first_window_s=when - launch)

    _paint_watch(window, painted)
    window.show()
    app.exec()


def run_app(launch: float) -> None:
    from zoneprofiles.ui import app as zapp

    found = {}

    def painted(window, when):
        found["first_window_s"] = when - launch  # the frame: menus, toolbar, status bar
        from PySide6.QtCore import QEvent, QObject, QTimer

        class PanesPainted(QObject):  # and the panes, built after the frame's paint
            def eventFilter(self, obj, event):
                # taken at the paint itself: a zero timer would run after the
                # window's own once-painted work (the load starts, the hidden
                # tabs are built), which is not the panes' painting
                if event.type() == QEvent.Type.Paint and "panes_painted_s" not in found:
                    found["panes_painted_s"] = time.time() - launch
                return False

        window.zone_list.filter_edit.installEventFilter(PanesPainted(window))

        def ready(_corpus=None):
            if window.zone_list.model.rowCount() > 0 and "profiles_ready_s" not in found:
                found["profiles_ready_s"] = time.time() - launch
                found["zones"] = window.zone_list.model.rowCount()
                # and once the filled list is on screen
                QTimer.singleShot(0, lambda: _report(
                    **found, profiles_painted_s=time.time() - launch))

        window.corpus_loaded.connect(ready)
        ready()

    # watched from the moment the app shows its window, as the bare one is
    from zoneprofiles.ui.main_window import MainWindow
    qt_show = MainWindow.show

    def show(window):
        _paint_watch(window, painted)
        qt_show(window)

    MainWindow.show = show
    zapp.run_app([])


if __name__ == "__main__":
    mode, launch = sys.argv[1], float(sys.argv[2])
    bare(launch) if mode == "bare" else run_app(launch)
