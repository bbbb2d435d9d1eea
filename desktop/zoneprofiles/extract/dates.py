"""When an article was published, and by whom, as printed in the article.

`article_date(text, file_mtime=None)` reads one article's text (its title,
byline and first lines included) and gives an `ArticleDate`:

- `date`: the publication date, or None;
- `source`: where the date was read —
  - "dateline": a publication line: "2022年08月16日10:42 来源:合肥日报",
    "2018-11-07 09:29:12 来源:郑州日报", "发布时间:2024-11-15",
    "发布日期：2023/02/01" (a full date with a label, a clock time, or
    来源/作者/编辑 on the same short line), near the top or at the end;
  - "header": a newspaper page header near the top: "2023年2月1日 星期三",
    or a full date alone on its line (beside the paper's name, 第N版, 农历…);
  - "text": a date printed in the article's own lines: an agency or paper
    lead "新华社合肥8月16日电" / "中新社北京12月12日电" / "本报合肥8月16日电"
    (month and day only: the year is taken from another date printed in
    the text, see below), or a trailing "（2023年2月1日）" / "编辑：… 2023-02-01"
    line at the end;
  - "file": nothing printed, the file's modification date (`file_mtime`);
  - "": no date;
- `start`, `end`: offsets of the printed date in `text` (`text[start:end]` is
  "2022年08月16日", "2024-11-15", "8月16日"…), -1 when none;
- `outlet`: the outlet named — 来源:合肥日报, the agency of a lead (新华社,
  中新社, 人民网), "合肥日报讯", a page header's paper, a byline's
  "羊城晚报记者" — or "" ("本报" names no one).

A date in the body about an event ("2023年5月，园区引进…", "2023年5月10日，项目签约")
is never the article date: only the lines near the beginning (the first
`TOP_LINES` non-empty lines) and the last `BOTTOM_LINES` ones are read, and
there only publication lines, headers, leads and trailing date lines count.
A lead's year: among the other dates printed with a year and a month, the
latest one not after the lead's month and day in its year (events are
reported after they happen); failing that, the earliest one.  With no year
to be had the date stays None and the outlet is kept; `file_mtime` is then
not used (the article printed its date, only not the year: a file date, often
the day it was saved, would pass for a printed one).

Full-width digits, colons and brackets are read like half-width ones; offsets
are into `text` as given.  Pure (standard library only), a few µs an article.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lazy_re import LazyPattern

__all__ = ["ArticleDate", "article_date", "NO_DATE", "TOP_LINES", "BOTTOM_LINES"]


_Lazy = LazyPattern  # compiled on first use: nothing to pay at start-up


TOP_LINES = 8      # at most this many non-empty lines at the top are read for datelines,
                   # headers and leads, and none after the first one with a full stop
BOTTOM_LINES = 3   # non-empty lines at the end read for trailing dates


@dataclass(frozen=True, slots=True)
class ArticleDate:
    date: dt.date | None
    source: str     # "dateline" | "header" | "text" | "file" | ""
    start: int      # text[start:end] is the printed date; -1 when none
    end: int
    outlet: str     # 合肥日报, 新华社, 人民网…, or ""


NO_DATE = ArticleDate(None, "", -1, -1, "")

# one character for one: offsets in the folded text are offsets in `text`
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = " "

_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
_CN_DAY = r"[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九]"
_DATE = _Lazy(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[ ]?(?:"
    r"年[ ]?(?P<m1>\d{1,2})[ ]?月[ ]?(?P<d1>\d{1,2})[ ]?[日号]"
    r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d|\.\d))"
    rf"|(?P<cy>[〇○零一二三四五六七八九]{{4}})年(?P<cm>十[一二]?|[一二三四五六七八九])月(?P<cd>{_CN_DAY})日")
# a year and a month at least: the dates a lead may take its year from
_YEAR_MONTH = _Lazy(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?:[ ]?年[ ]?(?P<m1>\d{1,2})[ ]?月(?:[ ]?(?P<d1>\d{1,2})[ ]?[日号])?"
    r"|(?P<sep>[-/.])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d))")
_CLOCK = _Lazy(r"[ ]*(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?")
_WEEKDAY = _Lazy(r"[ ]*[(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)]?")
# simplified and traditional spellings (articles come in both scripts)
_FA = "[发發]"
# a label right before the date ("发布时间:", "日期 "), not inside a word (截止日期)
_LABEL = _Lazy(
    rf"(?<![\u4e00-\u9fff])(?:{_FA}[布佈][时時][间間]|{_FA}[布佈]日期|{_FA}稿[时時][间間]|{_FA}表[时時][间間]|"
    rf"更新[时時][间間]|{_FA}文日期|成文日期|印{_FA}日期|{_FA}[布佈]于|{_FA}[布佈]|[时時][间間]|日期)[ ]*[:]?[ ]*$")
_META_WORD = _Lazy(
    r"(?<![\u4e00-\u9fff])(?:[来來]源|稿源|作者|[编編][辑輯]|[责責][编編]|[责責]任[编編][辑輯]|[浏瀏][览覽]|"
    r"[阅閱][读讀]|[点點][击擊]|字[号號])")
_SOURCE = _Lazy(
    r"(?<![\u4e00-\u9fff])(?:[来來]源|稿源|信息[来來]源|文章[来來]源)[ ]*[:][ ]*"
    r"(?P<v>[^\s|丨/,，。;；:：\[\]【】()（）<>《》]{2,20})")
_SOURCE_CUT = _Lazy(
    r"(?:作者|[编編][辑輯]|[责責][编編]|[时時][间間]|[发發][布佈]|[浏瀏][览覽]|[阅閱][读讀]|[点點][击擊]|字[号號]|"
    r"[记記]者|通[讯訊]员|通訊員|日期).*$|[-—_·].*$")
_NOT_OUTLET = {"本站", "本网", "本網", "网络", "網絡", "原创", "原創", "互联网", "互聯網", "网友", "網友",
               "综合", "綜合", "本报", "本報"}
_PAPER = r"[\u4e00-\u9fff]{2,8}?[报報]"  # 合肥日报, 羊城晚报, 中国青年报, 成都日報
_NET = r"[\u4e00-\u9fff]{2,6}?[网網]"    # 廣西新聞網, 东方网: only in leads and 来源
_AGENCY = (r"新华社|新華社|中新社|中新网|中新網|中国新闻网|中國新聞網|人民网|人民網|新华网|新華網|央视网|央視網|"
           r"央广网|央廣網|光明网|光明網|中国网|中國網|国际在线|國際在線|澎湃新闻|澎湃新聞")
_BENBAO = "本[报報]"
_LEAD_OPEN = r"^[ \t●•■◆▲○◎【\[(]*"
_LEAD = _Lazy(
    rf"{_LEAD_OPEN}(?P<o>{_AGENCY}|{_BENBAO}|{_PAPER}|{_NET})社?"
    r"(?:驻[\u4e00-\u9fff]{1,6}[记記]者站)?[\u4e00-\u9fff]{0,8}?"
    r"(?P<md>(?P<m>1[0-2]|0?[1-9])[ ]?月[ ]?(?P<d>[1-3]?\d)[ ]?日)[ ]?(?:电|電|讯|訊|消息)")
_PAPER_LEAD = _Lazy(rf"{_LEAD_OPEN}(?P<o>{_AGENCY}|{_PAPER}|{_NET})(?:讯|訊|消息)")
_BYLINE_PAPER = _Lazy(
    rf"^[ \t◎■●□▲◆★]*(?P<o>{_PAPER})社?(?:全媒体|融媒体|全媒體|融媒體)?(?:首席|特约|特約|实习|實習)?"
    r"(?:记者|記者|通讯员|通訊員)")
# what may sit beside a date on a page-header line
_HEADER_REST = _Lazy(
    rf"^(?:[ |丨/·\-—()\[\]【】]|第[ ]?\d{{1,3}}[ ]?版|(?:农历|農曆)\S*|(?:星期|周|週)[一二三四五六日天]"
    rf"|{_AGENCY}|{_PAPER}|[A-Z]?\d{{1,2}}版?)*$")
_PAPER_ALONE = _Lazy(rf"^[ ]*(?:{_AGENCY}|{_PAPER})[ ]*$")  # a paper's name on its line
_BODY_AFTER = _Lazy(r"[ ]*[,，、:：；;]")


def _cn_int(s: str) -> int:
    """A Chinese number up to 31: 五, 十, 十二, 二十三, 三十一."""
    if "十" not in s:
        return _CN_DIGIT[s]
    tens, _, ones = s.partition("十")
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def _to_date(m: re.Match) -> dt.date | None:
    try:
        if m.group("y"):
            return dt.date(int(m.group("y")), int(m.group("m1") or m.group("m2")),
                           int(m.group("d1") or m.group("d2")))
        year = int("".join(str(_CN_DIGIT[c]) for c in m.group("cy")))
        return dt.date(year, _cn_int(m.group("cm")), _cn_int(m.group("cd")))
    except ValueError:
        return None


def _lines(folded: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n\r]+", folded) if m.group().strip()]


def _source_outlet(line: str) -> str:
    for m in _SOURCE.finditer(line):
        v = _SOURCE_CUT.sub("", m.group("v"))
        if len(v) >= 2 and v not in _NOT_OUTLET and re.search("[\u4e00-\u9fff]", v):
            return v
    return ""


def _meta_like(line: str) -> bool:
    """A short line with no sentence in it: a publication line or a header."""
    return len(line) <= 120 and "。" not in line


def _classify(line: str, m: re.Match) -> str:
    """'dateline', 'header', 'alone' (only the date, maybe in brackets) or ''."""
    before, after = line[:m.start()], line[m.end():]
    if _BODY_AFTER.match(after):
        return ""  # "2023年5月10日，项目签约": a date in a sentence
    if _LABEL.search(before) or _CLOCK.match(after) or _META_WORD.search(line):
        return "dateline"
    if _WEEKDAY.match(after):
        return "header"
    rest = (before + " " + after).strip()
    if not rest.strip("()[]【】 "):
        return "alone"
    if _HEADER_REST.match(rest):
        return "header"
    return ""


def _header_outlet(line: str, m: re.Match) -> str:
    rest = line[:m.start()] + " " + line[m.end():]
    for o in re.finditer(rf"{_AGENCY}|{_PAPER}", rest):
        if not re.fullmatch(_BENBAO, o.group()):
            return o.group()
    return ""


def _lead_year(folded: str, lead: tuple[int, int], month: int, day: int) -> int | None:
    """The year of a lead's month and day, from the other dates printed in the text."""
    found: list[tuple[dt.date, int]] = []
    for m in _YEAR_MONTH.finditer(folded):
        if lead[0] <= m.start() < lead[1]:
            continue
        try:
            d = dt.date(int(m.group("y")), int(m.group("m1") or m.group("m2")),
                        int(m.group("d1") or m.group("d2") or 1))
        except ValueError:
            continue
        found.append((d, d.year))
    if not found:
        return None
    before = []
    for d, y in found:
        try:
            if d <= dt.date(y, month, day):
                before.append(d)
        except ValueError:  # 2月29日 in a common year
            continue
    if before:
        return max(before).year
    return min(found)[1]


