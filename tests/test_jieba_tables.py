"""Keywords come out the same whether jieba's tables are parsed or read from
the cache, and a damaged or outdated copy is never believed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from zoneprofiles.extract import jieba_tables

PROJECT = Path(__file__).resolve().parents[1]

# a zone's news written for this test
_SENTENCES = [
    "示范区新引进氢燃料电池项目12个，电堆产能提升至每年5000套。",
    "园区联合高校共建氢能研究院，攻关质子交换膜和储氢瓶关键技术。",
    "加氢站网络覆盖主要物流通道，燃料电池重卡示范运营超过300辆。",
    "管委会发布氢能产业专项政策，对首台套装备给予奖励。",
] * 3

_KEYWORDS = (
    "import json, sys\n"
    "from zoneprofiles.extract import industries\n"
    "words = industries.zone_keywords(json.loads(sys.argv[1]))\n"
    "print(json.dumps({'words': words, 'analyse': 'jieba.analyse' in sys.modules},"
    " ensure_ascii=False))\n"
)


def _keywords(cache: Path) -> dict:
    env = dict(os.environ, ZONEPROFILES_CACHE_DIR=str(cache))
    env["PYTHONPATH"] = str(PROJECT / "desktop") + os.pathsep + env.get("PYTHONPATH", "")
    done = subprocess.run([sys.executable, "-c", _KEYWORDS, json.dumps(_SENTENCES)], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_keywords_read_from_the_cached_tables_are_those_of_the_first_start(tmp_path):
    first = _keywords(tmp_path / "cache")  # parses dict.txt's tags and idf.txt, keeps them
    assert (tmp_path / "cache" / jieba_tables.TAGS_FILE).is_file()
    assert (tmp_path / "cache" / jieba_tables.IDF_FILE).is_file()
    second = _keywords(tmp_path / "cache")
    assert second["words"] == first["words"]
    assert any(word == "氢能" for word, _w in first["words"])
    assert not second["analyse"], "the IDF table comes from the cache, not jieba.analyse"


def test_the_ranking_is_jiebas_own_tfidf():
    import jieba.analyse

    from zoneprofiles.extract import industries, segment
    text = "\n".join(_SENTENCES)
    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = segment.tokenizer()
    extractor.stop_words = set(extractor.stop_words) | industries.stop_words()
    assert industries.tfidf_ranked(text) == extractor.extract_tags(text, topK=None,
                                                                   withWeight=True)


def test_a_damaged_or_outdated_copy_is_read_again_from_the_source(tmp_path, monkeypatch):
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "table.txt"
    source.write_text("甲 1\n", encoding="utf-8")
    jieba_tables.keep("t.marshal", str(source), {"甲": 1.0})
    assert jieba_tables.cached("t.marshal", str(source)) == {"甲": 1.0}
    source.write_text("甲 1\n乙 2\n", encoding="utf-8")  # another size: the copy is stale
    assert jieba_tables.cached("t.marshal", str(source)) is None
    (tmp_path / "cache" / "t.marshal").write_bytes(b"\x00not marshal")
    assert jieba_tables.cached("t.marshal", str(source)) is None
