"""Chinese, Arabic and mixed numerals: the spans a number may cover, and its
value (Decimal, exact). `quantities.py` adds units, qualifiers and ranges."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# --- numerals --------------------------------------------------------------
_DIGIT = {c: d for d, cs in enumerate(["零〇", "一壹", "二贰两", "三叁", "四肆", "五伍", "六陆",
                                       "七柒", "八捌", "九玖"]) for c in cs}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "亿": 10**8, "兆": 10**12}

# thousands grouped by commas (8,982) or, as yearbooks and the national publishing
# standard print them, by spaces (8 982万元); a spaced group only where a unit or
# multiplier follows at once, so a table's columns (125 136 148) stay apart
_AR = (r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?=(?:\.\d+)?[^\d\s.,，、])|\d+)"
       r"(?:\.\d+)?")
# 千/兆/百 are also the first character of units (千瓦, 兆瓦, 千兆宽带, 百分点):
# there they are left to the unit.
_CN_FIRST = (r"千(?!瓦|米|克|伏|帕|赫|兆)|兆(?!瓦|帕|赫|字节|比特|级|宽|网)|百(?![ ]{0,3}分[ ]{0,3}点)"
             r"|[零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖十拾佰仟万亿]")
_FRAC = r"点(?:[ ]{0,2}[零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖])+"
_CN_NEXT = _CN_FIRST + rf"|{_FRAC}|[余多几](?=[ ]{{0,2}}[十拾百佰千仟万亿])"
# digits after a space belong to the number only before a multiplier: 7万 5千 4百
_RUN = (rf"(?:{_AR}|{_CN_FIRST})"
        rf"(?:{_AR}|[ ]{{1,3}}{_AR}(?=[十拾百佰千仟万亿])|[ ]{{0,3}}(?:{_CN_NEXT}))*")
# inside a run already found, a spaced group needs no look at what follows
_TOKEN_RE = re.compile(rf"\d{{1,3}}(?: \d{{3}})+(?:\.\d+)?|{_AR}|{_FRAC}|[ ]+|.")


def tokens(run: str) -> list[tuple[str, object, int, int]]:
    """(kind, value, start, end): ar(abic), d(igit), z(ero), u (十百千),
    b (万亿兆), frac (点五), approx (余多几), sp (spaces)."""
    out = []
    for m in _TOKEN_RE.finditer(run):
        t = m.group()
        if t[0].isdigit():
            kind, val = "ar", Decimal(t.replace(",", "").replace(" ", ""))
        elif t[0] == " ":
            kind, val = "sp", None
        elif t[0] == "点":
            kind, val = "frac", Decimal("0." + "".join(str(_DIGIT[c]) for c in t[1:] if c != " "))
        elif t in _DIGIT:
            kind, val = ("z" if _DIGIT[t] == 0 else "d"), Decimal(_DIGIT[t])
        elif t in _SMALL or t in _BIG:
            kind, val = ("u", Decimal(_SMALL[t])) if t in _SMALL else ("b", Decimal(_BIG[t]))
        else:
            kind, val = "approx", t
        out.append((kind, val, m.start(), m.end()))
    return out


def evaluate(tokens) -> tuple[Decimal, str, Decimal] | None:
    """Value, in-number approximation (余/多/几) and the trailing multiplier of
    a numeral, or None when the tokens are not one well-formed number."""
    solid = [t for t in tokens if t[0] != "sp"]
    if len(solid) == 1 and solid[0][0] == "b":  # 万 alone: only 近万人 / 万余人 keep it
        return solid[0][1], "", solid[0][1]
    parts: list[list[Decimal]] = []  # [value, magnitude] of finished 万/亿 groups
    section = Decimal(0)
    num: Decimal | None = None
    frac = Decimal(0)
    prev = prev2 = None
    last_small = None  # small units must fall within a group: 三千五百
    last_unit = None
    zero = False
    approx = ""
    trailing = Decimal(1)
    has_value = False
    for kind, val, _s, _e in tokens:
        if kind == "sp":
            continue
        if kind in ("ar", "d"):
            if prev in ("ar", "d", "frac") or (approx and prev == "approx"):
                return None
            if prev == "z" and last_unit is None:  # 零壹 is a name, 零五 a label
                return None
            num, has_value = val, True
        elif kind == "z":
            if prev in ("ar", "d", "frac", "approx"):
                return None
            zero, has_value = True, True
        elif kind == "frac":
            if prev not in ("d", "u", "b", "z") or frac:
                return None
            frac = val
        elif kind == "u":
            if prev == "frac":
                return None
            if last_small is not None and val >= last_small:
                return None
            if prev is None:
                has_value = True
            section += (num if num is not None else 1) * val
            num, last_small, last_unit, zero = None, val, val, False
            trailing = Decimal(1)
        elif kind == "b":
            if prev is None or prev == "z":
                return None
            combine = section + (num if num is not None else 0) + frac
            frac = Decimal(0)
            while parts and parts[-1][1] <= val:
                combine += parts.pop()[0]
            if combine == 0:
                return None
            parts.append([combine * val, val])
            section, num, last_small, last_unit, zero = Decimal(0), None, None, val, False
            trailing = trailing * val if prev == "b" else val
        else:  # approx: 十余万, 一百零几万
            if prev is None or approx:
                return None
            approx = val
        prev2, prev = prev, kind
    if not has_value or prev == "approx":
        return None
    if num is not None:
        # 一万三 = 13000, 两千四百五 = 2450; not after 零 (五亿零六) nor for 3万4000
        last_value = [t[0] for t in tokens if t[0] not in ("sp", "frac")][-1]
        if (prev2 in ("u", "b") or (prev == "frac" and prev2 == "d")) and not zero and last_unit \
                and last_unit >= 100 and num < 10 and last_value == "d":
            num = num * last_unit / 10
    total = sum((p[0] for p in parts), Decimal(0)) + section + (num or 0) + frac
    return total, approx, trailing


@dataclass(slots=True)
class Num:
    start: int
    end: int
    value: Decimal
    approx: str
    trailing: Decimal
    tokens: list
    arabic: bool


def number_at(text: str, m) -> Num | None:
    """Longest well-formed number in the run m.  A shorter one may end
    at a space (`5 一季度` is 5) or after a multiplier (`五十千` is 五十), but
    never at a bare digit: 二〇二三 and 一二期 are not numbers at all."""
    start = m.start()
    toks = tokens(m.group())
    cuts = {len(toks)} | {i for i, t in enumerate(toks) if t[0] == "sp" and i}
    cuts |= {i for i in range(2, len(toks)) if toks[i - 1][0] in ("u", "b")}
    for k in sorted(cuts, reverse=True):
        sub = toks[:k]
        while sub and sub[-1][0] == "sp":
            sub.pop()
        res = evaluate(sub) if sub else None
        if res is not None:
            return Num(start, start + sub[-1][3], *res, sub, any(t[0] == "ar" for t in sub))
    return None
