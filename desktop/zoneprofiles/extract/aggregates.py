"""Words that speak for many zones or for a whole region: 各地, 全省开发区,
国家级经开区, 178家国家高新区, 国家高新区 (the national aggregate).

A figure whose subject is one of these is nobody's zone's figure, the same
as one about 全国 or 广州市: attribution treats them as places that block.
(全国, 全省, 全市, 我国 and city or province names are found by ZoneFinder;
this adds what it leaves alone.) 全区, 该区 and 园区 are not here: they point
back to a zone.

A phrase that only frames a comparison or a ranking (在国家高新区中排名第10,
高于全省开发区平均水平, 占国家级经开区总数的一成) or names a status (获批国家高新区)
is not what the sentence is about, and is left out.
"""
from __future__ import annotations

import re

from .zones import Locus

_NOUN = (r"(?:高新技术产业开发区|高新技术开发区|高新区|经济技术开发区|经济开发区|经开区|开发区|"
         r"自由贸易试验区|自贸试验区|自贸区|自贸片区|综合保税区|综保区|工业园区|产业园区|园区|"
         r"新区|科学城|示范区|自创区)")
# a noun that may stand after a bare count: 12个开发区 counts zones, 3个产业园区 may be one zone's
_COUNTABLE = r"(?:高新技术产业开发区|高新区|经济技术开发区|经开区|开发区|自贸片区|自贸区|综合保税区|综保区)"
_COUNT = r"(?:\d+|[一二两三四五六七八九十百千几数]+)[多余]?(?:家|个|座)"
_LEVEL = r"(?:国家级|国家|省级以上|省级|市级以上|市级|省市级|省市两级)"
_SCOPE = r"(?:全国|全省|全市|我国|各类|各级|各)"

_NOUN_RE = re.compile(_NOUN)
_COUNTABLE_RE = re.compile(_COUNTABLE + "$")
# what may stand before the noun, anchored at it: the longest match is the leftmost
_PREFIX_RE = re.compile(rf"(?:{_SCOPE}?(?:{_COUNT})?{_LEVEL}|{_SCOPE}(?:{_COUNT})?)$")
_COUNT_PREFIX_RE = re.compile(rf"{_COUNT}$")
_PREFIX_MAX = 16
# ... and the towns and streets of a county, or its "一区八园" (a zone and its eight parks) together
_REGIONS_RE = re.compile(r"各地(?:区)?|各省(?:区市|市区|市|区)?|各城市|各地市|各?镇街|各乡镇|各街道|"
                         r"(?<![\u4e00-\u9fff])[一两二三四五六七八九十]区[两二三四五六七八九十多]园")

# what stands before a phrase that only frames it: 在…中, 居…, 高于…, 获批…
_FRAME_BEFORE = re.compile(
    r"(?:[在居占于列比较与同和及跟较为是]|成为|获批|批准|升级为|升格为|晋升为?|认定为?|列入|入选|跻身|"
    r"位列|位居|领跑|创建|申报|争创|打造|建设|设立|批复|纳入|进入|对标|超过|高于|低于|相比)$")
# what follows a phrase naming a ranking or an evaluation rather than a subject
_FRAME_AFTER = re.compile(
    r"(?:中|之中|里|之列|行列|序列|前列|前\d|第|首|排名|排行|综合|评价|考核|评估|称号|名单|方阵|阵营|"
    r"建设|创建|之一)")


def _phrases(text: str):
    """(start, end) of every aggregate phrase, in order: found from the zone
    noun back, so the text is read once, not tried at every character."""
    out = [m.span() for m in _REGIONS_RE.finditer(text)]
    last_end = 0
    for m in _NOUN_RE.finditer(text):
        ns, ne = m.span()
        lo = max(last_end, ns - _PREFIX_MAX)
        pre = _PREFIX_RE.search(text, lo, ns)
        if pre is None and _COUNTABLE_RE.match(m.group()):
            pre = _COUNT_PREFIX_RE.search(text, lo, ns)  # 12个开发区
        if pre is None or pre.start() == ns and not pre.group():
            continue
        out.append((pre.start(), ne))
        last_end = ne
    out.sort()
    return out


def aggregate_loci(text: str, taken: list[Locus] = ()) -> list[Locus]:
    """Place loci for aggregate words in `text`, none overlapping `taken`
    (the loci ZoneFinder found, in order of start)."""
    busy = sorted((l.start, l.end) for l in taken)
    out: list[Locus] = []
    k = 0
    for s, e in _phrases(text):
        while k < len(busy) and busy[k][1] <= s:
            k += 1
        if k < len(busy) and busy[k][0] < e:
            continue  # part of a zone's name, or a place already found
        if _FRAME_BEFORE.search(text, max(0, s - 3), s) or _FRAME_AFTER.match(text, e):
            continue
        out.append(Locus(s, e, "place"))
    return out
