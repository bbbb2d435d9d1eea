"""A zone profile as one HTML document, shared by the screen, the printer and
the PDF. No Qt here: the HTML keeps to the subset QTextDocument renders
(tables with border attributes, no flexbox, no floats), so the panel, the print
preview and the exported PDF all show the same page.

Every string that came from an article is escaped: article text is data, and
a sentence quoting `<script>` must print as those characters.

The page's own words (headings, column names, marks, notes) are Chinese, or
English with `language="en"`; what the articles print (their sentences, the
zones' Chinese names, values as printed) stays as printed.
"""
from __future__ import annotations

import contextvars
import math
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from html import escape
from typing import Iterable, Mapping

import pandas as pd

from .model import Corpus, ZoneProfile

LANGUAGES = ("zh", "en")  # of the page's own words
_LANGUAGE = contextvars.ContextVar("report_language", default="zh")
# the page's own words in English; the Chinese is the text in the code
ENGLISH = {
    "类型": "Kind", "所在地": "Location", "别称": "Also called", "上级园区": "Part of",
    "下辖园区": "Parks", "资料": "Sources",
    "（其中 {n} 项属下辖园区或企业、项目）": " ({n} of them of its parks, companies or projects)",
    "〔已人工修改〕": " [corrected by hand]", "〔人工添加〕": " [added by hand]", "〔已确认〕": " [confirmed]",
    "—— 关于“{quote}”": "— on “{quote}”", "分析笔记": "Analyst's notes",
    "{name}（本园区）": "{name} (the zone itself)", "下辖园区：{head}": "Park: {head}",
    "所涉对象：{subject}": "About: {subject}", "原文：{printed}": "As printed: {printed}",
    "实际": "actual", "目标": "target", "预计": "estimate", "增速": "growth", "占比": "share",
    "文件": "document", "政策包": "package", "措施": "measure", "补贴": "subsidy",
    "指标": "Indicator", "数值": "Value", "时期": "Period", "出处": "Source",
    "类型：目标为规划或目标数，预计为预测数，均非已完成的实际数；增速、占比为百分比。":
        "Kind: a target is a planned or aimed-for figure and an estimate a forecast, neither of "
        "them a result; growth and share are percentages.",
    "全部数据": "All figures", "文章中未找到该园区的数据。": "The articles give no figures for this zone.",
    "最新实际值": "Latest actual", "来源": "Sources",
    "最新实际值：各文章所载该指标最近一期的实际数（全年先于前三季度、上半年）；增速为同期增速；"
    "目标为规划或目标数，非已完成数；来源为载有该指标的文章篇数；"
    "〔来源不一〕：不同文章所载同期数值不一，表中为多数来源一致的数值。":
        "Latest actual: the most recent actual value the articles give for the indicator (a whole "
        "year before the first three quarters or a half); growth is year on year; a target is a "
        "planned figure, not a result; sources is the number of articles giving the indicator; "
        "[sources disagree]: articles give different values for the same period, and the table "
        "shows the one most of them agree on.",
    "〔来源不一〕": "[sources disagree]", "〔来源不一，已人工选定〕": "[sources disagree, chosen by hand]",
    "另有：{others}": "Also given: {others}", "（{when}目标）": " (target for {when})",
    "（目标）": " (target)", "{n} 篇": "{n}", "关键指标": "Key indicators", "指标走势": "Indicators over time",
    "政策": "Policies", "文章中未找到该园区的政策。": "The articles give no policies for this zone.",
    "名称": "Title", "条款": "Terms", "产业：": "Industries: ", "关键词：": "Keywords: ",
    "文章中未找到该园区的产业。": "The articles name no industries for this zone.",
    "产业与关键词": "Industries and keywords", "（文件时间）": " (file time)",
    "第 {start}–{end} 字": "characters {start}–{end}", "未命名语料": "unnamed corpus",
    "打印日期 {day} · 语料 {name}": "Printed {day} · corpus {name}",
    "序号": "No.", "园区": "Zone", "数据": "Figures", "页码": "Page", "园区档案": "Zone Profiles",
    " · 共 {n} 个园区": " · {n} zones", "目录": "Contents", "园区档案 · {name}": "Zone Profiles · {name}",
    "{period}（{resolved}年）": "{period} ({resolved})", "{resolved}年": "{resolved}",
    "第 {page} / {pages} 页": "page {page} of {pages}",
    # the printed charts
    "金额": "Amounts", "数量": "Counts", "比例与增速": "Shares and growth", "其他": "Other",
    "（{unit}）": " ({unit})", "（另有 {n} 项较小的未画出，见下表）": " ({n} smaller ones not drawn: see the table)",
    "浅色虚框：目标或预计数，非实际": "pale, dashed: a target or an estimate, not a result",
    "红色：下降（负值，画在零线左侧）": "red: a fall (negative, left of zero)",
    "（预计）": " (estimate)",
    "实际（颜色分时段，只连同一时段：全年不与上半年、前三季度相连）":
        "actual (a colour per span, joined only within it: a whole year never to a half or three quarters)",
    "＊各来源数值不一，见关键指标表": "* sources disagree: see the key indicators",
}


