"""Screenshots for the finished-app review (issue 14): the spreadsheet
export dialog, a restored session, the English UI at 1024×700 and a search
with AND.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_issue14_screenshots.py [OUT_DIR]

Settings and user data go to a temporary folder.
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def loaded(win, paths) -> None:
    loop = QEventLoop()
    win.corpus_loaded.connect(loop.quit)
    win.open_paths(paths)
    loop.exec()
    wait(300)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="zoneprofiles-shots-"))
    os.environ.setdefault("ZONEPROFILES_DATA_DIR", str(scratch / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from zoneprofiles import paths as app_paths
    from zoneprofiles.ui.app import create_application
    from zoneprofiles.ui.i18n import install_translators
    from zoneprofiles.ui.main_window import TAB_SEARCH, MainWindow

    app = create_application()
    install_translators("zh_CN")
    folder = scratch / "园区新闻"
    shutil.copytree(app_paths.seeds_dir(), folder)

    # 1. the export dialog over the window
    win = MainWindow()
    win.resize(1366, 720)
    win.move(0, 0)
    win.show()
    loaded(win, [str(folder)])
    zone = win.zone_list.visible_zone_ids()[1]
    win.zone_list.select_zone(zone)
    win.export_spreadsheet()
    wait(400)
    app.primaryScreen().grabWindow(0).copy(0, 0, 1366, 720).save(str(out / "export-dialog.png"))
    win.export_dialog.reject()
    win.zone_list.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    win.close()
    wait(200)

    # 2. a restart: the same folder, zone, sort and tab come back (from the cache)
    again = MainWindow()
    again.resize(1366, 720)
    again.move(0, 0)
    again.show()
    loaded(again, again.last_session_paths())
    wait(300)
    again.grab().save(str(out / "restored-session.png"))
    again.close()

    # 3. a search with AND: both words in the article, each place with zone and date
    win = MainWindow()
    win.resize(1366, 720)
    win.show()
    loaded(win, [str(folder)])
    win.show_tab(TAB_SEARCH)
    win.search.search("氢能 广州")
    win.search.view.selectRow(0)
    wait(300)
    win.grab().save(str(out / "search-and.png"))
    win.close()

    # 4. the English UI at 1024×700
    install_translators("en")
    win = MainWindow()
    win.resize(1024, 700)
    win.show()
    loaded(win, [str(folder)])
    win.zone_list.select_zone(win.zone_list.visible_zone_ids()[0])
    wait(300)
    win.grab().save(str(out / "english-1024.png"))
    win.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
