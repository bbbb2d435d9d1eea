"""Screenshots of the indicator views (issue 13) on tests/data/multi: the
key indicators at the top of a profile, an indicator over time, one
indicator compared across zones and the conflicts view; at 1366×768 and
1024×700, in Chinese and English.

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tests/ui/make_indicator_screenshots.py [OUT_DIR]

Writes indicators-{key,series,compare,conflicts}-{zh,en}-{1366,1024}.png.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

MULTI = Path(__file__).resolve().parents[1] / "data" / "multi"


def wait(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="zoneprofiles-shots-"))
    os.environ.setdefault("ZONEPROFILES_DATA_DIR", str(scratch / "data"))
    os.environ.setdefault("ZONEPROFILES_CACHE_DIR", str(scratch / "cache"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))

    from zoneprofiles.ui.app import create_application
    from zoneprofiles.ui.i18n import install_translators
    from zoneprofiles.ui.main_window import TAB_COMPARE, TAB_CONFLICTS, TAB_PROFILE, MainWindow

    app = create_application()  # noqa: F841 - kept alive
    for language, tag in (("zh_CN", "zh"), ("en", "en")):
        install_translators(language)
        for width, height in ((1366, 720), (1024, 700)):
            name = f"{tag}-{width}"
            win = MainWindow()
            win.resize(width, height)
            win.move(0, 0)
            win.show()
            loop = QEventLoop()
            win.corpus_loaded.connect(loop.quit)
            win.open_paths([str(MULTI)])
            loop.exec()
            wait(300)
            win.show_tab(TAB_PROFILE)
            win.zone_list.select_zone("苏州工业园区")
            win.profile.select_key_indicator("规上工业总产值")
            wait(300)
            win.grab().save(str(out / f"indicators-key-{name}.png"))
            win.show_series("规上工业总产值")
            wait(500)
            win.grab().save(str(out / f"indicators-series-{name}.png"))
            win.show_tab(TAB_COMPARE)
            win.compare.choose("规上工业总产值", 2023)
            wait(300)
            rows = win.compare.chart.rows()
            chengdu = next(r for r in rows if r["zone"] == "成都高新区")
            win.select_item("figure", chengdu)
            win.compare.chart.select_figure(chengdu["figure_id"])
            wait(400)
            win.grab().save(str(out / f"indicators-compare-{name}.png"))
            win.show_tab(TAB_CONFLICTS)
            view = win.conflicts
            other = next(r for r in range(view.count()) if not view.model.row(r)["chosen"])
            view.view.selectRow(other)
            wait(400)
            win.grab().save(str(out / f"indicators-conflicts-{name}.png"))
            win.close()
            wait(200)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