def _outlet(top: list[tuple[int, str]], bottom: list[tuple[int, str]]) -> str:
    """The outlet: a 来源 line first, then a lead (新华社…电, 合肥日报讯, 央视网消息),
    a page header's paper, a byline (羊城晚报记者)."""
    for _, line in top + bottom:
        if _meta_like(line):
            o = _source_outlet(line)
            if o:
                return o
    for _, line in top:
        m = _LEAD.match(line) or _PAPER_LEAD.match(line)
        if m and not re.fullmatch(_BENBAO, m.group("o")):  # 本溪日报 is a paper
            return m.group("o")
    for i, (_, line) in enumerate(top):
        if _meta_like(line):
            for m in _DATE.finditer(line):
                if _classify(line, m) == "header":
                    o = _header_outlet(line, m)
                    if o:
                        return o
                    # the paper's name on the line above or below the header
                    for _, near in top[max(i - 1, 0):i] + top[i + 1:i + 2]:
                        if _PAPER_ALONE.match(near):
                            return near.strip()
    for _, line in top:
        m = _BYLINE_PAPER.match(line) if len(line) <= 60 and "。" not in line else None
        if m and not re.search(_BENBAO, m.group("o")):
            return m.group("o")
    return ""


def _top_date(top: list[tuple[int, str]]) -> tuple[dt.date, int, int, str] | None:
    """The first dateline at the top, else the first page header."""
    header = None
    for pos, line in top:
        if not _meta_like(line):
            continue
        for m in _DATE.finditer(line):
            kind = _classify(line, m)
            d = _to_date(m) if kind in ("dateline", "header", "alone") else None
            if d is None:
                continue
            if kind == "dateline":
                return d, pos + m.start(), pos + m.end(), "dateline"
            if header is None:
                header = (d, pos + m.start(), pos + m.end(), "header")
    return header


