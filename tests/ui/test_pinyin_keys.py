"""The zone list's pinyin order is ready at once on the next start: the keys
made for the names shown are kept in the cache folder, so the next start
sorts the same names without importing pypinyin (0.4 s of the start), in the
same order; a damaged keys file is made again."""
from __future__ import annotations

import json
import os
import subprocess
import sys

SORT = (
    "import sys\n"
    "from zoneprofiles.ui.pinyin_order import save_keys, sorted_pinyin\n"
    "names = sorted_pinyin(['浙江自贸区', '长治高新区', '重庆两江新区', '滨湖科学城'])\n"
    "save_keys()\n"
    "print('|'.join(names), 'pypinyin' in sys.modules)\n"
)
ORDER = "滨湖科学城|长治高新区|重庆两江新区|浙江自贸区"  # bin, chang, chong, zhe


def _start(cache) -> tuple[str, str]:
    env = dict(os.environ, ZONEPROFILES_CACHE_DIR=str(cache))
    out = subprocess.run([sys.executable, "-c", SORT], capture_output=True, text=True,
                         check=True, env=env).stdout.split()
    return out[0], out[1]


def test_the_next_start_sorts_the_same_names_without_pypinyin(tmp_path):
    assert _start(tmp_path) == (ORDER, "True")   # the first start reads them with pypinyin
    assert _start(tmp_path) == (ORDER, "False")  # the next one from the stored keys


def test_a_damaged_keys_file_is_made_again(tmp_path):
    (tmp_path / "pinyin-keys.json").write_text("{not json", encoding="utf-8")
    assert _start(tmp_path) == (ORDER, "True")
    stored = json.loads((tmp_path / "pinyin-keys.json").read_text(encoding="utf-8"))
    assert "长治高新区" in stored["keys"]
    # keys that are not keys of their text are not believed
    stored["keys"]["长治高新区"] = "zzz\x00浙江自贸区"
    (tmp_path / "pinyin-keys.json").write_text(json.dumps(stored), encoding="utf-8")
    assert _start(tmp_path)[0] == ORDER
