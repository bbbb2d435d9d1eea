"""What a period label means on the calendar: its year, how long it is, its first and last day.

`resolve(label, article_date)` takes a label from `periods.find_periods`
("2023年", "2022年前三季度", "今年1-9月", "去年12月底", "十四五", "1-5月",
"上半年", "二〇二三年"…) and the date the article was published (or None),
and gives a `Resolved`:

- `year`: the year the period ends in (2023年1-9月 → 2023; 十四五 → 2025;
  2017-2018年 → 2018), None when the label has no year and none can be had
  from the article date (a bare 上半年, or 去年, without an article date).
- `span`: a short canonical word for how long the period is, so that the
  same kind of period printed two ways compares equal:

  ============  ==============================================================
  span          labels
  ============  ==============================================================
  全年          2023年, 2023年度, 全年, 今年, 去年, 到2025年 (a target year)
  上半年/下半年  上半年, 2023年下半年, 今年上半年
  一季度…四季度  一季度, 第三季度, 3季度, 2024年一季度
  前三季度       前三季度 (January to September); 前二季度 → 上半年, 前四季度 → 全年
  1-9月         a month range as printed: 1-9月, 1—5月, 3-5月份
  5月           a single month: 5月, 5月份, 五月
  5月上旬        上旬 / 中旬 / 下旬 of a month
  年末          a point at the end of the year: 年底, 年末, 12月底, 12月末
  6月末         a point at the end of another month: 6月底, 6月末
  年初 / 3月初   a point at the start of the year / of a month (1月初 → 年初)
  1月28日        one day
  2021-2025     several years: 2017-2018年, and five-year plans (十四五)
  ""            not understood
  ============  ==============================================================

- `start`, `end`: the first and last day the period covers (a point in time
  has start == end), None when the year is unknown.

Relative years count from the article date: 今年/本年/当年 → its year,
去年/上年 → year - 1, 前年 → year - 2, 明年 → year + 1.  A label without any
year (上半年, 前三季度, 1-5月, 年底) is taken to be in the article's year.
A label ending in 以来 ("今年以来", "2021年以来", "5月以来") runs from the
start of the period to the article date: 今年以来 in an article of
2023-08-16 is span "1-8月", 2023-01-01 … 2023-08-16.  find_periods leaves
以来 out of its label, so the caller passes it on: `resolve(label + "以来", d)`.

Pure and quick (no imports beyond the standard library, a few µs a call).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .lazy_re import LazyPattern

__all__ = ["Resolved", "resolve", "FIVE_YEAR_PLANS", "UNKNOWN"]



_Lazy = LazyPattern  # compiled on first use: nothing to pay at start-up


@dataclass(frozen=True, slots=True)
class Resolved:
    year: int | None             # the year the period ends in
    span: str                    # canonical word for the length, "" when unknown
    start: dt.date | None        # first day covered
    end: dt.date | None          # last day covered (== start for a point in time)


UNKNOWN = Resolved(None, "", None, None)

# the national five-year plans: first and last year
FIVE_YEAR_PLANS: dict[str, tuple[int, int]] = {
    "六五": (1981, 1985),
    "七五": (1986, 1990),
    "八五": (1991, 1995),
    "九五": (1996, 2000),
    "十五": (2001, 2005),
    "十一五": (2006, 2010),
    "十二五": (2011, 2015),
    "十三五": (2016, 2020),
    "十四五": (2021, 2025),
    "十五五": (2026, 2030),
}

_RELATIVE = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_QUARTER_WORD = {1: "一季度", 2: "二季度", 3: "三季度", 4: "四季度"}

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD.update({ord("\u3000"): None, ord(" "): None, ord("–"): "-", ord("−"): "-", ord("—"): "-",
              ord("~"): "-", ord("～"): "-", ord("“"): None, ord("”"): None, ord('"'): None,
              ord("「"): None, ord("」"): None, ord("『"): None, ord("』"): None})
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "两": 2}
_LEAD = _Lazy(r"^(?:截至到|截止到|截至|截止|力争到|力争在|到|至|在)")
_DASHES = _Lazy(r"-+|至|到")
_CN_NUM = r"十[一二]|[一二三四五六七八九十]"
_MON = rf"1[0-2]|0?[1-9]|{_CN_NUM}"
_LABEL = _Lazy(
    r"^(?:(?P<y1>(?:19|20)\d{2})(?:-(?P<y2>(?:19|20)\d{2}))?年"
    r"|(?P<cy>[〇○零一二三四五六七八九]{4})年"
    r"|(?P<rel>今年|本年|当年|去年|上年|前年|明年))?"
    r"(?P<rest>.*)$")
_MONTHS = _Lazy(
    rf"^(?P<m1>{_MON})(?:-(?P<m2>{_MON}))?月份?"
    r"(?:(?P<d>[1-3]?\d)[日号]|(?P<tail>底|末|初|上旬|中旬|下旬))?$")
_FIRST_MONTHS = _Lazy(r"^前(?P<n>十[一二]|[一二两三四五六七八九十]|1[01]|[1-9])个月$")
_QUARTERS = _Lazy(r"^(?P<first>前)?第?(?P<q>[一二三四1-4两])季度$")


def _cn_small(s: str) -> int:
    """1..12 written in Chinese (五, 十, 十二) or in digits."""
    if s.isdigit():
        return int(s)
    if s.startswith("十"):
        return 10 + (_CN_DIGIT[s[1]] if len(s) > 1 else 0)
    return _CN_DIGIT[s]


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _make(year: int | None, span: str, first: tuple[int, int | None],
          last: tuple[int, int | None]) -> Resolved:
    """A Resolved from (month, day) of the first and last day in `year`;
    day None means the month's last day."""
    if year is None:
        return Resolved(None, span, None, None)
    try:
        start, end = (_last_day(year, m) if d is None else dt.date(year, m, d)
                      for m, d in (first, last))
    except ValueError:  # 2月30日
        return Resolved(year, "", None, None)
    return Resolved(year, span, start, end)