def language() -> str:
    """The language of the page's own words being written: "zh" or "en"."""
    return _LANGUAGE.get()


@contextmanager
def page_language(value: str | None):
    """Write the page's own words in `value` ("zh", "en"; None keeps the one in use)."""
    if value is None:
        yield
        return
    if value not in LANGUAGES:
        raise ValueError(f"no printout in {value!r}: one of {', '.join(LANGUAGES)}")
    token = _LANGUAGE.set(value)
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def words(chinese: str, **values) -> str:
    """One of the page's own words, in the language being written."""
    out = ENGLISH.get(chinese, chinese) if _LANGUAGE.get() == "en" else chinese
    return out.format(**values) if values else out


def _list_sep() -> str:
    return ", " if _LANGUAGE.get() == "en" else "、"

FIGURE_KINDS = {"actual": "实际", "target": "目标", "estimate": "预计", "growth": "增速",
                "share": "占比"}
MEASURES = {"level": "", "growth": "增速", "share": "占比"}
BASES = {"actual": "", "target": "目标", "estimate": "预计"}
MINUS = "\u2212"  # a printed fall: −3.2%, not a hyphen
POLICY_KINDS = {"document": "文件", "package": "政策包", "measure": "措施", "subsidy": "补贴"}

# qualifiers read after the number: "7%以上"; 余/多 sit before the unit
# as printed ("10亿余元"), the others after it
_AFTER_UNIT = {"以上", "左右", "以内", "以下", "上下", "有余"}
_BEFORE_UNIT = {"余", "多"}
# units whose numbers are printed as measured: 万/亿 would misread "30GWh"
_UNSCALED = {"%", "‰", "倍", "个百分点", "GWh", "MWh", "kWh", "GW", "MW", "kW",
             "TWh", "km", "公里", "平方公里", "km²", "吨", "万吨"}

PAGE_BREAK = "page-break-before: always"
_HIT = "background-color:#fff1a8; font-weight:bold"

STYLE = """
body { color: #1a1a1a; }
h3 { margin-top: 10px; margin-bottom: 2px; color: #12365f; }
h1 { margin-top: 0px; margin-bottom: 4px; }
h2 { margin-top: 14px; margin-bottom: 4px; color: #12365f; }
th { background-color: #e8eef5; font-weight: bold; }
p.meta { color: #555555; margin-top: 0px; }
p.fn { margin-top: 2px; margin-bottom: 2px; }
p.footer { color: #666666; margin-top: 12px; }
p.none { color: #777777; }
"""


# --- values as an analyst reads them -----------------------------------------

def missing(value) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and value.strip() == ""


def text(value) -> str:
    """The cell as a string, '' for None/NaN."""
    return "" if missing(value) else str(value)


def format_number(x: float) -> str:
    """At most four significant decimals, no trailing zeros, no exponent."""
    if float(x).is_integer():
        return f"{int(x)}"
    return f"{x:.4f}".rstrip("0").rstrip(".")


def _magnitude(value: float, unit: str) -> tuple[str, str]:
    """(number, 万/亿/万亿 or '') so 2.5e11 元 reads 2500亿."""
    if unit in _UNSCALED or abs(value) < 10_000:
        return format_number(value), ""
    for scale, word in ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")):
        if abs(value) >= scale:
            return format_number(round(value / scale, 4)), word
    return format_number(value), ""


def format_value(value, unit="", qualifier="", raw="") -> str:
    """2.5e11 元 → '2500亿元'; 3000 家 超 → '超3000家'; 7 % 以上 → '7%以上'.
    A figure the extractor could not normalise ('两位数') reads as printed."""
    unit, qualifier = text(unit), text(qualifier)
    if missing(value):
        return text(raw)
    try:
        number = float(value)
    except (TypeError, ValueError):
        return text(raw) or str(value)
    digits, word = _magnitude(number, unit)
    if digits.startswith("-"):
        digits = MINUS + digits[1:]
    if qualifier in _BEFORE_UNIT:
        return f"{digits}{word}{qualifier}{unit}"
    if qualifier in _AFTER_UNIT:
        return f"{digits}{word}{unit}{qualifier}"
    return f"{qualifier}{digits}{word}{unit}"


# --- footnotes -----------------------------------------------------------------

@dataclass
class Footnote:
    number: int
    sentence: str
    source_file: str
    article_title: str
    start: int  # file offsets of the sentence
    end: int
    spans: list[tuple[int, int]] = field(default_factory=list)  # offsets in `sentence`
    outlet: str = ""
    date: str = ""
    date_source: str = ""  # dateline | header | text | file (the file's time: say so)