def _trailing(bottom: list[tuple[int, str]]) -> tuple[dt.date, int, int, str] | None:
    """A date on one of the last lines: "（2023年2月1日）", "编辑：张三 2023-02-01"
    ("text"), "发布时间：2023-02-01" ("dateline"), with no sentence after it;
    the last such line wins."""
    for pos, line in reversed(bottom):
        if not _meta_like(line):
            break
        for m in _DATE.finditer(line):
            kind = _classify(line, m)
            d = _to_date(m) if kind else None
            if d is None:
                continue
            labelled = bool(_LABEL.search(line[:m.start()]) or _SOURCE.search(line)
                            or _CLOCK.match(line[m.end():]))
            return d, pos + m.start(), pos + m.end(), "dateline" if labelled else "text"
    return None


def _lead_date(folded: str, top: list[tuple[int, str]]) -> tuple[dt.date, int, int, str] | None:
    """新华社合肥8月16日电: the month and day, the year from another printed date."""
    for pos, line in top:
        lead = _LEAD.match(line)
        if lead is None:
            continue
        month, day = int(lead.group("m")), int(lead.group("d"))
        start, end = pos + lead.start("md"), pos + lead.end("md")
        year = _lead_year(folded, (pos + lead.start(), pos + lead.end()), month, day)
        if year is None:
            return None
        try:
            return dt.date(year, month, day), start, end, "text"
        except ValueError:
            return None
    return None


def article_date(text: str, file_mtime: float | None = None) -> ArticleDate:
    """The publication date and outlet of one article (see the module doc).

    `text`: the article's text, title, byline and first lines included;
    `file_mtime`: the file's modification time (seconds since the epoch),
    used only when nothing in the text gives a date.  Never raises.
    """
    folded = text.translate(_FOLD) if text else ""
    lines = _lines(folded)
    # the top: up to the first paragraph with a full stop (the lead) included
    n_top = next((i + 1 for i, (_, line) in enumerate(lines[:TOP_LINES]) if "。" in line), TOP_LINES)
    top, bottom = lines[:n_top], lines[n_top:][-BOTTOM_LINES:]
    outlet = _outlet(top, bottom)
    found = _top_date(top) or _trailing(bottom) or _lead_date(folded, top)
    if found is not None:
        d, start, end, source = found
        return ArticleDate(d, source, start, end, outlet)
    if file_mtime is not None and not any(_LEAD.match(line) for _, line in top):
        try:
            return ArticleDate(dt.date.fromtimestamp(file_mtime), "file", -1, -1, outlet)
        except (OverflowError, OSError, ValueError):
            pass
    return ArticleDate(None, "", -1, -1, outlet)
