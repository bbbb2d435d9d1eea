"""The window can paint before anything slow happens: opening the app
imports neither pandas, jieba nor pyqtgraph; the loading job does."""
from __future__ import annotations

import subprocess
import sys


def test_the_window_modules_leave_heavy_libraries_to_the_loading_job():
    code = (
        "import sys\n"
        "import zoneprofiles.ui.app, zoneprofiles.ui.main_window\n"
        "heavy = [m for m in ('pandas', 'jieba', 'pyqtgraph', 'numpy', 'zoneprofiles.pipeline')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == ""
