"""jieba set-up: where its cache goes, and which words stay whole."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from zoneprofiles.extract import segment

PROJECT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def own_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))


def _run(code: str, env_extra: dict[str, str]) -> dict:
    """Run `code` in a fresh interpreter: the tokenizer is set up once per
    process, so a clean process is the only honest way to watch set-up."""
    env = dict(os.environ)
    env.update(env_extra)
    env["PYTHONPATH"] = str(PROJECT / "desktop") + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_jieba_cache_goes_to_the_app_cache_folder_not_the_system_temp(tmp_path):
    cache = tmp_path / "appcache"
    systmp = tmp_path / "systemtemp"
    systmp.mkdir()
    data = tmp_path / "userdata"
    data.mkdir()
    (data / "gazetteer.tsv").write_text(
        "name\tkind\tlevel\tprovince\tcity\taliases\tparent\tnote\n"
        "南岭科创园\t产业园\tpark\t广东省\t韶关市\t\t\t\n",
        encoding="utf-8",
    )
    code = (
        "import json, sys\n"
        "from zoneprofiles.extract import segment\n"
        "lazy = 'jieba' not in sys.modules\n"
        "words = segment.cut('南岭科创园引进新能源汽车项目')\n"
        "print(json.dumps({'lazy': lazy, 'words': words}, ensure_ascii=False))\n"
    )
    out = _run(code, {
        "ZONEPROFILES_CACHE_DIR": str(cache),
        "ZONEPROFILES_DATA_DIR": str(data),
        "TMPDIR": str(systmp), "TEMP": str(systmp), "TMP": str(systmp),
    })
    assert out["lazy"], "importing segment must not import jieba"
    assert (cache / "jieba.cache").is_file()
    assert not any("jieba" in p.name for p in systmp.iterdir())
    # a zone from the user's own gazetteer is one token too
    assert "南岭科创园" in out["words"]


_CUT = (
    "import json\n"
    "import jieba\n"
    "from zoneprofiles.extract import segment\n"
    "words = segment.cut('合肥高新区规上工业总产值增长12%，新签约项目落户苏州工业园区')\n"
    "print(json.dumps({'words': words, 'entries': len(jieba.dt.FREQ)}, ensure_ascii=False))\n"
)


def test_a_second_start_reads_the_cached_dictionary_and_cuts_the_same(tmp_path):
    env = {"ZONEPROFILES_CACHE_DIR": str(tmp_path / "c"), "ZONEPROFILES_DATA_DIR": str(tmp_path / "d")}
    first = _run(_CUT, env)  # builds the prefix dictionary and caches it
    cached = (tmp_path / "c" / "jieba.cache").stat().st_mtime_ns
    second = _run(_CUT, env)  # reads it from the cache's bytes
    assert second == first
    assert "合肥高新区" in second["words"] and "苏州工业园区" in second["words"]
    assert (tmp_path / "c" / "jieba.cache").stat().st_mtime_ns == cached, "read, not rebuilt"


@pytest.mark.parametrize("damage", [b"", b"not a marshal stream", b"\xe9\x00\x00"])
def test_a_damaged_dictionary_cache_is_rebuilt_not_a_crash(tmp_path, damage):
    env = {"ZONEPROFILES_CACHE_DIR": str(tmp_path / "c"), "ZONEPROFILES_DATA_DIR": str(tmp_path / "d")}
    good = _run(_CUT, env)
    (tmp_path / "c" / "jieba.cache").write_bytes(damage)
    again = _run(_CUT, env)
    assert again == good
    assert (tmp_path / "c" / "jieba.cache").stat().st_size > 1_000_000  # written afresh


def test_zone_names_and_industry_terms_stay_whole():
    words = segment.cut("广州开发区携手中新广州知识城,推动新能源汽车、氢燃料电池和集成电路产业集聚,培育专精特新企业")
    for word in ("广州开发区", "中新广州知识城", "新能源汽车", "氢燃料电池", "集成电路", "专精特新"):
        assert word in words
    assert "武汉东湖高新区" in segment.cut("武汉东湖高新区光电子产业")
    assert "西部(重庆)科学城" in segment.cut("位于西部(重庆)科学城的企业")


def test_added_words_become_tokens_and_adding_twice_is_harmless():
    assert "澜沧芯谷" not in segment.cut("澜沧芯谷开园")
    segment.add_words(["澜沧芯谷"])
    segment.add_words(["澜沧芯谷"])
    assert "澜沧芯谷" in segment.cut("澜沧芯谷开园")


def test_one_tokenizer_whichever_thread_asks_first():
    seen = []
    threads = [threading.Thread(target=lambda: seen.append(segment.tokenizer())) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(t) for t in seen}) == 1
    assert segment.pos_tokenizer().tokenizer is seen[0]