class Footnotes:
    """One number per source sentence: items quoted from the same sentence
    share it, so the notes never repeat a sentence."""

    def __init__(self, corpus: Corpus):
        self._corpus = corpus
        self._articles = {a.get("article_id"): a for a in corpus.articles.to_dict("records")}
        self._by_key: dict[tuple, Footnote] = {}
        self.notes: list[Footnote] = []

    def cite(self, row) -> int | None:
        sentence = text(getattr(row, "sentence", ""))
        source = text(getattr(row, "source_file", ""))
        if not sentence:
            return None
        s_start = _int(getattr(row, "sentence_start", None))
        s_end = _int(getattr(row, "sentence_end", None))
        key = (source, s_start, s_end, sentence)
        note = self._by_key.get(key)
        if note is None:
            article = self._articles.get(getattr(row, "article_id", None)) or {}
            note = Footnote(
                number=len(self.notes) + 1,
                sentence=sentence,
                source_file=source,
                article_title=text(article.get("title")),
                start=s_start if s_start is not None else -1,
                end=s_end if s_end is not None else -1,
                outlet=text(article.get("outlet")),
                date=format_date(article.get("date")),
                date_source=text(article.get("date_source")),
            )
            self._by_key[key] = note
            self.notes.append(note)
        span = self._span_in_sentence(row, note)
        if span and span not in note.spans:
            note.spans.append(span)
        return note.number

    def _span_in_sentence(self, row, note: Footnote) -> tuple[int, int] | None:
        """Where the item sits in its sentence: at its offsets when the
        sentence holds exactly the file's text there; else (a sentence rejoined
        across an OCR break starts elsewhere) where its text occurs just once."""
        start, end = _int(getattr(row, "start", None)), _int(getattr(row, "end", None))
        if start is None or end is None:
            return None
        source_text = self._corpus.texts.get(note.source_file)
        quoted = source_text[start:end] if source_text is not None else text(getattr(row, "raw", ""))
        if not quoted:
            return None
        if note.start >= 0:
            a, b = start - note.start, end - note.start
            if 0 <= a < b <= len(note.sentence) and note.sentence[a:b] == quoted:
                return a, b
        if note.sentence.count(quoted) == 1:
            a = note.sentence.index(quoted)
            return a, a + len(quoted)
        return None


def format_date(value) -> str:
    """An article's date as 2023-08-16 ('' when there is none)."""
    if missing(value) or value is pd.NaT:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    value = str(value).strip()
    return value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else value


_OPENING = "“\"「『‘'"
_CLOSING = "”\"」』’'"


def quoted(sentence_html: str, sentence: str) -> str:
    """The sentence in quotation marks, never doubled: a sentence that is
    itself a quotation prints as it is, and one that only opens or closes
    with a quote is set in corner brackets (「“张江”是……」) instead of ““…”."""
    bare = sentence.strip()
    if not bare:
        return sentence_html
    opens, closes = bare[0] in _OPENING, bare[-1] in _CLOSING
    if opens and closes:
        return sentence_html
    if opens or closes:
        return f"「{sentence_html}」"
    return f"“{sentence_html}”"