def _part(rest: str, year: int | None) -> Resolved | None:
    """The period `rest` (what follows the year in the label) of `year`."""
    if rest in ("", "全年", "年度", "度", "全年度"):
        return _make(year, "全年", (1, 1), (12, 31))
    if rest in ("年底", "年末", "底", "末", "年终", "终"):
        return _make(year, "年末", (12, 31), (12, 31))
    if rest in ("年初", "初"):
        return _make(year, "年初", (1, 1), (1, 1))
    if rest in ("首季", "首季度"):
        return _make(year, "一季度", (1, 1), (3, 31))
    if rest == "上半年":
        return _make(year, "上半年", (1, 1), (6, 30))
    if rest == "下半年":
        return _make(year, "下半年", (7, 1), (12, 31))
    m = _FIRST_MONTHS.match(rest)
    if m:  # 前两个月: January to the n-th month
        n = _cn_small(m.group("n").replace("两", "二"))
        if not 1 <= n <= 12:
            return Resolved(year, "", None, None)
        return _make(year, "1月" if n == 1 else f"1-{n}月", (1, 1), (n, None))
    m = _QUARTERS.match(rest)
    if m:
        q = _cn_small(m.group("q"))
        if m.group("first"):
            if q == 1:
                return _make(year, "一季度", (1, 1), (3, 31))
            if q == 2:
                return _make(year, "上半年", (1, 1), (6, 30))
            if q == 4:
                return _make(year, "全年", (1, 1), (12, 31))
            return _make(year, "前三季度", (1, 1), (9, 30))
        return _make(year, _QUARTER_WORD[q], (3 * q - 2, 1), (3 * q, None))
    m = _MONTHS.match(rest)
    if m:
        m1 = _cn_small(m.group("m1"))
        m2 = _cn_small(m.group("m2")) if m.group("m2") else m1
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or m2 < m1:
            return Resolved(year, "", None, None)
        day, tail = m.group("d"), m.group("tail")
        if day:
            d = int(day)
            if not 1 <= d <= calendar.monthrange(2000, m2)[1]:  # 2000: 2月29日 exists
                return Resolved(year, "", None, None)
            if m2 > m1:
                return _make(year, f"{m1}-{m2}月", (m1, 1), (m2, d))
            return _make(year, f"{m1}月{d}日", (m1, d), (m1, d))
        if m2 > m1:  # a range: 1-9月 (an end-of-month tail changes nothing)
            if tail in ("初", "上旬", "中旬", "下旬"):
                return Resolved(year, "", None, None)
            return _make(year, f"{m1}-{m2}月", (m1, 1), (m2, None))
        if tail in ("底", "末"):
            return _make(year, "年末" if m1 == 12 else f"{m1}月末", (m1, None), (m1, None))
        if tail == "初":
            return _make(year, "年初" if m1 == 1 else f"{m1}月初", (m1, 1), (m1, 1))
        if tail == "上旬":
            return _make(year, f"{m1}月上旬", (m1, 1), (m1, 10))
        if tail == "中旬":
            return _make(year, f"{m1}月中旬", (m1, 11), (m1, 20))
        if tail == "下旬":
            return _make(year, f"{m1}月下旬", (m1, 21), (m1, None))
        return _make(year, f"{m1}月", (m1, 1), (m1, None))
    return None


