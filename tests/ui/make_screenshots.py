"""Screenshots of the app on the bundled articles, at a laptop's 1366×768.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_screenshots.py [OUT_DIR]

Writes main-window.png (a zone selected, a figure highlighted in its source),
charts.png, compare.png and search.png to OUT_DIR (docs/screenshots/).
Settings go to a temporary folder so the developer's own are untouched.
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
    scratch = tempfile.mkdtemp(prefix="zoneprofiles-shots-")
    os.environ.setdefault("ZONEPROFILES_DATA_DIR", scratch)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)

    from zoneprofiles.ui.app import create_application
    from zoneprofiles.ui.i18n import install_translators
    from zoneprofiles.ui.main_window import TAB_CHARTS, TAB_SEARCH, MainWindow

    app = create_application()
    install_translators("zh_CN")
    win = MainWindow()
    win.resize(1366, 720)  # 768 less a panel and a title bar
    win.move(0, 0)
    win.show()
    loop = QEventLoop()
    win.corpus_loaded.connect(loop.quit)
    win.open_paths(None)
    loop.exec()
    wait(300)

    zone_id = win.zone_list.visible_zone_ids()[0]
    win.zone_list.select_zone(zone_id)
    proxy = win.profile.figure_proxy
    labelled = [r for r in range(proxy.rowCount()) if proxy.index(r, 0).data()]
    row = labelled[min(2, len(labelled) - 1)] if labelled else 0
    figure_id = proxy.index(row, 0).data(win.profile.figures.id_role())
    win.profile.select_item("figure", figure_id)
    wait(300)
    win.grab().save(str(out / "main-window.png"))

    win.show_tab(TAB_CHARTS)
    wait(300)
    win.grab().save(str(out / "charts.png"))

    win.charts.setCurrentIndex(1)
    wait(300)
    win.grab().save(str(out / "compare.png"))

    win.show_tab(TAB_SEARCH)
    win.search.search("高新区")
    win.search.view.selectRow(3)
    wait(300)
    win.grab().save(str(out / "search.png"))
    win.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
