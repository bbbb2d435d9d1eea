"""Properties of the reader, over inputs nobody would think to write by hand:
no bytes make decoding raise or yield text that cannot be saved, good text
comes back as written, and every normalised character still points at the
character of the file it came from, so highlighting and export stay exact."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from zoneprofiles.corpus.encoding import decode_bytes
from zoneprofiles.corpus.html_text import visible_text
from zoneprofiles.corpus.normalize import _HAN_RUN, _TABLE, normalize, to_simplified
from zoneprofiles.corpus.reader import ReadError, read_source

COMMON = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种"
          "面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
          "园区开发高新技术产业经济亿万元增长企业项目投资")
CHINESE = st.text(alphabet=st.sampled_from(list(COMMON + "，。、；：“”（）《》0123456789%")),
                  min_size=1, max_size=200)
# text as OCR and web pages deliver it: full-width forms, odd spaces, zero-width
# marks, CR, soft hyphens, digits with spaces inside
MESSY = st.text(alphabet=st.one_of(
    st.sampled_from(list("0123456789 .%万亿元园区增长\r\n\t\u3000\u00a0\u200b\u200d\ufeff\u00ad"
                         "０１２３４５６７８９％，。ＡＢｃ")),
    st.characters()), max_size=300)
HINTS = st.one_of(st.none(), st.sampled_from(["utf-8", "gbk", "gb2312", "big5", "utf-16",
                                              "latin-1", "x-unknown", "", "utf-8; foo"]))
RAW = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _fold(ch: str) -> str:
    return ch.translate(_TABLE)


def _folded(text: str) -> str:
    """`text` as normalisation reads it, position for position: folded, and
    traditional script made simplified (蘇 -> 苏)."""
    return to_simplified(text.translate(_TABLE))


def _same_but_script(a: str, b: str) -> bool:
    """Equal, but for an ideograph in one script where the other has it in
    the other (t2s looks at the words around a character, so a piece cut out
    of a text may convert differently)."""
    return len(a) == len(b) and all(
        x == y or (_HAN_RUN.fullmatch(x) and _HAN_RUN.fullmatch(y)) for x, y in zip(a, b))


@RAW
@given(st.binary(max_size=4000), HINTS)
def test_no_bytes_make_decoding_raise_or_yield_unsavable_text(data, hint):
    decoded = decode_bytes(data, hint)
    assert isinstance(decoded.text, str)
    decoded.text.encode("utf-8")  # no lone surrogates: the text can be hashed, saved, shown
    if not decoded.binary:
        assert "\x00" not in decoded.text  # NUL is shown as a mark, never passed on
    assert decoded.replaced >= 0 and all(isinstance(w, str) for w in decoded.warnings)


@RAW
@given(st.binary(min_size=1, max_size=2000),
       st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG\r\n\x1a\n"]))
def test_bytes_behind_a_byte_order_mark_or_a_magic_number_never_raise(data, prefix):
    decoded = decode_bytes(prefix + data)
    decoded.text.encode("utf-8")


@RAW
@given(CHINESE)
def test_chinese_text_saved_as_utf8_comes_back_as_written(text):
    assert decode_bytes(text.encode("utf-8")).text == text
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8")).text == text
    assert decode_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le")).text == text


@RAW
@given(st.text(alphabet=st.sampled_from(list(COMMON)), min_size=3, max_size=40),
       st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=60),
       st.booleans())
def test_chinese_with_any_other_writing_in_utf8_comes_back_as_written(chinese, other, first):
    # (a file of two-byte UTF-8 letters alone, such as "ľ", may be read as GBK
    # on purpose: that is what a short GBK text looks like; see encoding.py)
    text = chinese + other if first else other + chinese
    assert decode_bytes(text.encode("utf-8")).text == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(COMMON + "，。、；")), min_size=30, max_size=200))
def test_chinese_text_saved_as_gbk_comes_back_as_written(text):
    assert decode_bytes(text.encode("gbk")).text == text


@RAW
@given(MESSY)
def test_every_normalised_character_points_at_its_own_source_character(source):
    view = normalize(source)
    positions = [view.pos(i) for i in range(len(view.text))]
    assert all(a < b for a, b in zip(positions, positions[1:]))  # in order, never shared
    folded = _folded(source)
    for i, p in enumerate(positions):
        assert 0 <= p < len(source)
        assert folded[p] == view.text[i]
    if view.offsets is not None:
        assert int(view.offsets[len(view.text)]) == len(source)


@RAW
@given(MESSY, st.data())
def test_raw_span_slices_the_source_that_normalises_to_the_span(source, data):
    view = normalize(source)
    assume(view.text)
    i = data.draw(st.integers(0, len(view.text) - 1))
    j = data.draw(st.integers(i + 1, len(view.text)))
    a, b = view.raw_span(i, j)
    assert 0 <= a < b <= len(source)
    assert _same_but_script(normalize(source[a:b]).text, view.text[i:j])


PIECES = st.one_of(st.sampled_from(list("<>&;/=\"' #x\n中文")),
                   st.sampled_from(["<p>", "</p>", "<br>", "<script>", "</script>", "<style>",
                                    "&amp;", "&#20013;", "&nbsp;", "<!--", "-->",
                                    "<div class='a'>", "<img src='http://x/y.png'>"]),
                   st.characters())
TAGGY = st.lists(PIECES, max_size=80).map("".join)


@RAW
@given(TAGGY)
def test_html_visible_text_points_at_the_page_characters_it_shows(page):
    visible = visible_text(page)
    view = normalize(visible.text, visible.offsets)
    for i, ch in enumerate(view.text):
        p = view.pos(i)
        assert 0 <= p <= len(page)
        shown = page[p] if p < len(page) else ""
        # the character itself; an entity's "&"; or a line break or space
        # standing for a tag or a run of blank space
        assert _same_but_script(ch, _fold(shown)) or shown == "&" or (
            ch in " \n" and (shown.isspace() or shown == "<")), (i, ch, shown)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".md", ".html"]))
def test_reading_any_file_gives_text_or_a_plain_refusal(tmp_path, data, suffix):
    path = tmp_path / f"文章{suffix}"
    path.write_bytes(data)
    try:
        source = read_source(path, path.name)
    except ReadError as error:
        assert error.message.startswith(f"{path.name}: ")
        return
    source.text.encode("utf-8")
    # plain text is read with a lone CR as a line break, so compare with that
    text = _folded(re.sub("\r(?!\n)", "\n", source.text)) if suffix != ".html" else None
    for i in range(len(source.view.text)):
        p = source.view.pos(i)
        assert 0 <= p < len(source.text)
        if text is not None:  # plain text: the very character, folded
            assert text[p] == source.view.text[i]


def test_a_seed_like_article_survives_every_encoding_it_is_saved_in(tmp_path):
    article = ("今年前三季度，株洲高新技术产业开发区实现规上工业总产值约640亿元，同比增长8.5%。"
               "园区新引进项目36个，总投资额超过95亿元。")
    for encoding in ("utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"):
        path = Path(tmp_path) / f"{encoding}.txt"
        path.write_bytes(article.encode(encoding))
        assert read_source(path, path.name).text == article, encoding
