"""Saved news pages: the reader sees the article's text, never its code, and
every character can be traced back to the page source."""
from __future__ import annotations

import socket
import urllib.request

import pytest

from zoneprofiles.corpus.html_text import declared_charset, visible_text
from zoneprofiles.corpus.normalize import normalize

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>合肥高新区：前三季度营收增长15%</title>
  <style>body { font-family: "宋体"; } .ad { display: none }</style>
  <script>var tracker = "<p>统计代码</p>"; if (a < b && c > d) { load("广告"); }</script>
  <link rel="stylesheet" href="http://cdn.example.com/site.css">
</head>
<body>
  <!-- 导航栏：不显示 -->
  <div class="nav"><a href="/">首页</a> &gt; <a href="/news">新闻</a></div>
  <select name="city"><option>北京站</option><option>上海站</option></select>
  <h1>合肥高新区前三季度营收突破1.2万亿元</h1>
  <p>今年1-9月，合肥高新区实现营业收入1.2万亿元，同比增长15%。
  区内高新技术企业超过2000家。</p>
  <img src="http://img.example.com/photo.jpg" alt="园区全景">
  <p>量子信息&amp;人工智能产业产值达&nbsp;300亿元，占比&#x4e09;成。<br>
  下一步将出台《支持科技创新若干政策》。</p>
  <noscript>请启用JavaScript</noscript>
  <template><p>模板里的文字</p></template>
  <div hidden>隐藏的段落</div>
  <p style="display:none">也隐藏</p>
  <table><tr><td>指标</td><td>数值</td></tr><tr><td>营收</td><td>1.2万亿元</td></tr></table>
  <script src="http://evil.example.com/x.js"></script>
</body>
</html>
"""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the reader tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def test_visible_text_is_the_article_not_the_code(no_network):
    text = visible_text(PAGE).text
    assert "合肥高新区：前三季度营收增长15%" in text  # the title
    assert "今年1-9月，合肥高新区实现营业收入1.2万亿元，同比增长15%。" in text
    assert "《支持科技创新若干政策》" in text
    for hidden in ("统计代码", "tracker", "font-family", "广告", "导航栏", "请启用",
                   "模板里的文字", "隐藏的段落", "也隐藏", "http://", "园区全景", "北京站", "<"):
        assert hidden not in text, hidden
    assert not text.startswith(("\n", " ")) and not text.endswith(("\n", " "))


def test_entities_are_decoded():
    text = visible_text(PAGE).text
    assert "首页 > 新闻" in text
    assert "量子信息&人工智能产业产值达\u00a0300亿元，占比三成。" in text


def test_blocks_become_paragraphs_and_br_a_line_break():
    text = visible_text(PAGE).text
    assert "突破1.2万亿元\n\n今年1-9月" in text
    assert "占比三成。\n下一步" in text
    assert "指标\t数值\n\n营收\t1.2万亿元" in text


def test_source_line_break_between_chinese_characters_is_no_space():
    text = visible_text(PAGE).text
    # "…增长15%。\n  区内…" in the source: the line break is not a space
    assert "同比增长15%。区内高新技术企业" in text
    assert visible_text("<p>word\nnext</p>").text == "word next"


def test_every_character_maps_back_to_the_page():
    result = visible_text(PAGE)
    text, offsets = result.text, result.offsets
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(PAGE)
    assert offsets == sorted(offsets)
    for i, ch in enumerate(text):
        source = PAGE[offsets[i]]
        if ch in " \n\t":
            continue  # separators map to a tag or to collapsed whitespace
        if source == "&":
            continue  # decoded entity: maps to where the entity starts
        assert source == ch, (i, ch, PAGE[offsets[i]:offsets[i] + 10])


def test_entities_map_to_their_start():
    result = visible_text(PAGE)
    i = result.text.index("三成")
    assert PAGE[result.offsets[i]:].startswith("&#x4e09;")
    j = result.text.index("&人工智能")
    assert PAGE[result.offsets[j]:].startswith("&amp;")


@pytest.mark.parametrize("phrase", [
    "合肥高新区实现营业收入1.2万亿元",
    "区内高新技术企业超过2000家",
    "《支持科技创新若干政策》",
    "1.2万亿元",
])
def test_phrase_span_slices_the_page_exactly(phrase):
    result = visible_text(PAGE)
    view = normalize(result.text, result.offsets)
    start = view.text.index(phrase)
    raw_start, raw_end = view.raw_span(start, start + len(phrase))
    assert PAGE[raw_start:raw_end] == phrase


def test_phrase_with_an_entity_maps_to_the_source_markup():
    result = visible_text(PAGE)
    view = normalize(result.text, result.offsets)
    start = view.text.index("量子信息&人工智能")
    raw_start, raw_end = view.raw_span(start, start + len("量子信息&人工智能"))
    assert PAGE[raw_start:raw_end] == "量子信息&amp;人工智能"


def test_pre_keeps_its_line_breaks_and_spaces():
    html = "<pre>\n园区  指标\n营收  1.2万亿元\n</pre><p>后文</p>"
    assert visible_text(html).text == "园区  指标\n营收  1.2万亿元\n\n\n后文"


def test_malformed_markup_does_not_lose_text():
    html = "<p>营收 a < b 增长 & 提升 &unknown; <b>加粗<i>未闭合</p><div class='x>乱"
    text = visible_text(html).text
    assert "营收 a < b 增长 & 提升 &unknown; 加粗未闭合" in text


def test_unclosed_script_hides_only_itself_and_what_follows():
    text = visible_text("<p>正文</p><script>var a = 1;").text
    assert text == "正文"


def test_empty_and_tag_only_pages():
    assert visible_text("").text == ""
    assert visible_text("<html><body><br><img src='a.png'></body></html>").text == ""
    empty = visible_text("")
    assert empty.offsets == [0]


def test_declared_charset():
    assert declared_charset(b'<html><head><meta charset="GBK"></head>') == "gbk"
    assert declared_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=big5">') == "big5"
    assert declared_charset(b'<?xml version="1.0" encoding="gb2312"?><html>') == "gb2312"
    assert declared_charset(b"<meta charset='no-such-charset'>") is None
    assert declared_charset(b"<p>no declaration</p>") is None
