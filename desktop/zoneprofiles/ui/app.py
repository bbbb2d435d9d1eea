"""Starting the desktop app: the QApplication, translations, the window,
then the corpus in the background."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from zoneprofiles.paths import resource

from .i18n import install_translators
from .settings import APPLICATION, ORGANISATION, Settings


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("zoneprofiles.app")
    app.setApplicationName(APPLICATION)
    from zoneprofiles import __version__
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted(resource("icons").glob("zoneprofiles-*.png")):
        icon.addFile(str(png))
    return icon


def run_app(paths: list[str]) -> int:
    """Show the window at once and load `paths` (or the bundled sample
    articles when empty) behind it. Returns the exit code."""
    app = create_application()
    settings = Settings()
    install_translators(settings.language())
    from .main_window import MainWindow
    window = MainWindow(settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    # after the first paint: the load (and its imports) must not hold the window back
    QTimer.singleShot(0, lambda: window.open_paths(list(paths) or None))
    return app.exec()