def _since(r: Resolved, article_date: dt.date | None) -> Resolved:
    """`r` + 以来: from the start of `r` to the article date."""
    if r.start is None or article_date is None or r.start > article_date:
        return UNKNOWN
    y0, y1 = r.start.year, article_date.year
    if y0 == y1:
        m0, m1 = r.start.month, article_date.month
        span = f"{m0}月" if m0 == m1 else f"{m0}-{m1}月"
    else:
        span = f"{y0}-{y1}"
    return Resolved(y1, span, r.start, article_date)


def resolve(label: str, article_date: dt.date | None = None) -> Resolved:
    """The year, span, first and last day of the period `label` (see the module doc).

    `label` is a `Period.label` (raw text works too: full-width digits, quotes,
    any dash and a leading 截至/到 are folded away); `article_date` is the
    date the article was published, used for 今年/去年… and for labels
    without a year.  Never raises: what it cannot read resolves to `UNKNOWN`
    (or to a year with span "" when only the year is clear).
    """
    if not label:
        return UNKNOWN
    s = _LEAD.sub("", label.translate(_FOLD))
    since = s.endswith("以来")
    if since:
        s = s[:-2]
    s = _DASHES.sub("-", s)
    base = article_date.year if article_date is not None else None

    plan = s[:3] if s[:3] in FIVE_YEAR_PLANS else s[:2]
    rest = s[len(plan):]
    if plan in FIVE_YEAR_PLANS and rest in ("", "期间", "时期", "期", "规划", "规划期", "末", "期末"):
        y0, y1 = FIVE_YEAR_PLANS[plan]
        if rest in ("末", "期末"):
            r = Resolved(y1, "年末", dt.date(y1, 12, 31), dt.date(y1, 12, 31))
        else:
            r = Resolved(y1, f"{y0}-{y1}", dt.date(y0, 1, 1), dt.date(y1, 12, 31))
        return _since(r, article_date) if since else r

    m = _LABEL.match(s)
    if m is None:  # cannot happen: every group is optional
        return UNKNOWN
    rest = m.group("rest")
    if m.group("y2"):
        y0, y1 = int(m.group("y1")), int(m.group("y2"))
        if y1 <= y0 or rest:
            return Resolved(y1, "", None, None)
        r = Resolved(y1, f"{y0}-{y1}", dt.date(y0, 1, 1), dt.date(y1, 12, 31))
        return _since(r, article_date) if since else r
    if m.group("y1"):
        year: int | None = int(m.group("y1"))
    elif m.group("cy"):
        year = int("".join(str(_CN_DIGIT[c]) for c in m.group("cy")))
    elif m.group("rel"):
        year = None if base is None else base + _RELATIVE[m.group("rel")]
    elif not rest:
        return UNKNOWN
    else:
        year = base
    r = _part(rest, year)
    if r is None or not r.span:
        # a year is kept only when the label prints one (2023年 + something unknown)
        return Resolved(year, "", None, None) if (m.group("y1") or m.group("cy")) else UNKNOWN
    if since:
        return _since(r, article_date)
    return r
