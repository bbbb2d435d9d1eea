"""Screenshots of the window at 1024×700: English (profile and charts) and
Chinese, on the bundled samples, to check nothing is cut or cramped.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_1024_screenshots.py [OUT_DIR]
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="zoneprofiles-shots-"))
    os.environ.setdefault("ZONEPROFILES_DATA_DIR", str(scratch / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from zoneprofiles.ui.app import create_application
    from zoneprofiles.ui.i18n import install_translators
    from zoneprofiles.ui.main_window import TAB_CHARTS, MainWindow

    app = create_application()
    for language, name in (("en", "english-1024"), ("zh_CN", "chinese-1024")):
        install_translators(language)
        win = MainWindow()
        win.resize(1024, 700)
        win.move(0, 0)
        win.show()
        loop = QEventLoop()
        win.corpus_loaded.connect(loop.quit)
        win.open_seeds()
        loop.exec()
        wait(300)
        win.zone_list.select_zone("广州开发区")
        wait(300)
        win.grab().save(str(out / f"{name}.png"))
        win.show_tab(TAB_CHARTS)
        wait(500)
        win.grab().save(str(out / f"{name}-charts.png"))
        win.close()
        wait(200)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
