"""Quantities in Chinese economic news: number, multiplier, unit, qualifier.

`find_quantities` reads Arabic, full-width and Chinese numerals (incl. the
financial forms 壹贰叁), folds 万/亿 into the value, keeps the unit as printed
(money stays in 元), and returns the exact span so every figure can be traced
to its characters.  Years, dates, ordinals, codes (5G, 4K, TOP100) and five-year
plans are *not* quantities; periods live in `periods.py`.  What is understood,
and the choices behind it, are written down in docs/quantities.md.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal

from .numerals import _RUN, Num as _Num, number_at as _number_at

__all__ = ["Quantity", "find_quantities", "UNITS"]


@dataclass(frozen=True, slots=True)
class Quantity:
    start: int  # offsets into the input; text[start:end] == raw
    end: int
    raw: str
    value: float
    unit: str
    qualifier: str = ""
    high: float | None = None  # upper bound of a range (8—15分钟)

    def to_json(self) -> dict:
        out = {"raw": self.raw, "value": self.value, "unit": self.unit,
               "start": self.start, "end": self.end, "qualifier": self.qualifier}
        if self.high is not None:
            out["high"] = self.high
        return out


# --- folding ---------------------------------------------------------------
# One character for one, so offsets found in the folded text are offsets in
# the caller's text: full-width ASCII and traditional numeral forms.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FOLD.update({ord(a): b for a, b in zip("萬億兩倆俩貳陸點個負幾\u3000−–", "万亿两两两贰陆点个负几 --")})
# folding is skipped (it is a third of the time) when nothing it changes could
# matter: the full-width comma of running text only matters between digits
_NEEDS_FOLD = re.compile("[\uff01-\uff0b\uff0d-\uff5e萬億兩倆俩貳陸點個負幾\u3000−–]|\\d，\\d")

# --- units -----------------------------------------------------------------
# kind: printed forms, `printed=reported` where the two differ.  "count" are
# classifiers: after a lone 一 they are an article (一个品牌, 一批企业).
_UNIT_TABLE = """
money: 元 美元 欧元 港元 港币=港元 日元 英镑 美金=美元 人民币=元
pct: % ‰ ‱ 个百分点 百分点=个百分点
measure: 倍 亩 公顷 平方公里 平方千米=平方公里 平方米 平米=平方米 立方米 公里 千米 厘米 毫米 纳米
 微米 米 英寸 吨 公斤 千克 克 斤 千瓦时 千瓦 兆瓦 瓦 千伏 伏 标箱 标准箱=标箱 标准集装箱=标箱 標箱=标箱 標準箱=标箱 標準集裝箱=标箱 TEU GWh MWh kWh KWh=kWh TWh
 GW MW kW KW=kW TB GB PB Gbps Mbps
time: 个工作日 工作日=个工作日 个季度 个月 个小时=小时 小时 分钟 秒 天 周 年
count: 台/套 台套=台/套 人次 家次 户次 家 个 项 座 辆 台 套 名 人 位 条 户 种 路 件 批 次 所 篇 款
 张 艘 架 颗 块 片 只 头 株 棵 栋 幢 间 根 支 场 门 处 份 部 本 册 单 笔 宗 组 对 双 粒 枚