def _int(value) -> int | None:
    if missing(value):
        return None
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _highlighted(sentence: str, spans: Iterable[tuple[int, int]]) -> str:
    """The sentence escaped, with the quoted items marked."""
    merged: list[list[int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    out, pos = [], 0
    for a, b in merged:
        out.append(escape(sentence[pos:a]))
        out.append(f'<span style="{_HIT}">{escape(sentence[a:b])}</span>')
        pos = b
    out.append(escape(sentence[pos:]))
    return "".join(out)


# --- the sections of one zone ----------------------------------------------------

def _names(frame: pd.DataFrame) -> list[str]:
    return [text(n) for n in frame["name"]] if not frame.empty else []


def _header(p: ZoneProfile, page_break: bool) -> str:
    z = p.zone
    place = " ".join(dict.fromkeys(x for x in (text(z.get("province")), text(z.get("city"))) if x))
    aliases = [a for a in text(z.get("aliases")).split("|") if a and a != text(z.get("name"))]
    rows = [
        (words("类型"), text(z.get("kind"))),
        (words("所在地"), place),
        (words("别称"), _list_sep().join(aliases)),
        (words("上级园区"), text(p.parent["name"]) if p.parent is not None else ""),
        (words("下辖园区"), _list_sep().join(_names(p.parks))),
        (words("资料"), _counts(len(p.articles), len(p.figures), _others(p), len(p.policies))),
    ]
    cells = "".join(
        f'<tr><td width="14%"><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>'
        for k, v in rows if v
    )
    # the anchor lets the printer find the page each zone starts on; the break
    # sits on the heading because QTextDocument applies it to blocks and tables
    style = f' style="{PAGE_BREAK}"' if page_break else ""
    anchor = escape(f"zone-{z.get('zone_id')}")
    return (f'<h1{style}><a name="{anchor}">{escape(text(z.get("name")))}</a></h1>'

            f'<table cellspacing="0" cellpadding="2" width="100%">{cells}</table>')


def _counts(articles: int, figures: int, others: str, policies: int) -> str:
    if language() == "en":  # 1 article, 2 articles
        def n(k, one, many):
            return f"{k} {one if k == 1 else many}"
        return (f"{n(articles, 'article', 'articles')} · {n(figures, 'figure', 'figures')}{others} · "
                f"{n(policies, 'policy', 'policies')}")
    return words("{a} 篇文章 · {f} 项数据{others} · {p} 项政策", a=articles, f=figures,
                 others=others, p=policies)


def _others(p: ZoneProfile) -> str:
    if p.figures.empty or "subject" not in p.figures:
        return ""
    n = int((p.figures["subject"].map(text).str.strip() != "").sum())
    return words("（其中 {n} 项属下辖园区或企业、项目）", n=n) if n else ""


def _table(headers: list[tuple[str, str]], rows: list[list[str]], gap: int = 0) -> str:
    """A bordered table; the header row repeats on every page the table spans.
    `gap` is space above it (QTextDocument ignores a paragraph's bottom margin
    before a table, but honours the table's own top margin)."""
    head = "".join(f'<th width="{w}" align="left">{escape(words(h))}</th>' for h, w in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table border="1" cellspacing="0" cellpadding="4" width="100%" '
            f'style="border-collapse: collapse; border-color: #9aa7b5; margin-top: {gap}px">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _ref(number: int | None) -> str:
    return f"[{number}]" if number else ""


_HAND_MARKS = {"corrected": "〔已人工修改〕", "added": "〔人工添加〕", "confirmed": "〔已确认〕"}


def _hand_mark(row) -> str:
    """Items the analyst changed say so on paper too (in words: a symbol
    might be missing from the printed font)."""
    mark = _HAND_MARKS.get(text(getattr(row, "status", "")), "")
    return words(mark) if mark else ""


def _analyst_notes(corpus: Corpus, zone_id: str) -> str:
    notes = getattr(corpus, "notes", None)
    if notes is None or notes.empty:
        return ""
    rows = notes[notes["zone_id"] == zone_id]
    if rows.empty:
        return ""
    items = []
    for n in rows.itertuples(index=False):
        body = escape(text(n.text)).replace("\n", "<br />")
        quote = text(getattr(n, "quote", ""))
        about = (f'<br /><span style="color:#555555">{words("—— 关于“{quote}”", quote=escape(quote))}'
                 '</span>' if quote else "")
        items.append(f'<p class="fn">{body}{about}</p>')
    return f"<h2>{words('分析笔记')}</h2>" + "".join(items)


def figure_name(f) -> tuple[str, str]:
    """(what is measured, the label as printed when it says it differently):
    the canonical metric when one fits, else the printed label."""
    metric, label = text(getattr(f, "metric", "")).strip(), text(getattr(f, "label", "")).strip()
    if metric:
        return metric, label if label and label != metric else ""
    return label, ""


def figure_kind(f) -> tuple[str, str]:
    """(measure word, basis word) as printed: ('增速', '目标'); '' for a level
    and for an actual. Rows without measure/basis fall back on `kind`."""
    measure, basis = text(getattr(f, "measure", "")), text(getattr(f, "basis", ""))
    if not measure and not basis:
        kind = text(getattr(f, "kind", ""))
        measure = kind if kind in ("growth", "share") else "level"
        basis = kind if kind in ("target", "estimate") else "actual"
    return MEASURES.get(measure, measure), BASES.get(basis, basis)


def figure_value(f) -> str:
    """The value as the report prints it; a share without a unit (三分之一,
    stored as 0.3333) reads as printed."""
    if not text(getattr(f, "unit", "")) and text(getattr(f, "measure", "")) == "share" \
            and text(getattr(f, "raw", "")):
        return text(f.raw)
    return format_value(f.value, f.unit, f.qualifier, f.raw)


def figure_period(f) -> str:
    """The period as printed, with the year it resolves to when the printed
    words do not say it (今年1-9月 → 今年1-9月（2023年）; 十四五 → 十四五（2021-2025年））."""
    period = text(getattr(f, "period", "")).strip()
    span = text(getattr(f, "span", ""))
    year = _int(getattr(f, "year", None))
    if re.fullmatch(r"\d{4}-\d{4}", span):
        resolved = span
    elif year:
        resolved = str(year)
    else:
        return period
    if resolved in period or (year and str(year) in period and "-" not in resolved):
        return period
    return (words("{period}（{resolved}年）", period=period, resolved=resolved) if period
            else words("{resolved}年", resolved=resolved))


def figure_subject(f) -> str:
    return text(getattr(f, "subject", "")).strip()


def subject_groups(p: ZoneProfile) -> list[tuple[str, pd.DataFrame]]:
    """The zone's own figures first (subject ''), then each park's, then
    each company's, project's or industry's, in the order they were read."""
    figures = p.figures
    subjects = figures["subject"].map(text).str.strip() if "subject" in figures else \
        pd.Series("", index=figures.index)
    parks = _names(p.parks)

    def rank(subject: str) -> tuple[int, int]:
        if not subject:
            return (0, 0)
        head = subject.split("·")[0]
        if head in parks:
            return (1, parks.index(head))
        return (2, 0)

    order = sorted(dict.fromkeys(subjects), key=lambda s: rank(s))  # stable: reading order
    return [(s, figures[subjects == s]) for s in order]


def subject_heading(p: ZoneProfile, subject: str) -> str:
    """What a group of figures is about, in words: 下辖园区：青山科学城;
    所涉对象：某公司 (a park's company: 下辖园区 青山科学城 · 某公司)."""
    if not subject:
        return words("{name}（本园区）", name=text(p.zone.get('name')))
    head, _, rest = subject.partition("·")
    if head in _names(p.parks):
        return words("下辖园区：{head}", head=head) + (f" · {rest}" if rest else "")
    return words("所涉对象：{subject}", subject=subject)


_NOT_ACTUAL = "color:#9a4a00; font-style:italic"
_SMALL = "font-size:10px; color:#555555"


def _figure_row(f, notes: Footnotes) -> list[str]:
    name, printed = figure_name(f)
    cell = escape((name or "—") + _hand_mark(f))
    if printed:
        cell += f'<br /><span style="{_SMALL}">{words("原文：{printed}", printed=escape(printed))}</span>'
    measure, basis = (words(w) if w else "" for w in figure_kind(f))
    value = escape(figure_value(f))
    if basis:  # a plan or a forecast must not read like a result
        value = f'<span style="{_NOT_ACTUAL}">{value}</span>'
        kind = " · ".join(x for x in (measure, f'<b style="color:#9a4a00">{escape(basis)}</b>') if x)
    else:
        kind = escape(measure or words("实际"))
    return [cell, value, kind, escape(figure_period(f)), escape(_ref(notes.cite(f)))]


FIGURE_HEADERS = [("指标", "33%"), ("数值", "20%"), ("类型", "13%"), ("时期", "26%"), ("出处", "8%")]
KIND_NOTE = "类型：目标为规划或目标数，预计为预测数，均非已完成的实际数；增速、占比为百分比。"


def _figures(p: ZoneProfile, notes: Footnotes, chart: str) -> str:
    """The chart first: it cannot split across pages, and placed before the
    table it fills the first page instead of leaving a gap after the table.
    The zone's own figures come first, then those of its parks, companies
    and projects, each group under a sub-heading naming whose they are."""
    if p.figures.empty:
        return f'<h2>{words("全部数据")}</h2><p class="none">{words("文章中未找到该园区的数据。")}</p>'
    groups = subject_groups(p)
    parts = [f"<h2>{words('全部数据')}</h2>", chart]
    for i, (subject, rows) in enumerate(groups):
        body = [_figure_row(f, notes) for f in rows.itertuples(index=False)]
        if subject or len(groups) > 1:
            parts.append(f"<h3>{escape(subject_heading(p, subject))}</h3>")
            gap = 0
        else:
            gap = 10 if chart else 0
        parts.append(_table(FIGURE_HEADERS, body, gap=gap))
    parts.append(f'<p class="meta" style="{_SMALL}">{escape(words(KIND_NOTE))}</p>')
    return "".join(parts)


# --- key indicators (issue 13: the profile opens with them) --------------------------

KEY_HEADERS = [("指标", "17%"), ("最新实际值", "17%"), ("时期", "17%"), ("增速", "9%"),
               ("目标", "24%"), ("来源", "8%"), ("出处", "8%")]
KEY_NOTE = ("最新实际值：各文章所载该指标最近一期的实际数（全年先于前三季度、上半年）；增速为同期增速；"
            "目标为规划或目标数，非已完成数；来源为载有该指标的文章篇数；"
            "〔来源不一〕：不同文章所载同期数值不一，表中为多数来源一致的数值。")
CONFLICT_MARK = "〔来源不一〕"
CHOSEN_MARK = "〔来源不一，已人工选定〕"
# columns a key-indicator row may carry when the analyst picked the value of a
# conflict (the review action of issue 13); read when present
_CHOSEN_COLUMNS = ("resolved", "chosen_by_analyst")


def key_rows(corpus: Corpus, zone_id: str) -> pd.DataFrame:
    """The zone's key indicators that have something to print: an actual
    value, a growth or a target (a metric printed only as an estimate stays
    in the figures table)."""
    try:
        key = corpus.key_indicators(zone_id)
    except (KeyError, ValueError, AttributeError):
        return pd.DataFrame()
    if key is None or key.empty:
        return pd.DataFrame()
    has = key["value"].map(lambda v: not missing(v)) | key["growth"].map(lambda v: not missing(v)) \
        | key["target"].map(lambda v: not missing(v))
    return key[has].reset_index(drop=True)


def _figure_at(figures: pd.DataFrame, figure_id=None, source_file=None, start=None):
    """The figure row a key indicator points at (for its sentence offsets,
    qualifier and the analyst's marks); None when it is not in the profile."""
    if figures.empty:
        return None
    if not missing(figure_id) and "figure_id" in figures:
        hit = figures[figures["figure_id"] == figure_id]
        if len(hit):
            return next(hit.itertuples(index=False))
    if not missing(source_file) and _int(start) is not None:
        hit = figures[(figures["source_file"] == source_file) & (figures["start"] == _int(start))]
        if len(hit):
            return next(hit.itertuples(index=False))
    return None


def _analyst_chose(row) -> bool:
    for col in _CHOSEN_COLUMNS:
        value = row.get(col) if hasattr(row, "get") else getattr(row, col, None)
        if not missing(value) and value is not False and str(value).lower() not in ("0", "false", ""):
            return True
    return False


def _conflicts_of(corpus: Corpus) -> pd.DataFrame:
    """corpus.conflicts(), once per figures frame (a multi-zone print asks per zone)."""
    cache = corpus.__dict__.setdefault("_report_conflicts", [None, None])
    if cache[0] is not corpus.figures:
        try:
            frame = corpus.conflicts()
        except (KeyError, ValueError, AttributeError):
            frame = pd.DataFrame()
        cache[:] = [corpus.figures, frame]
    return cache[1]


def _disagreeing(corpus: Corpus, row: pd.Series) -> list[pd.Series]:
    """The other sources' values of a key indicator's period that disagree
    with the value printed."""
    c = _conflicts_of(corpus)
    if c.empty or "zone_id" not in c:
        return []
    hit = c[(c["zone_id"] == row.get("_zone_id")) & (c["metric"] == row["metric"]) & (c["period_label"] == row.get("period_label"))
            & (c["measure"] == row.get("measure")) & (c["basis"] == "actual")]
    if "agrees_with_chosen" in hit:
        hit = hit[~hit["agrees_with_chosen"].astype(bool)]
    return [r for _, r in hit.iterrows()]


def _key_row(corpus: Corpus, row: pd.Series, figures: pd.DataFrame, notes: Footnotes) -> list[str]:
    main = _figure_at(figures, row.get("figure_id"), row.get("source_file"), row.get("start"))
    growth = _figure_at(figures, None, row.get("growth_source_file"), row.get("growth_start"))
    target = _figure_at(figures, None, row.get("target_source_file"), row.get("target_start"))
    name = escape(text(row["metric"]) + (_hand_mark(main) if main is not None else ""))
    ref = notes.cite(main) if main is not None else None
    value = "—"
    if not missing(row.get("value")):
        value = escape(figure_value(main) if main is not None else
                       format_value(row["value"], row.get("unit"), row.get("qualifier"), row.get("raw")))
        if text(row.get("measure")) == "share":
            value += f' <span style="{_SMALL}">{words("占比")}</span>'
        if bool(row.get("conflict")):
            mark = CHOSEN_MARK if _analyst_chose(row) else CONFLICT_MARK
            value += f'<br /><b style="color:#b03a2e">{escape(words(mark))}</b>'
            others = []
            for other in _disagreeing(corpus, row):
                f = _figure_at(figures, other.get("figure_id"), other.get("source_file"),
                               other.get("start"))
                shown = figure_value(f) if f is not None else text(other.get("raw"))
                n = notes.cite(f) if f is not None else None
                others.append(escape(shown) + (f" {_ref(n)}" if n else ""))
            if others:
                joined = ("; " if language() == "en" else "；").join(others)
                value += f'<br /><span style="{_SMALL}">{words("另有：{others}", others=joined)}</span>'
    growth_cell = "—"
    if not missing(row.get("growth")):
        growth_cell = escape(figure_value(growth) if growth is not None else
                             format_value(row["growth"], "%", "", row.get("growth_raw")))
        g_ref = notes.cite(growth) if growth is not None else None
        if ref is None:
            ref = g_ref
        elif g_ref and g_ref != ref:
            growth_cell += f' <span style="{_SMALL}">{_ref(g_ref)}</span>'
    target_cell = "—"
    if not missing(row.get("target")):
        shown = figure_value(target) if target is not None else \
            format_value(row["target"], row.get("target_unit"), "", row.get("target_raw"))
        when = text(row.get("target_period_label"))
        target_cell = (f'<span style="{_NOT_ACTUAL}">{escape(shown)}</span>'
                       f'<b style="color:#9a4a00">{words("（{when}目标）", when=escape(when))}</b>'
                       if when else
                       f'<span style="{_NOT_ACTUAL}">{escape(shown)}</span>'
                       f'<b style="color:#9a4a00">{words("（目标）")}</b>')
        t_ref = notes.cite(target) if target is not None else None
        if ref is None:
            ref = t_ref
        elif t_ref and t_ref != ref:
            target_cell += f' <span style="{_SMALL}">{_ref(t_ref)}</span>'
    n = _int(row.get("n_sources")) or 0
    return [f"<b>{name}</b>", value, escape(text(row.get("period_label")) or "—"), growth_cell,
            target_cell, words("{n} 篇", n=n), escape(_ref(ref))]


def _key_indicators(corpus: Corpus, p: ZoneProfile, notes: Footnotes) -> str:
    """The zone's canonical indicators, first on the page: latest actual
    value and its period, growth, target (marked), sources, footnote."""
    key = key_rows(corpus, text(p.zone.get("zone_id")))
    if key.empty:
        return ""
    key = key.assign(_zone_id=text(p.zone.get("zone_id")))
    rows = [_key_row(corpus, r, p.figures, notes) for _, r in key.iterrows()]
    return (f"<h2>{words('关键指标')}</h2>" + _table(KEY_HEADERS, rows)
            + f'<p class="meta" style="{_SMALL}">{escape(words(KEY_NOTE))}</p>')


def _series_chart(chart: str) -> str:
    if not chart:
        return ""
    return f"<h2>{words('指标走势')}</h2>" + chart


def _policies(p: ZoneProfile, notes: Footnotes) -> str:
    if p.policies.empty:
        return f'<h2>{words("政策")}</h2><p class="none">{words("文章中未找到该园区的政策。")}</p>'
    rows = []
    for pol in p.policies.itertuples(index=False):
        rows.append([
            escape((text(pol.title) or "—") + _hand_mark(pol)),
            escape(words(POLICY_KINDS.get(text(pol.kind), text(pol.kind)))),
            escape(policy_terms(pol)),
            escape(_ref(notes.cite(pol))),
        ])
    headers = [("名称", "50%"), ("类型", "12%"), ("条款", "30%"), ("出处", "8%")]
    return f"<h2>{words('政策')}</h2>" + _table(headers, rows)


def policy_terms(pol) -> str:
    """The amounts, rates and thresholds a policy sets, '；'-separated as
    printed ("最高300万元；50%")."""
    terms = [t.strip() for t in re.split(r"[;；]", text(getattr(pol, "terms", ""))) if t.strip()]
    return "；".join(terms)


def _industries(p: ZoneProfile) -> str:
    parts = []
    if p.industries:
        parts.append(f"<p><b>{words('产业：')}</b>{escape('、'.join(p.industries))}</p>")
    if p.keywords:
        parts.append(f"<p><b>{words('关键词：')}</b>{escape('、'.join(p.keywords))}</p>")
    if not parts:
        parts.append(f'<p class="none">{words("文章中未找到该园区的产业。")}</p>')
    return f"<h2>{words('产业与关键词')}</h2>" + "".join(parts)


def _chart(uri: str | None, size: tuple[int, int] | None) -> str:
    if not uri:
        return ""
    dims = f' width="{int(size[0])}" height="{int(size[1])}"' if size else ""
    return f'<p align="center"><img src="{escape(uri)}"{dims} /></p>'


def _footnotes(notes: Footnotes) -> str:
    if not notes.notes:
        return ""
    out = [f"<h2>{words('出处')}</h2>"]
    for n in notes.notes:
        where = []
        if n.article_title:
            where.append(f"《{escape(n.article_title)}》")
        if n.outlet:
            where.append(escape(n.outlet))
        if n.date:
            # a file's time is not a publication date: say which it is
            mark = words("（文件时间）") if n.date_source == "file" else ""
            where.append(escape(n.date) + mark)
        if n.source_file:
            where.append(escape(n.source_file))
        if n.start >= 0 and n.end >= 0:
            where.append(words("第 {start}–{end} 字", start=n.start, end=n.end))
        out.append(f'<p class="fn"><b>[{n.number}]</b> '
                   f'{quoted(_highlighted(n.sentence, n.spans), n.sentence)}'
                   f'<br /><span style="color:#555555">—— {" · ".join(where)}</span></p>')
    return "".join(out)


def footer_text(corpus: Corpus, printed_on: date | None = None, language: str | None = None) -> str:
    with page_language(language):
        day = (printed_on or date.today()).isoformat()
        name = corpus.name or words("未命名语料")
        return words("打印日期 {day} · 语料 {name}", day=day, name=name)


def _zone_body(corpus: Corpus, zone_id: str, chart_uri: str | None,
               chart_size: tuple[int, int] | None, printed_on: date | None,
               page_break: bool, series: ChartRef | None = None) -> str:
    """Issue 13's order: the header, the key indicators, the chart of the
    indicators over time, then all figures (with today's bar chart when
    there is no series to draw), policies, industries, notes, sources."""
    p = corpus.profile(zone_id)
    notes = Footnotes(corpus)
    series_chart = _chart(series.uri, (series.width, series.height)) if series else ""
    parts = [
        _header(p, page_break),
        _key_indicators(corpus, p, notes),
        _series_chart(series_chart),
        _figures(p, notes, "" if series_chart else _chart(chart_uri, chart_size)),
        _policies(p, notes),
        _industries(p),
        _analyst_notes(corpus, zone_id),
        _footnotes(notes),
        f'<p class="footer">{escape(footer_text(corpus, printed_on))}</p>',
    ]
    return "".join(parts)


def _document(title: str, body: str) -> str:
    return (f"<html><head><meta charset=\"utf-8\" /><title>{escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>")


@dataclass(frozen=True)
class ChartRef:
    uri: str
    width: int
    height: int


def profile_html(corpus: Corpus, zone_id: str, *, chart_uri: str | None = None,
                 printed_on: date | None = None,
                 chart_size: tuple[int, int] | None = None,
                 series: ChartRef | None = None, language: str | None = None) -> str:
    """One zone's profile as a complete HTML document; `language` ("zh",
    "en") of the page's own words."""
    name = text(corpus.zone(zone_id)["name"])
    with page_language(language):
        return _document(name, _zone_body(corpus, zone_id, chart_uri, chart_size, printed_on,
                                          False, series))


def _contents(corpus: Corpus, zone_ids: list[str], printed_on: date | None,
              page_numbers: Mapping[str, int] | None) -> str:
    rows = []
    for i, zid in enumerate(zone_ids, 1):
        z = corpus.zone(zid)
        place = " ".join(dict.fromkeys(x for x in (text(z.get("province")), text(z.get("city"))) if x))
        page = page_numbers.get(zid) if page_numbers else None
        rows.append([str(i), escape(text(z.get("name"))), escape(text(z.get("kind"))), escape(place),
                     str(len(corpus.figures[corpus.figures["zone_id"] == zid])),
                     str(len(corpus.policies[corpus.policies["zone_id"] == zid])),
                     str(page) if page else ""])
    headers = [("序号", "8%"), ("园区", "34%"), ("类型", "12%"), ("所在地", "20%"),
               ("数据", "9%"), ("政策", "9%"), ("页码", "8%")]
    return (f"<h1>{words('园区档案')}</h1><p class=\"meta\">{escape(footer_text(corpus, printed_on))}"
            f"{words(' · 共 {n} 个园区', n=len(zone_ids))}</p><h2>{words('目录')}</h2>"
            + _table(headers, rows))


def document_html(corpus: Corpus, zone_ids: Iterable[str], *,
                  charts: Mapping[str, ChartRef] | None = None,
                  printed_on: date | None = None,
                  page_numbers: Mapping[str, int] | None = None,
                  series: Mapping[str, ChartRef] | None = None,
                  language: str | None = None) -> str:
    """Several zones: a contents page, then each zone from a new page.
    A single zone prints without the contents page. `series`: each zone's
    chart of its indicators over time (it takes the place of `charts`);
    `language` ("zh", "en") of the page's own words."""
    with page_language(language):
        return _document_html(corpus, zone_ids, charts, printed_on, page_numbers, series)


def _document_html(corpus, zone_ids, charts, printed_on, page_numbers, series) -> str:
    zone_ids = list(dict.fromkeys(zone_ids))
    charts = charts or {}
    series = series or {}
    parts = []
    if len(zone_ids) > 1:
        parts.append(_contents(corpus, zone_ids, printed_on, page_numbers))
    for i, zid in enumerate(zone_ids):
        ref = charts.get(zid)
        parts.append(_zone_body(corpus, zid, ref.uri if ref else None,
                                (ref.width, ref.height) if ref else None,
                                printed_on, page_break=bool(parts), series=series.get(zid)))
    if len(zone_ids) == 1:
        title = text(corpus.zone(zone_ids[0])["name"])
    else:
        title = words("园区档案 · {name}", name=corpus.name) if corpus.name else words("园区档案")
    return _document(title, "".join(parts))
