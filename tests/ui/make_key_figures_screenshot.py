"""A screenshot of the key-figures table with the metric, signed value,
measure/basis marks, resolved period and subject columns, on the bundled
articles:

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_key_figures_screenshot.py [OUT_DIR]

Writes key-figures.png to OUT_DIR (docs/screenshots/). The zone shown is the
one whose figures show the most of the new columns (a park's or a company's
figures, a fall, a target)."""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings

from make_screenshots import wait


def _score(corpus, zone_id) -> tuple:
    f = corpus.profile(zone_id).figures
    if f.empty:
        return (0,)
    subject = (f["subject"].fillna("") != "").sum()
    falls = (f["value"].astype(float) < 0).sum()
    marks = f["kind"].isin(["growth", "share", "target", "estimate"]).sum()
    return (min(subject, 3) + min(falls, 2) + min(marks, 3), min(len(f), 14))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scratch = tempfile.mkdtemp(prefix="zoneprofiles-shots-")
    os.environ.setdefault("ZONEPROFILES_DATA_DIR", scratch)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)

    from zoneprofiles.ui.app import create_application
    from zoneprofiles.ui.i18n import install_translators
    from zoneprofiles.ui.main_window import MainWindow

    app = create_application()  # noqa: F841 - kept alive for the window
    install_translators("zh_CN")
    win = MainWindow()
    win.resize(1366, 720)
    win.move(0, 0)
    win.show()
    loop = QEventLoop()
    win.corpus_loaded.connect(loop.quit)
    win.open_paths(None)
    loop.exec()
    wait(300)
    corpus = win.corpus
    zone_id = max(corpus.zones["zone_id"], key=lambda z: _score(corpus, z))
    win.zone_list.select_zone(zone_id)
    win.profile.tabs.setCurrentIndex(0)
    win.splitter.setSizes([230, 700, 436])
    proxy = win.profile.figure_proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r, 4).data()]
    row = rows[0] if rows else 0
    win.profile.select_item("figure", proxy.index(row, 0).data(win.profile.figures.id_role()))
    wait(400)
    win.grab().save(str(out / "key-figures.png"))
    print(zone_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