"""


def _read_units(table: str) -> dict[str, tuple[str, str]]:
    units, kind = {}, ""
    for word in table.split():
        if word.endswith(":"):
            kind = word[:-1]
            continue
        printed, _, reported = word.partition("=")
        units[printed] = (reported or printed, kind)
    return units


# printed form -> (unit reported, kind)
UNITS: dict[str, tuple[str, str]] = _read_units(_UNIT_TABLE)


def _unit_pattern(u: str) -> str:
    if u.isascii():
        return re.escape(u) + ("(?![A-Za-z])" if u[-1].isalpha() else "")
    if "百分点" in u:  # speech-to-text and OCR split this one: 个 百 分 点
        return "[ ]{0,3}".join(u)
    return re.escape(u)


_UNIT_ALT = "|".join(_unit_pattern(u) for u in sorted(UNITS, key=len, reverse=True))
# a per-something tail: 10万辆/年, 1.21万台/套, 5000元/平方米
_UNIT_RE = re.compile(rf"[ ]{{0,4}}(?P<u>{_UNIT_ALT})(?P<per>/(?:{_UNIT_ALT}|月|日))?")
# 度 (kWh) only after Arabic digits: 一度 is "once", 三度 "three times".
_DU_RE = re.compile(r"[ ]{0,2}度(?!过|假|量|身|日)")
# 成 is tenths (五成 = 50%) unless it starts a word (成立, 成本, 成都 …).
_CHENG_RE = re.compile(r"[ ]{0,2}成(?![立为了果本都功效长熟交绩员型品片就绩倍])")

_PRE_QUALS = ["最高不超过", "不超过", "超过", "不低于", "不少于", "至少", "最多", "将近",
              "接近", "大约", "约合", "突破", "不到", "不足", "约", "近", "超", "逾", "仅", "高于",
              "低于"]
_PRE_RE = re.compile("(?:" + "|".join(sorted(_PRE_QUALS, key=len, reverse=True)) + ")$")
# a qualifier character that is really the end of another word: 签约, 最近, 不仅, 赶超
_PRE_FALSE = {"约": "签合预节制条契违履特邀相公", "近": "最附临靠", "仅": "不", "超": "赶高"}
_QUAL_NORMAL = {"几": "多", "有余": "余", "将近": "近", "接近": "近", "大约": "约", "约合": "约"}
_POST_RE = re.compile(r"以上|以下|以内|左右|有余|之多")
_TIME_POST_RE = re.compile(r"多|余")  # 3年多, 1个月余: only after a time unit

# what follows a number that makes it a label, a date or a period, not an amount
_LABEL_RE = re.compile(r"[ ]{0,2}(?:号|版|届|期|级|代|强|年代|年级|世纪|周年|月(?!亮)|日|季度|楼|时(?!间)|位数"
                       r"|点(?![零〇一二三四五六七八九])|次(?=全会|会议|全体会议|党代会|代表大会))")
_RANGE_SEP_RE = re.compile(r"[ ]?(?:—{1,2}|-|~)[ ]?|至|到")
# spans that are never quantities even though they hold numerals
_NEVER_RE = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}|0\d{2,3}-\d{7,8}|\d{1,2}时\d{1,2}分|十[一二三四五]五(?![万亿千百十])"
    r"|一年一度|一点一滴|一五一十|一心一意|一模一样|一带一路|一草一木|三三两两|千千万万|成千上万|两位数")
# 百分之/千分之/万分之 with nothing before: a percentage (百分之五十 = 50 %)
_PER_RE = re.compile(r"(?P<per>[百千万][ ]{0,2}分[ ]{0,2}之)(?=[ ]{0,2}[\d零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖十拾百佰千仟])")
_CANDIDATE_RE = re.compile(rf"{_PER_RE.pattern}|(?P<run>{_RUN})")
_RUN_RE = re.compile(_RUN)
_URL_RE = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[!-~]+")
_SLASH_RE = re.compile(r"/([1-9]\d{0,3})(?![\d./号月日期版])")
_FRACTION_RE = re.compile(r"[ ]{0,2}分[ ]{0,2}之[ ]{0,2}")
_LONE_NEXT = {u[0] for u in UNITS} | set("余多几分成度点 至到-—~")
_LONE_NEXT_YI = {u[0] for u, (_r, kind) in UNITS.items() if kind != "count"} | set("余多几分成点 至到-—~")
_LONE_BEFORE_YI = set("统唯之万进同单逐不专划归合周期礼星第")
_WORD_BEFORE = set("数几上成前")  # 数十家 / 几百 / 上千 / 成百: vague; 前三名: a rank


def _is_year(num: _Num) -> bool:
    return (len(num.tokens) == 1 and num.tokens[0][0] == "ar" and num.value == int(num.value)
            and 1900 <= num.value <= 2100 and num.end - num.start == 4)


class _Scan:
    """One pass over a folded text; `out` collects the quantities."""

    def __init__(self, text: str, folded: str):
        self.text, self.s, self.out = text, folded, []
        self.last_end = 0

    def run(self) -> list[Quantity]:
        pos, s = 0, self.s
        urls = [(u.start(), u.end()) for u in _URL_RE.finditer(s)] if "://" in s else []
        while True:
            m = _CANDIDATE_RE.search(s, pos)
            if m is None:
                return self.out
            url = next((e for b, e in urls if b <= m.start() < e), None)
            if url is not None:  # ?id=305&q=30%25 are not figures
                pos = url
                continue
            lone = m.end() - m.start() == 1 and not m.group().isdigit()
            if lone and s[m.end():m.end() + 1] not in (_LONE_NEXT_YI if m.group() == "一" else _LONE_NEXT):
                pos = m.end()  # 一切, 统一, 四川: a lone numeral with nothing countable after it
                continue
            never = _NEVER_RE.match(s, m.start())
            if never:
                pos = never.end()
                continue
            pos = max(m.end(), m.start() + 1)
            try:
                resume = self._quantity(m)
            except ArithmeticError:  # absurd numerals (10 万 repeated 400 times)
                resume = None
            if resume is not None:
                pos = max(resume, m.start() + 1)

    # -- the parts of one quantity ---------------------------------------
    def _prefix(self, start: int) -> tuple[int, str, bool]:
        """Start, qualifier and sign read backwards from a number at `start`."""
        s = self.s
        neg = False
        if start > self.last_end and s[start - 1] in "负-":
            before = s[start - 2] if start >= 2 else " "
            if s[start - 1] == "负" or not (before.isascii() and (before.isalnum() or before in ".%-")):
                neg, start = True, start - 1
        m = _PRE_RE.search(s, max(self.last_end, start - 5), start)
        if m:
            q = m.group()
            before = s[m.start() - 1] if m.start() > 0 else ""
            if before and before in _PRE_FALSE.get(q, ""):
                return start, "", neg
            return m.start(), _QUAL_NORMAL.get(q, q), neg
        return start, "", neg

    def _blocked_before(self, start: int, amount: bool = False) -> bool:
        """An ordinal (第5) or a code (TOP100, EH216, PM2.5); after letters an
        `amount` (with a unit or 万/亿) still counts: 实现GDP3686亿元."""
        c = self.s[start - 1] if start else ""
        return c in ("第", "+", ".") or (c.isascii() and c.isalpha() and not amount)

    def _unit_after(self, num: _Num, pos: int) -> tuple[str, str, int, int]:
        """(unit reported, kind, end, factor on the value) of a unit at pos."""
        s = self.s
        m = _UNIT_RE.match(s, pos)
        if m:
            printed = m.group("u").replace(" ", "")
            unit, kind = UNITS[printed]
            if m.group("per"):
                per = m.group("per")[1:]
                unit = unit + "/" + UNITS.get(per, (per,))[0]
                if printed + "/" + per == "台/套":
                    unit = "台/套"
            return unit, kind, m.end(), 1
        if num.arabic or num.trailing > 1:
            m = _DU_RE.match(s, pos)
            if m:
                return "度", "measure", m.end(), 1
        m = _CHENG_RE.match(s, pos)
        if m and num.trailing == 1 and 0 < num.value <= 10:
            return "%", "pct", m.end(), 10
        return "", "", pos, 1

    def _single(self, pos: int):
        """One number and its unit at pos, as a dict; ("reject", end) when the
        number is a label, a date or a code; None when there is no number."""
        s = self.s
        m = _RUN_RE.match(s, pos)
        if m is None:
            return None
        num = _number_at(s, m)
        if num is None or (s[pos] == "0" and s[pos + 1:pos + 2].isdigit()):
            return ("reject", m.end())  # 0512: an area code or a label, not an amount
        end = num.end
        approx = num.approx
        am = re.match(r"[余多几]", s[end:end + 1])
        if am and not approx and (_UNIT_RE.match(s, end + 1) or _CHENG_RE.match(s, end + 1)):
            approx, end = am.group(), end + 1
        lm = _LABEL_RE.match(s, end)
        um = _UNIT_RE.match(s, end)
        if lm and (um is None or lm.end() >= um.end()):
            return ("reject", lm.end())
        after = s[end:end + 1]
        unit, kind, uend, factor = self._unit_after(num, end)
        if not unit and (after.isascii() and after.isalpha() or after == "+"):
            return ("reject", end + 1)
        if unit and s[uend:uend + 1] == "级":  # 10万吨级码头: a size class
            return ("reject", uend + 1)
        return {"num": num, "end": uend if unit else end, "unit": unit, "kind": kind,
                "approx": approx, "value": num.value * factor}

    def _lone_ok(self, num: _Num, unit: str, kind: str, qualifier: str) -> bool:
        """A number written as one Chinese character (一, 两, 十, 百) counts only
        with a unit, and 一 only with a measuring unit (一个品牌 is an article).
        `qualifier` includes an approximation: 百余家, 万余人."""
        start = num.start
        text = "".join(self.s[t[2] + num.start:t[3] + num.start] for t in num.tokens if t[0] != "sp")
        if len(text) != 1 or num.arabic:
            return True
        if text in "零〇壹贰叁肆伍陆柒捌玖拾佰仟":  # 登陆部队, 队伍, 收拾: words
            return False
        before = self.s[start - 1] if start > 0 else ""
        if before in _WORD_BEFORE:
            return False
        if text in "百千万亿兆":  # 近百家, 超千亿元, 百余家, but not 百强 or 千年
            return bool(qualifier and unit)
        if not unit or kind == "money":  # 三元电池 (ternary), 多元: words, not prices
            return False
        if text == "一":
            return kind not in ("count", "pct") and before not in _LONE_BEFORE_YI
        return True

    def _quantity(self, m) -> int | None:
        s = self.s
        if m.group("per"):
            return self._percent_words(m)
        first = self._single(m.start())
        if first is None:
            return None
        if isinstance(first, tuple):
            return first[1]
        num: _Num = first["num"]
        # 三分之一, 一百分之五: a fraction read as written
        fm = _FRACTION_RE.match(s, num.end)
        if fm and not first["unit"] and not first["approx"]:
            return self._fraction(num, fm)
        sm = _SLASH_RE.match(s, num.end)
        plain = num.arabic and len(num.tokens) == 1 and not first["unit"]
        if sm and plain and not self._blocked_before(num.start):
            start, qualifier, _neg = self._prefix(num.start)  # 约占1/3
            self._emit(start, sm.end(), num.value / Decimal(sm.group(1)), "", qualifier, None)
            return sm.end()
        if self._blocked_before(num.start, bool(first["unit"]) or num.trailing > 1):
            return first["end"]
        start, qualifier, neg = self._prefix(num.start)
        if _is_year(num) and s[num.end:num.end + 1] == "年":
            return num.end  # 2023年 is a period
        value, high = first["value"], None
        end = first["end"]
        unit = first["unit"]
        kind = first["kind"]
        approx = first["approx"]
        rm = _RANGE_SEP_RE.match(s, end)
        if rm and not neg and _RUN_RE.match(s, rm.end()):
            second = self._single(rm.end())
            if isinstance(second, tuple):
                if not unit:
                    return second[1]  # 1-9月, 3-5日: dates, not amounts
                second = None  # 5%至12月底: the first stands alone
            if second is not None and _is_year(second["num"]) and second["unit"] == "年":
                return second["end"]  # 2017—2018年 is a period
            if second is not None and not self._blocked_before(second["num"].start) and (
                    not unit or unit == second["unit"]):
                low, hi = value, second["value"]
                if not unit and num.trailing == 1 and second["num"].trailing > 1 \
                        and low * second["num"].trailing <= hi:
                    low = low * second["num"].trailing  # 8至15万元: both in 万
                if low <= hi:
                    value, high = low, hi
                    end, unit, kind = second["end"], second["unit"], second["kind"]
                    approx = approx or second["approx"]
        if not self._lone_ok(num, unit, kind, qualifier or approx):
            return first["end"]
        if _is_year(num) and high is None and not unit:
            return end  # a bare 2025 is a year or a name (《中国制造2025》)
        post, end = self._post(end, kind == "time")
        qualifier = qualifier or _QUAL_NORMAL.get(approx, approx) or post
        if neg:
            value = -value
            high = -high if high is not None else None
        self._emit(start, end, value, unit, qualifier, high)
        return end

    def _fraction(self, den: _Num, fm) -> int | None:
        s = self.s
        m = _RUN_RE.match(s, fm.end())
        if m is None or self._blocked_before(den.start):
            return fm.end()
        numer = _number_at(s, m)
        if numer is None or den.value == 0:
            return m.end()
        start, qualifier, neg = self._prefix(den.start)
        post, end = self._post(numer.end)
        qualifier = qualifier or post
        value = numer.value / den.value
        self._emit(start, end, -value if neg else value, "", qualifier, None)
        return end

    def _percent_words(self, m) -> int | None:
        """百分之五十 -> 50 %, 千分之三 -> 3 ‰."""
        s = self.s
        pos = m.end("per")
        while s[pos:pos + 1] == " ":
            pos += 1
        rm = _RUN_RE.match(s, pos)
        if rm is None:
            return m.end()
        num = _number_at(s, rm)
        if num is None:
            return rm.end()
        start, qualifier, neg = self._prefix(m.start())
        post, end = self._post(num.end)
        qualifier = qualifier or post
        unit = {"百": "%", "千": "‰", "万": "‱"}[m.group("per")[0]]
        self._emit(start, end, -num.value if neg else num.value, unit, qualifier, None)
        return end

    def _post(self, end: int, time_unit: bool = False) -> tuple[str, int]:
        """A qualifier after the figure: 7%以上, 25%左右; 3年多 after a time unit."""
        m = _POST_RE.match(self.s, end) or (_TIME_POST_RE.match(self.s, end) if time_unit else None)
        return (_QUAL_NORMAL.get(m.group(), m.group()), m.end()) if m else ("", end)

    def _emit(self, start, end, value, unit, qualifier, high) -> None:
        value, high = float(value), None if high is None else float(high)
        if start < self.last_end or not math.isfinite(value) or not math.isfinite(high or 0.0):
            return  # 400 nines are no figure, and JSON has no Infinity
        self.out.append(Quantity(start, end, self.text[start:end], value, unit, qualifier, high))
        self.last_end = end


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, sorted by start, non-overlapping."""
    if not text:
        return []
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    return _Scan(text, folded).run()
