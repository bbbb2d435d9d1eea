"""Whose number a figure is: the zone's own total, or a company's or a
project's printed in the zone's story ("某某公司年产值34亿元", "该项目总投资
50亿元"). The subject is the organisation the clause before the number names;
"" when the number is the zone's.
"""
from __future__ import annotations

import re

# an organisation's name: a run of CJK/Latin ending in a suffix that marks one
_ORG_RE = re.compile(r"([\u4e00-\u9fffA-Za-z0-9（）()]{2,18}?(?:股份有限公司|有限责任公司|有限公司|公司|集团|项目))")
# words that lead into a name but are not part of it
_LEAD_RE = re.compile(r"^(?:.*(?:其中|以来|企业|已有|园区|全区|引进|签约|落户|落地|入驻|推动|推进|支持|包括|由|与|和|及|的|为|是|在|对|让|使|以|新建|建设|投资建设|"
                      r"总投资|计划投资))")
# project words that name the zone's own pipeline, not one project
_GENERIC = re.compile(r"^(?:[0-9一二三四五六七八九十百千万多余个批家]*|重大|重点|签约|招商|产业|新开工|开工|在建|续建|新建|竣工|"
                      r"投产|亿元以上|亿元|省重点|市重点|制造业|工业|外资|内资|科技|各类|所有|全部|优质|龙头|骨干|规上|"
                      r"入库|储备|落地|引进|新引进|新签约)*(?:项目|企业|公司|集团|基地)$")
# a count or a list inside the name: 100个项目, 中德氢能研究院等氢能产业项目 name many, not one
_NOT_ONE = re.compile(r"[0-9一二三四五六七八九十百千]+[个家项批]|等|上市")
_POINTER = re.compile(r"(?:该|这个|此|上述)(项目|公司|企业|基地|工厂)")
_CLAUSE_START = re.compile(r"[，,；;。！!？?：:\n]")
_WINDOW = 40


def subject_before(text: str, lo: int, q_start: int, named: list[tuple[int, int]]) -> str:
    """The company or project that text[lo:q_start] makes the subject of the
    number at q_start; "" for the zone itself. `named` are zone and place spans:
    a zone named after the organisation takes the sentence back."""
    start = max(lo, q_start - _WINDOW)
    last_named = max((e for s, e in named if e <= q_start), default=start)
    window = text[max(start, last_named):q_start]
    # only the clause the number is in and the one before it
    cuts = [m.end() for m in _CLAUSE_START.finditer(window)]
    if len(cuts) >= 2:
        window = window[cuts[-2]:]
    pointer = None
    for pointer in _POINTER.finditer(window):
        pass
    best = ""
    for m in _ORG_RE.finditer(window):
        name = _LEAD_RE.sub("", m.group(1)) or m.group(1)
        if len(name) >= 4 and not _GENERIC.match(name) and not _NOT_ONE.search(name) \
                and not window[m.end():m.end() + 1] == "等":
            best = name
            best_end = m.end()
    if pointer is not None and (not best or pointer.end() > best_end):
        return pointer.group(1)
    return best
