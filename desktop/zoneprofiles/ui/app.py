"""Starting the desktop app: the QApplication, translations, the window,
then the corpus in the background."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from zoneprofiles.paths import resource

from . import import_hook
from .i18n import install_translators, prepare_system_locale
from .settings import APPLICATION, ORGANISATION, Settings

import_hook.install()  # before the load imports pandas behind the window

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

FIRST_PAINT_WAIT_MS = 1000


def create_application(argv: list[str] | None = None, icon: bool = True) -> QApplication:
    """The QApplication, named; with `icon`, its window icon set too (run_app
    sets it once the first window has painted: PySide takes a few ms to make
    the QIcon class, and the icon's sixteen sizes are found on disk)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("zoneprofiles.app")
    app.setApplicationName(APPLICATION)
    if icon:
        app.setWindowIcon(app_icon())
    return app


def set_application_version(app: QApplication) -> None:
    """Left to after the first paint: the version comes from the installed
    metadata, and importing importlib.metadata takes tens of milliseconds."""
    from zoneprofiles import __version__
    app.setApplicationVersion(__version__)


def app_icon() -> QIcon:
    from PySide6.QtGui import QIcon
    icon = QIcon()
    for png in sorted(resource("icons").glob("zoneprofiles-*.png")):
        icon.addFile(str(png))
    return icon


def run_app(paths: list[str]) -> int:
    """Show the window at once and load `paths` (or, when empty, what was
    open last time, else the bundled sample articles) behind it. Returns the
    exit code."""
    if QApplication.instance() is None:  # Qt reads the system locale when the app starts
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        prepare_system_locale(Settings().language())
    app = create_application(icon=False)
    settings = Settings()
    install_translators(settings.language())
    from .main_window import MainWindow
    window = MainWindow(settings)

    def once_panes_painted() -> None:
        # the load's thread imports pandas at once, and holding the interpreter
        # lock it would keep the window from painting; so it starts only now.
        # No paths given: what was open last time (else the bundled articles)
        window.open_paths(list(paths) or window.last_session_paths())
        window.finish_start()
        # the version (importlib.metadata, 60 ms) only names the app to the
        # system: read once the first load is shown, not while it runs
        window.corpus_loaded.connect(lambda *_: QTimer.singleShot(0, lambda: set_application_version(app)))

    def once_painted() -> None:
        # the frame is on screen: now the panes in it, then the rest.
        # Qt's namespace only now: PySide takes ~20 ms to create its enums
        from PySide6.QtCore import Qt
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        app.setWindowIcon(app_icon())  # the title bar and task bar take it as it comes
        window.build_panes()
        after_first_paint(window.zone_list, once_panes_painted)

    after_first_paint(window, once_painted)
    window.show()
    return app.exec()


class _FirstPaint(QObject):
    def __init__(self, window, callback) -> None:
        super().__init__(window)
        self._callback = callback
        self._done = False
        window.installEventFilter(self)
        # a window that is never painted (started minimised) still loads
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._fire)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)  # once the paint is on screen
        return False

    def _fire(self) -> None:
        if not self._done:
            self._done = True
            self._callback()


def after_first_paint(window, callback) -> None:
    """Call `callback` once `window` has painted for the first time."""
    _FirstPaint(window, callback)
