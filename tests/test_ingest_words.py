"""Rejoining a paragraph broken by a headline needs to know which strings
are words. The app answers from a word list kept in its cache folder instead
of starting jieba; it must know exactly the words jieba would, and a damaged
list is rebuilt."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from zoneprofiles import paths
from zoneprofiles.corpus.structure import build_document
from zoneprofiles.extract.gazetteer import load_gazetteer
from zoneprofiles.ingest import words


def test_the_word_list_is_the_one_jieba_starts_with():
    # in a fresh process: jieba's dictionary, the user dictionary, the gazetteer names
    code = textwrap.dedent("""
        from zoneprofiles.extract import segment
        from zoneprofiles.extract.gazetteer import default_gazetteer
        from zoneprofiles.ingest.words import build_words
        freq = segment.tokenizer().FREQ
        jieba_words = {w for w, n in freq.items() if n > 0}
        ours = build_words(default_gazetteer()[0].surfaces())
        print(len(jieba_words ^ ours), len(ours))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    differing, size = map(int, out.stdout.split())
    assert differing == 0 and size > 300_000


def test_gazetteer_names_and_dictionary_words_are_words():
    gazetteer, _ = load_gazetteer()
    is_word = words.word_check(gazetteer)
    assert is_word("碳中和") and is_word("高新技术产业开发区") and is_word("广州开发区")
    assert not is_word("峰碳中") and not is_word("")


def test_a_paragraph_broken_by_another_item_is_joined_across_a_word():
    gazetteer, _ = load_gazetteer()
    text = ("2021年以来，园区把发展氢能产业作为完善能源结构、落实碳达峰碳\n\n"
            "今年以来，园区在绿色金融方面动作频频。\n\n"
            "中和目标的重要抓手，已建成加氢站12座。\n")
    doc = build_document(text, words.word_check(gazetteer))
    joined = {s.joined for s in doc.sentences if s.joined}
    assert joined == {"2021年以来，园区把发展氢能产业作为完善能源结构、落实碳达峰碳"
                      "中和目标的重要抓手，已建成加氢站12座。"}


def test_a_damaged_word_list_is_rebuilt(monkeypatch, tmp_path):
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path))
    gazetteer, _ = load_gazetteer()
    surfaces = list(gazetteer.surfaces())
    first = words.load_words(surfaces)
    (stored,) = list(tmp_path.glob("words-*.marshal"))
    stored.write_bytes(b"\x00garbage")
    again = words.load_words(surfaces)
    assert again == first
    assert stored.read_bytes() != b"\x00garbage"


def test_the_word_list_follows_the_user_dictionary(monkeypatch, tmp_path):
    monkeypatch.setenv("ZONEPROFILES_CACHE_DIR", str(tmp_path / "cache"))
    resources = tmp_path / "resources"
    resources.mkdir()
    (resources / "userdict.txt").write_text("云栖数智谷 20 n\n高新区 0\n", encoding="utf-8")
    monkeypatch.setattr(paths, "resource", lambda *parts: resources.joinpath(*parts))
    found = words.load_words([])
    assert "云栖数智谷" in found
    assert "高新区" not in found  # a count of 0 takes a word out, as in jieba
