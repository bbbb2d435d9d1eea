"""Encoding detection: Chinese articles saved the ways real files are saved
come back as the same text, whatever the encoding."""
from __future__ import annotations

import codecs
import random

import pytest

from zoneprofiles.corpus.encoding import decode_bytes
from zoneprofiles.corpus.reader import read_source

SIMPLIFIED = (
    "苏州工业园区2023年实现地区生产总值3686亿元，同比增长5.8%。\n"
    "园区累计引进外资项目超过5000个，其中世界500强企业投资的项目达150多个。\n"
    "今年1-9月，生物医药产业产值突破1200亿元，纳米新材料产业集聚企业近千家。\n"
)
# with half-width punctuation, as in most OCR'd pages
SIMPLIFIED_HALF = (
    "合肥高新区去年完成规上工业总产值约2600亿元,同比增长12%。"
    "区内集聚高新技术企业超2000家,量子信息、人工智能等新兴产业产值占比达七成以上。\n"
)
TRADITIONAL = (
    "新竹科學園區去年營業額達新臺幣3兆元，較前年增加一成。\n"
    "園區廠商共有600家，從業員工約16萬人，半導體產業佔整體營收七成以上。\n"
)


@pytest.mark.parametrize(
    "text, encode_as, expected",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (SIMPLIFIED_HALF, "gb18030", "gb18030"),
        (TRADITIONAL, "big5", "big5"),
        (TRADITIONAL, "utf-8", "utf-8"),
    ],
)
def test_article_file_reads_back_as_written(tmp_path, text, encode_as, expected):
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encode_as))
    source = read_source(path, "article.txt")
    assert source.text == text
    assert source.encoding == expected
    assert source.warnings == []


@pytest.mark.parametrize("bom, codec, expected", [
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    (b"", "utf-16-le", "utf-16-le"),
    (b"", "utf-16-be", "utf-16-be"),
])
@pytest.mark.parametrize("text", [SIMPLIFIED, SIMPLIFIED_HALF, TRADITIONAL])
def test_utf16_with_and_without_bom(tmp_path, bom, codec, expected, text):
    path = tmp_path / "unicode.txt"
    path.write_bytes(bom + text.encode(codec))
    source = read_source(path, "unicode.txt")
    assert source.text == text  # the BOM is not part of the text
    assert source.encoding == expected


def test_utf8_bom_is_not_part_of_the_text():
    decoded = decode_bytes(codecs.BOM_UTF8 + "高新区".encode())
    assert decoded.text == "高新区"
    assert decoded.encoding == "utf-8-sig"


@pytest.mark.parametrize("title", [
    "合肥高新区前三季度规上工业增加值同比增长百分之十五点二",  # a 30-character headline
    "广州开发区出台十条措施支持生物医药产业发展",
    "清远高新区",
    "● 截至目前",
    "◎本报记者 魏荣",  # a byline: mostly names, rare characters
    "## 一、强链补链",
])
def test_short_gbk_headlines(title):
    decoded = decode_bytes(title.encode("gbk"))
    assert decoded.text == title
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize("title", [
    "臺灣科學園區營業額創新高",
    "經濟部公布半導體產業出口統計",
    "園區廠商",
])
def test_short_big5_headlines(title):
    decoded = decode_bytes(title.encode("big5"))
    assert decoded.text == title
    assert decoded.encoding in ("big5", "cp950")


def test_gbk_characters_beyond_gb2312_and_gb18030_four_byte_ones():
    text = "王喆与李堃在中关村科学城创办的企业，去年营收3.5亿元。名字里有䶮字的工程师也在。"
    data = text.encode("gb18030")
    assert len(data) > len(text.encode("gbk", "ignore"))  # 䶮 needs four bytes
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert decoded.encoding == "gb18030"


def test_few_bad_bytes_in_utf8_become_replacement_characters():
    good = SIMPLIFIED.encode("utf-8")
    cut = len("苏州工业园区".encode())
    data = good[:cut] + b"\xff\xfe" + good[cut:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 2
    assert decoded.text == "苏州工业园区\ufffd\ufffd" + SIMPLIFIED[6:]
    assert len(decoded.warnings) == 1
    assert "2 bytes" in decoded.warnings[0] and f"byte {cut}" in decoded.warnings[0]


def test_few_bad_bytes_in_gbk_become_replacement_characters():
    good = SIMPLIFIED.encode("gbk")
    cut = len("苏州工业园区2023年".encode("gbk"))
    data = good[:cut] + b"\x80" + good[cut:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "gb18030"
    assert decoded.replaced == 1
    assert decoded.text == "苏州工业园区2023年\ufffd" + SIMPLIFIED[11:]
    assert "1 byte " in decoded.warnings[0] and "line 1" in decoded.warnings[0]


def test_bad_byte_position_names_the_line():
    data = "第一行\n第二行\n".encode() + b"\xc0" + "第三行".encode()
    decoded = decode_bytes(data)
    assert decoded.text == "第一行\n第二行\n\ufffd第三行"
    assert "line 3" in decoded.warnings[0]


def test_nul_bytes_in_text_are_shown_and_reported():
    data = "经开区2022年营收".encode() + b"\x00" + "增长8%".encode()
    decoded = decode_bytes(data)
    assert not decoded.binary
    assert decoded.text == "经开区2022年营收\ufffd增长8%"
    assert any("NUL" in w for w in decoded.warnings)


def test_png_and_random_bytes_are_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert decode_bytes(png).binary
    noise = random.Random(7).randbytes(4096)
    assert decode_bytes(noise).binary


def test_mostly_control_bytes_without_nul_is_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 0x41]) * 200
    assert decode_bytes(data).binary


def test_declared_charset_settles_a_close_call():
    # one rare character whose two bytes are a rare character in Big5 too:
    # only the page's declaration can tell which was meant
    data = "蓄".encode("gbk")
    in_big5 = data.decode("big5")
    assert decode_bytes(data).text == "蓄"  # undeclared: the mainland encoding
    assert decode_bytes(data, hint="big5").text == in_big5
    assert decode_bytes(data, hint="GB2312").text == "蓄"


def test_declared_charset_never_beats_valid_utf8():
    data = SIMPLIFIED.encode("utf-8")
    decoded = decode_bytes(data, hint="gbk")
    assert decoded.text == SIMPLIFIED and decoded.encoding == "utf-8"


def test_western_text_falls_back_to_a_single_byte_encoding():
    text = "Zhangjiang Hi-Tech Park: a café, résumés and 12 m² offices.\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert not decoded.binary


def test_empty_bytes_decode_to_empty_text():
    decoded = decode_bytes(b"")
    assert decoded.text == "" and decoded.replaced == 0 and not decoded.binary
