"""Periods a figure refers to: 2023年, 2022年前三季度, 今年1-9月, 去年12月底, “十四五”.

The label is the period as printed, folded to half-width, with quotes and
spaces removed and any dash written as '-', so the same period written two
ways gets one label.  `截至` is not part of the span: it says the figure is
cumulative, not which period it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Period", "find_periods"]


@dataclass(frozen=True, slots=True)
class Period:
    start: int  # text[start:end] == raw
    end: int
    raw: str
    label: str
    year: int | None  # only when the text gives it (2023年, 二〇二三年)


_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD.update({ord("\u3000"): " ", ord("–"): "-", ord("−"): "-"})
_NEEDS_FOLD = re.compile("[０-９－～＂\u3000–−]")  # only digits and dashes matter here

_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0", "○": "0"}
_YEAR = r"(?<![\d.])(?P<y1>(?:19|20)\d{2})(?:[ ]?(?:—{1,2}|-|~|至|到)[ ]?(?P<y2>(?:19|20)\d{2}))?[ ]?年"
_CN_YEAR = r"(?P<cy>[二一][〇○零一二三四五六七八九]{3})年"  # OCR prints 〇 as ○
_RELATIVE = r"(?P<rel>今年|去年|明年|前年|上年|本年|当年)"
_QUARTER = r"[一二三四1-4]"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
_MONTH = (rf"{_MONTH_NUM}(?:月?[ ]?(?:—{{1,2}}|-|~|至|到)[ ]?{_MONTH_NUM})?月份?"
          r"(?:[1-3]?\d[日号]|底|末|初|上旬|中旬|下旬)?")
_CN_MONTH = r"(?:十[一二]|[一二三四五六七八九十])月(?:底|末|初|上旬|中旬|下旬)?"
# 前两个月, 前10个月: the year's first months
_FIRST_MONTHS = r"前(?:十[一二]|[一二两三四五六七八九十]|1[01]|[1-9])个月"
_PART = (rf"前{_QUARTER}季度|第?{_QUARTER}季度|首季度?|{_FIRST_MONTHS}|[上下]半年|全年|年度|年?底|年?末|年?初")
# the older plans (“九五”期间, 八五时期: 1991-2000) only quoted or before 期间 / 时期 /
# 期末, since 九五 and 十五 are also plain words and numbers
_FIVE_YEAR = (r"(?P<q1>[“\"「『]?)(?P<plan>十[一二三四五]五"
              r"|(?:[六七八九]五|十五)(?=[”\"」』]|(?:期间|期間|时期|時期|期末|计划|計劃|规划|規劃)))"
              r"(?P<q2>[”\"」』]?)(?![万亿千百十个])")

# the lookahead lets the engine skip, in one test, the many positions where
# no period can start (5x faster on news text)
_PERIOD_RE = re.compile(
    r"(?=[\d今去明前上下本当第一二三四五六七八九十两近过“\"「『年全目截现迄自从揭挂成设获封首])(?:"
    rf"(?:{_YEAR}|{_CN_YEAR}|{_RELATIVE})(?:{_MONTH}|{_CN_MONTH}|{_PART})?"
    rf"|(?<![\d.]){_MONTH}"
    rf"|(?<![一二三四五六七八九十])(?:前{_QUARTER}季度|第{_QUARTER}季度|{_QUARTER}季度|[上下]半年)"
    rf"|(?<![提此之以目当早]){_FIRST_MONTHS}"  # not 提前两个月, 此前两个月
    r"|(?<![\d年今去明本当])全年"
    r"|(?:近|过去)?(?<![\d.])(?:[一二三四五六七八九十两]{1,2}|\d{1,2})年(?:来|以来)"
    # 近五年, 过去三年; 五年累计完成…, 兰州新区五年新引进…: the years a total covers
    r"|(?:近|过去)(?<![\d.])(?:[一二三四五六七八九十两]{1,2}|\d{1,2})年(?![前后内间级度])"
    r"|(?<![\d.第])(?:[一二三四五六七八九十两]{1,2}|\d{1,2})年(?=累计|共计|新引进|新增|新签约|来累计)"
    r"|(?<![截当])(?:截至)?目前|迄今(?:为止)?"
    # 自揭牌以来, 挂牌以来, 成立至今, 挂牌一年来: since the zone began
    r"|(?P<since>(?:自|从)(?:揭牌|挂牌|成立|设立|获批|封关运行|封关)(?:运行)?(?:以来|至今)"
    r"|(?:揭牌|挂牌|成立|设立|获批|封关运行|封关)(?:运行)?(?:以来|(?:[一二三四五六七八九十两]{1,3}|\d{1,2})周?年(?:来|以来)))"
    r"|(?<![一二三四五六七八九十])首季度?"
    r"|(?<![\u4e00-\u9fff])现时(?![间代期尚行])"  # 現時 of Hong Kong and Taiwan print: now
    rf"|{_FIVE_YEAR}"
    r"|(?<![\d年])年(?:底|末|初))"
)
_LABEL_DROP = re.compile(r"[ “”\"「」『』]")
_DASH = re.compile(r"—{1,2}|~|至|到")


def _cn_year(digits: str) -> int:
    return int("".join(_CN_DIGIT[c] for c in digits))


def find_periods(text: str) -> list[Period]:
    """Every period in `text`, sorted by start, non-overlapping."""
    if not text:
        return []
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    out: list[Period] = []
    for m in _PERIOD_RE.finditer(folded):
        start, end = m.start(), m.end()
        if out and start < out[-1].end:
            continue  # inside the span the one before took (…揭牌成立至今)
        if m.group("since"):
            out.append(Period(start, end, text[start:end], folded[start:end], None))
            continue
        if m.group("plan"):
            if bool(m.group("q1")) != bool(m.group("q2")):  # keep quotes only in pairs
                start = m.start("plan") if m.group("q1") else start
                end = m.end("plan") if m.group("q2") else end
            label, year = m.group("plan"), None
        else:
            label = _DASH.sub("-", _LABEL_DROP.sub("", folded[start:end])).replace("月-", "-")
            year = None
            if m.group("y1"):
                year = int(m.group("y2") or m.group("y1"))
            elif m.group("cy"):
                year = _cn_year(m.group("cy"))
                label = f"{year}年" + label[5:]
        if folded.startswith(("从", "自"), start - 1) or folded.startswith("自从", start - 2):
            # 从2019年8月20日揭牌成立至今: the span from that day on, as printed
            since = _SINCE.match(folded, end)
            if since:
                label, end = label + _LABEL_DROP.sub("", since.group()), since.end()
        out.append(Period(start, end, text[start:end], label, year))
    return out


_SINCE = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:至今|以来)")
