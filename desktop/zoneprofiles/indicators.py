"""Canonical indicators of the zones: a zone's key indicators, one metric over
time, one metric across zones, and sources that disagree. No Qt here; the
window, the CLI and the tests read the same tables.

Only a zone's own figures count (`subject` ""): a company's or a project's
output is not the zone's. Every row keeps its provenance (`article_id`,
`source_file`, `start`, `end`, `sentence`), so each number leads to its
sentence.

Periods
-------
A figure's period is its `year` and `span` (全年, 上半年, 前三季度, 1-9月, 年末,
2021-2025…). Spans that name the same months are one period: 前三季度 = 1-9月,
上半年 = 1-6月, 一季度 = 1-3月, 全年 = 1-12月 (`span_key`). Different spans are
never one period and never one line of a series.

"Latest" ranks by year, then by how much of the year the span covers (全年
before 前三季度 before 上半年; a point such as 年末 ranks by its month; several
years (2021-2025) below any one-year span; no span last), then by the
article's date. A figure without a year (目前…) takes its article's year.

Agreeing and conflicting values
-------------------------------
Two figures of the same zone, metric, period, measure, basis and unit agree
when the ranges their printed forms admit overlap, with 0.5 % of slack (two
exact values within 0.5 % of each other are one value). What a qualifier
admits, N being the printed number and `step` the place of its leading digit
(2500 → 1000, 8.5 → 1, 0.35 → 0.1):

- none, 仅: N itself;
- at least (超, 超过, 逾, 突破, 以上, 多, 余, 之多, 不低于, 不少于, 至少, 高于):
  N up to N + step — 超2500家 admits 2613家 (no conflict), not 3600家;
- at most (近, 不到, 不足, 以下, 以内, 不超过, 最多, 最高不超过, 低于): N - step up to N;
- about (约, 左右): N ± half the unit of its last significant digit
  (约2500 → 2450…2550, 约3.2 → 3.15…3.25).

For negative values (下降超5%) the range is taken on the magnitude. A
conflict is such a group with two figures from different articles that do not
agree; two values printed in one article are not a conflict between sources.
"""
from __future__ import annotations

import functools
import math
import re
from typing import Iterable

import numpy as np
import pandas as pd

__all__ = ["key_indicators", "series", "compare", "compare_table", "conflicts", "metric_zones",
           "metric_periods", "span_key", "period_label", "parse_period", "admitted", "agree",
           "TOLERANCE", "KEY_COLUMNS", "SERIES_COLUMNS", "COMPARE_COLUMNS", "CONFLICT_COLUMNS"]

TOLERANCE = 0.005  # values within 0.5 % of each other are one value

_AT_LEAST = {"超", "超过", "逾", "突破", "以上", "多", "余", "之多", "不低于", "不少于", "至少", "高于"}
_AT_MOST = {"近", "不到", "不足", "以下", "以内", "不超过", "最多", "最高不超过", "低于"}
_ABOUT = {"约", "左右"}

PROVENANCE = ["figure_id", "article_id", "source_file", "start", "end", "sentence",
              "sentence_start", "sentence_end"]
KEY_COLUMNS = ["metric", "value", "unit", "raw", "qualifier", "measure", "period", "year", "span",
               "period_label", "date", "n_sources", "conflict", "resolved",
               *PROVENANCE,
               "growth", "growth_raw", "growth_source_file", "growth_start", "growth_end",
               "growth_sentence",
               "target", "target_unit", "target_raw", "target_period_label", "target_source_file",
               "target_start", "target_end", "target_sentence"]
SERIES_COLUMNS = ["line", "year", "span", "span_key", "period_label", "period_end", "measure",
                  "basis", "value", "unit", "raw", "qualifier", "label", "period", "date",
                  *PROVENANCE]
COMPARE_COLUMNS = ["zone_id", "zone", "kind", "province", "city", "metric", "year", "span",
                   "period_label", "measure", "basis", "value", "unit", "raw", "qualifier", "date",
                   "n_sources", "n_articles", "conflict", "resolved", *PROVENANCE]
CONFLICT_COLUMNS = ["conflict_id", "zone_id", "zone", "metric", "year", "span", "period_label",
                    "measure", "basis", "unit", "value", "raw", "qualifier", "agrees_with_chosen",
                    "chosen", "resolved", "date", *PROVENANCE]


# --- periods ----------------------------------------------------------------------------

_SPAN_ALIASES = {"1-3月": "一季度", "1-6月": "上半年", "1-9月": "前三季度", "1-12月": "全年",
                 "4-6月": "二季度", "7-9月": "三季度", "10-12月": "四季度", "7-12月": "下半年",
                 "第一季度": "一季度", "第二季度": "二季度", "第三季度": "三季度", "第四季度": "四季度",
                 "12月末": "年末", "12月底": "年末", "年底": "年末"}
# months covered and the month the span ends in
_SPAN_MONTHS = {"全年": (12, 12), "上半年": (6, 6), "下半年": (6, 12), "前三季度": (9, 9),
                "一季度": (3, 3), "二季度": (3, 6), "三季度": (3, 9), "四季度": (3, 12),
                "年末": (0, 12), "年初": (0, 0)}
_RANGE_RE = re.compile(r"^(\d{1,2})-(\d{1,2})月$")
_MONTH_RE = re.compile(r"^(\d{1,2})月(上旬|中旬|下旬|末|初|底)?$")
_YEARS_RE = re.compile(r"^(\d{4})-(\d{4})$")


def span_key(span) -> str:
    """The canonical word of a span: 1-9月 and 前三季度 are one period."""
    span = "" if span is None or (isinstance(span, float) and math.isnan(span)) else str(span)
    return _SPAN_ALIASES.get(span, span)


def _span_rank(key: str) -> tuple[float, int]:
    """(months covered, month it ends in): more of the year ranks later."""
    if key in _SPAN_MONTHS:
        return _SPAN_MONTHS[key]
    m = _RANGE_RE.match(key)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        return (b - a + 1, b)
    m = _MONTH_RE.match(key)
    if m:
        month = int(m.group(1))
        if m.group(2) in ("末", "底"):
            return (0, month)
        if m.group(2) == "初":
            return (0, month - 1)
        return (1 if not m.group(2) else 0.3, month)
    if _YEARS_RE.match(key):
        return (-1, 12)
    if re.match(r"^\d{1,2}月\d{1,2}日$", key):
        return (0, int(key.split("月")[0]))
    return (-2, 0)


def _period_end(year, key: str) -> str:
    if year is None:
        return ""
    months, end = _span_rank(key)
    if months == -2:
        return ""
    end = max(1, min(12, end or 1))
    day = 31 if end in (1, 3, 5, 7, 8, 10, 12) else (30 if end != 2 else 28)
    return f"{year:04d}-{end:02d}-{day:02d}"


def period_label(year, span) -> str:
    """One way to write a period: 2023年, 2024年前三季度, 2024年1-5月, 2023年末, 2021-2025年."""
    year = _year(year)
    key = span_key(span)
    if year is None:
        return key
    if _YEARS_RE.match(key):
        return f"{key}年"
    if key in ("全年", ""):
        return f"{year}年"
    if key.startswith("年"):  # 年末, 年初
        return f"{year}{key}"
    return f"{year}年{key}"


def parse_period(text: str) -> tuple[int, str] | None:
    """(year, span key) of 2023, 2023年, 2023年前三季度, 2023年1-9月, 十四五…; None if unreadable."""
    from .extract.period_resolve import resolve

    text = text.strip()
    if re.fullmatch(r"\d{4}", text):
        text += "年"
    got = resolve(text, None)
    if got.year is None or not got.span:
        return None
    return got.year, span_key(got.span)


def _year(value) -> int | None:
    if value is None or value is pd.NA:
        return None
    try:
        if isinstance(value, float) and math.isnan(value):
            return None
        return int(value)
    except (TypeError, ValueError):
        return None


# --- agreeing values --------------------------------------------------------------------

def _step(n: float) -> float:
    return 10.0 ** math.floor(math.log10(n)) if n > 0 else 0.0


def _last_digit(n: float) -> float:
    """The unit of the last significant digit of n as printed (2500 -> 100, 3.2 -> 0.1)."""
    if n <= 0:
        return 0.0
    text = f"{n:.10g}"
    if "e" in text:
        return _step(n)
    if "." in text:
        return 10.0 ** -len(text.split(".")[1])
    stripped = text.rstrip("0")
    return 10.0 ** (len(text) - len(stripped))


def admitted(value: float, qualifier: str = "") -> tuple[float, float]:
    """The range of true values a printed figure admits (see the module's rule)."""
    q = qualifier or ""
    sign = -1.0 if value < 0 else 1.0
    n = abs(float(value))
    if q in _AT_LEAST:
        lo, hi = n, n + _step(n)
    elif q in _AT_MOST:
        lo, hi = max(0.0, n - _step(n)), n
    elif q in _ABOUT:
        half = _last_digit(n) / 2
        lo, hi = n - half, n + half
    else:
        lo = hi = n
    if sign < 0:
        lo, hi = -hi, -lo
    return lo, hi


def agree(a: tuple[float, str], b: tuple[float, str]) -> bool:
    """Whether two (value, qualifier) figures can both be right."""
    lo1, hi1 = admitted(*a)
    lo2, hi2 = admitted(*b)
    slack = TOLERANCE * max(abs(a[0]), abs(b[0]))
    return lo1 <= hi2 + slack and lo2 <= hi1 + slack


# --- the figures the queries read ---------------------------------------------------------

def _own(corpus, metric: str | None = None, zone_id: str | None = None) -> pd.DataFrame:
    """A zone's own figures with a canonical metric, with the article date and
    the period columns the queries group by (cached per figures frame)."""
    cache = corpus.__dict__.setdefault("_indicator_cache", {})
    entry = cache.get("own")
    if entry is None or entry[0] is not corpus.figures or entry[1] is not corpus.articles:
        entry = (corpus.figures, corpus.articles, _prepare(corpus))
        cache.clear()
        cache["own"] = entry
    frame = entry[2]
    if metric is not None:
        key = ("metric", metric)
        if key not in cache:
            cache[key] = frame.groupby("metric", sort=False).indices if len(frame) else {}
        pos = cache[key].get(metric)
        frame = frame.iloc[pos] if pos is not None else frame.iloc[0:0]
    if zone_id is not None:  # a zone's rows through positions grouped once per corpus
        if metric is not None:  # the metric's rows, those of the zone
            return frame[frame["zone_id"] == zone_id]
        if "zone" not in cache:
            cache["zone"] = frame.groupby("zone_id", sort=False).indices if len(frame) else {}
        pos = cache["zone"].get(zone_id)
        frame = frame.iloc[pos] if pos is not None else frame.iloc[0:0]
    return frame


def _prepare(corpus) -> pd.DataFrame:
    f = corpus.figures
    if f.empty or "metric" not in f:
        out = pd.DataFrame({c: pd.Series(dtype="object") for c in
                            ["zone_id", "metric", "value", "unit", "measure", "basis", "year", "span"]})
        for c in ["_year", "_key", "_months", "_endm", "date", "raw", "qualifier", "label",
                  "period", *PROVENANCE]:
            out[c] = pd.Series(dtype="object")
        return out
    subject = f["subject"].fillna("").astype(str) if "subject" in f else pd.Series("", index=f.index)
    metric = f["metric"].fillna("").astype(str)
    f = f[(subject == "") & (metric != "") & f["value"].notna()].copy()
    dates = dict(zip(corpus.articles["article_id"], corpus.articles["date"]))
    f["date"] = f["article_id"].map(dates).fillna("").astype(str)
    year = pd.to_numeric(f["year"], errors="coerce")
    art_year = pd.to_numeric(f["date"].str[:4], errors="coerce")
    if "date_source" in corpus.articles:
        # a figure that prints no period is of its article's year, when the
        # article says when it was written: a file's time on disk says when
        # it was saved or copied, and made an undated 2012 figure "2026"
        sources = dict(zip(corpus.articles["article_id"], corpus.articles["date_source"]))
        from_file = f["article_id"].map(sources).fillna("").astype(str) == "file"
        art_year = art_year.mask(from_file)
    f["_year"] = year.fillna(art_year)
    f["_key"] = f["span"].map(span_key)
    ranks = {k: _span_rank(k) for k in f["_key"].unique()}
    f["_months"] = f["_key"].map(lambda k: ranks[k][0])
    f["_endm"] = f["_key"].map(lambda k: ranks[k][1])
    for col in ("qualifier", "unit", "measure", "basis", "raw", "label", "period", "sentence"):
        if col in f:
            f[col] = f[col].fillna("").astype(str)
    return f.reset_index(drop=True)


def _latest_first(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.sort_values(["_year", "_months", "_endm", "date"], ascending=False,
                            kind="stable", na_position="last")


# --- choosing one value of a group ------------------------------------------------------

def _choose(values: list, quals: list, arts: list, dates: list,
            picks: list | None = None) -> tuple[int, int, int, bool]:
    """(position of the chosen figure, articles agreeing with it, articles,
    conflict) among the figures of one zone, metric, period, measure, basis
    and unit: the one the analyst chose (`picks`: the id of the choice, 0
    none; the latest choice wins); else the value most articles agree with;
    then an exact one; then the latest article."""
    n = len(values)
    if n == 1:
        return 0, 1, 1, False
    if n > _MATRIX_FROM:
        return _choose_many(values, quals, arts, dates, picks)
    best, best_key, best_set = 0, None, set()
    conflict = False
    for i in range(n):
        with_i = set()
        for j in range(n):
            if i == j or agree((values[i], quals[i]), (values[j], quals[j])):
                with_i.add(arts[j])
            elif arts[i] != arts[j]:
                conflict = True
        key = (int(picks[i]) if picks is not None else 0, len(with_i), quals[i] == "", dates[i])
        if best_key is None or key > best_key:
            best, best_key, best_set = i, key, with_i
    return best, len(best_set), len(set(arts)), conflict


# A group larger than this is compared all at once in arrays: a large archive
# prints one zone's indicator for one year hundreds of times, and comparing
# each figure with each other one by one took most of a zone switch.
_MATRIX_FROM = 12


def _choose_many(values: list, quals: list, arts: list, dates: list,
                 picks: list | None) -> tuple[int, int, int, bool]:
    """`_choose` for a large group, with the same rule and the same result."""
    n = len(values)
    bounds = np.array([admitted(v, q) for v, q in zip(values, quals)], dtype=float)
    lo, hi = bounds[:, 0], bounds[:, 1]
    size = np.abs(np.array(values, dtype=float))
    slack = TOLERANCE * np.maximum(size[:, None], size[None, :])
    ok = (lo[:, None] <= hi[None, :] + slack) & (lo[None, :] <= hi[:, None] + slack)
    np.fill_diagonal(ok, True)
    art_codes, art_index = np.unique(np.array([str(a) for a in arts], dtype=object),
                                     return_inverse=True)
    same_art = art_index[:, None] == art_index[None, :]
    conflict = bool((~ok & ~same_art).any())
    # distinct articles agreeing with each figure: one column per article
    per_article = np.zeros((n, len(art_codes)), dtype=bool)
    rows, cols = np.nonzero(ok)
    per_article[rows, art_index[cols]] = True
    agreeing = per_article.sum(axis=1)
    best, best_key = 0, None
    for i in range(n):
        key = (int(picks[i]) if picks is not None else 0, int(agreeing[i]), quals[i] == "", dates[i])
        if best_key is None or key > best_key:
            best, best_key = i, key
    return best, int(agreeing[best]), len(art_codes), conflict


_GROUP = ["zone_id", "metric", "_year", "_key", "measure", "basis", "unit"]


def _groups(rows: pd.DataFrame) -> list[np.ndarray]:
    """Positions of the rows of each group of _GROUP with more than one row,
    and (first) the positions of the rows alone in theirs."""
    codes = rows.groupby(_GROUP, sort=False, dropna=False).ngroup().to_numpy()
    sizes = np.bincount(codes)
    alone = sizes[codes] == 1
    multi = np.flatnonzero(~alone)
    order = multi[np.argsort(codes[multi], kind="stable")]
    cuts = np.flatnonzero(np.diff(codes[order])) + 1
    return [np.flatnonzero(alone), *(np.split(order, cuts) if len(order) else [])]


def _chosen(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per group of _GROUP, with n_sources, n_articles and conflict."""
    if rows.empty:
        out = rows.copy()
        for c in ("n_sources", "n_articles", "conflict", "resolved"):
            out[c] = pd.Series(dtype="object")
        return out
    alone, *groups = _groups(rows)
    picked = list(alone)
    n_sources, n_articles, conflict = [1] * len(alone), [1] * len(alone), [False] * len(alone)
    resolved = [False] * len(alone)
    if groups:
        values, quals = rows["value"].to_numpy(), rows["qualifier"].to_numpy()
        arts, dates = rows["article_id"].to_numpy(), rows["date"].to_numpy()
        picks = _picks(rows)
        for idx in groups:
            i, agreeing, n_arts, clash = _choose(list(values[idx]), list(quals[idx]),
                                                 list(arts[idx]), list(dates[idx]),
                                                 list(picks[idx]))
            picked.append(idx[i])
            n_sources.append(agreeing)
            n_articles.append(n_arts)
            conflict.append(clash)
            resolved.append(clash and bool(picks[idx[i]]))
    out = rows.iloc[picked].copy()
    out["n_sources"] = n_sources
    out["n_articles"] = n_articles
    out["conflict"] = conflict
    out["resolved"] = resolved
    return out


def _picks(rows: pd.DataFrame) -> np.ndarray:
    """The analyst's choices (userdata: `chosen_by`, the change's id; 0 none)."""
    if "chosen_by" not in rows:
        return np.zeros(len(rows), dtype="int64")
    return pd.to_numeric(rows["chosen_by"], errors="coerce").fillna(0).astype("int64").to_numpy()


# --- key indicators ---------------------------------------------------------------------

def _metric_order() -> dict[str, int]:
    from .extract.metrics import default_metrics
    return {name: i for i, name in enumerate(default_metrics().names)}


def key_indicators(corpus, zone_id: str) -> pd.DataFrame:
    """One row per canonical metric the zone has, in the order of
    resources/metrics.tsv: the latest actual level (share when the metric has
    no level) with its period, the growth printed for that same period, the
    latest target, and how many articles print the metric for the zone.
    Computed once per zone and corpus (a zone switch asks it again)."""
    frame = _own(corpus)
    cache = corpus.__dict__["_indicator_cache"]
    key = ("key", zone_id)
    if key not in cache:
        if "zone" not in cache:
            cache["zone"] = frame.groupby("zone_id", sort=False).indices if len(frame) else {}
        pos = cache["zone"].get(zone_id)
        if pos is None:
            cache[key] = _no_key_indicators().copy()
        else:
            if "columns" not in cache:  # the prepared frame's columns, once per corpus
                cache["columns"] = _key_inputs(frame)
            cache[key] = _key_indicators_at(cache["columns"], pos)
    return cache[key].copy()


_KEY_INPUTS = ["metric", "value", "unit", "raw", "qualifier", "measure", "basis", "period", "span",
               "date", "year", "_year", "_key", "_months", "_endm", *PROVENANCE]
# the columns the choice loops read row by row, as lists; the rest are read
# only at the rows chosen
_KEY_LOOPED = ("metric", "unit", "measure", "basis", "_key", "date", "article_id")


def _key_inputs(frame: pd.DataFrame) -> dict[str, np.ndarray]:
    out = {c: frame[c].to_numpy(dtype=object) for c in _KEY_INPUTS}
    for c in ("_year", "_months", "_endm"):
        out[c] = out[c].astype(float)
    out["_picks"] = _picks(frame)
    return out


class _At:
    """A column read at a zone's positions, one value at a time: the choice
    loops read most columns only at the few rows they choose."""

    __slots__ = ("_values", "_positions")

    def __init__(self, values: np.ndarray, positions: np.ndarray) -> None:
        self._values, self._positions = values, positions

    def __getitem__(self, p: int):
        return self._values[self._positions[p]]


def _na(value) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


@functools.lru_cache(maxsize=1)
def _no_key_indicators() -> pd.DataFrame:
    """The empty answer, made once: building its thirty-odd empty columns
    took 4 ms at every switch to one of the zones with no canonical metric
    (113 of the 189 zones of the 10,000-article bench corpus)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in KEY_COLUMNS})


def _recency(dates: list, endm: np.ndarray, months: np.ndarray, years: np.ndarray) -> np.ndarray:
    """Each row's place in time as a dense rank (equal for rows _latest_first
    cannot tell apart, larger later): a known year after none, then the
    year, the months covered, the month it ends in, the article date."""
    has = ~np.isnan(years)
    dates = pd.factorize(np.asarray(dates, dtype=object), sort=True)[0]
    keys = (dates, endm, months, np.where(has, years, 0.0), has)
    order = np.lexsort(keys)
    if not len(order):
        return order
    step = np.zeros(len(order), dtype=np.int64)
    for k in keys:
        ordered = k[order]
        step[1:] |= ordered[1:] != ordered[:-1]
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.cumsum(step)
    return rank


def _key_indicators(own: pd.DataFrame) -> pd.DataFrame:
    """key_indicators of these rows (a prepared frame's, see _own)."""
    if own.empty:
        return _no_key_indicators().copy()
    return _key_indicators_at(_key_inputs(own), np.arange(len(own)))


def _key_indicators_at(columns: dict[str, np.ndarray], positions: np.ndarray) -> pd.DataFrame:
    """key_indicators over plain lists of the rows at `positions` of these
    columns: a zone of a large archive has thousands of figures, and pandas'
    per-call overhead, taking the zone's rows out of the frame and per-row
    NaN tests were most of a zone switch."""
    positions = positions.tolist()
    col = {c: _At(a, positions) for c, a in columns.items()}
    at = np.asarray(positions)
    for c in _KEY_LOOPED:
        col[c] = columns[c][at].tolist()
    articles = [None if _na(a) else a for a in col["article_id"]]
    picks = columns["_picks"][at].tolist()
    key, date = col["_key"], col["date"]
    # years as floats with None for none, and each row's place in time as one
    # integer for the sorts below
    years = columns["_year"][at]
    year = [None if y != y else y for y in years.tolist()]
    rank = _recency(date, columns["_endm"][at], columns["_months"][at], years).tolist()

    def same_year(a, b) -> bool:  # no year is not the same year as another
        return year[a] is not None and year[a] == year[b]

    def latest_first(pos: list[int]) -> list[int]:  # _latest_first: years missing last
        return sorted(pos, key=rank.__getitem__, reverse=True)

    # one pass: each metric's rows by basis and measure, and its articles
    by_metric: dict[str, dict[tuple[str, str], list[int]]] = {}
    sources: dict[str, set] = {}
    for p, (metric, basis, measure) in enumerate(zip(col["metric"], col["basis"], col["measure"])):
        kinds = by_metric.get(metric)
        if kinds is None:
            kinds = by_metric[metric] = {}
            sources[metric] = set()
        kinds.setdefault((basis, measure), []).append(p)
        sources[metric].add(articles[p])
    order = _metric_order()
    out = []
    for metric in sorted(by_metric, key=lambda m: (order.get(m, len(order)), m)):
        kinds = by_metric[metric]
        row = dict.fromkeys(KEY_COLUMNS)
        row["metric"] = metric
        sources[metric].discard(None)
        row["n_sources"] = len(sources[metric])
        levels = kinds.get(("actual", "level")) or kinds.get(("actual", "share")) or []
        level = None
        if levels:
            first = latest_first(levels)[0]
            group = [p for p in levels if same_year(p, first) and key[p] == key[first]
                     and col["unit"][p] == col["unit"][first]] or [first]
            i, _agreeing, _arts, clash = (0, 1, 1, False) if len(group) == 1 else _choose(
                [col["value"][p] for p in group], [col["qualifier"][p] for p in group],
                [col["article_id"][p] for p in group], [date[p] for p in group],
                [picks[p] for p in group])
            level = group[i]
            row.update({c: col[c][level] for c in ("value", "unit", "raw", "qualifier", "measure",
                                                   "period", "span", "date", *PROVENANCE)})
            row["year"] = _year(col["year"][level])
            row["period_label"] = period_label(year[level], key[level])
            row["conflict"] = bool(clash)
            row["resolved"] = bool(clash and picks[level])
        growths = kinds.get(("actual", "growth"), [])
        if level is not None:
            # the growth printed beside the value first
            growths = sorted([p for p in growths if same_year(p, level) and key[p] == key[level]],
                             key=lambda p: (col["article_id"][p] == col["article_id"][level],
                                            date[p]), reverse=True)
        else:
            growths = latest_first(growths)
        if growths:
            g = growths[0]
            row.update({"growth": col["value"][g], "growth_raw": col["raw"][g],
                        "growth_source_file": col["source_file"][g], "growth_start": col["start"][g],
                        "growth_end": col["end"][g], "growth_sentence": col["sentence"][g]})
            if level is None:
                row["period_label"] = period_label(year[g], key[g])
        targets = sorted(p for (basis, measure), at in kinds.items() if basis == "target"
                         and measure != "growth" for p in at)  # in frame order
        if targets:
            if level is not None:  # a target for the level's year or later first
                ahead = [p for p in targets if year[p] is not None and year[level] is not None
                         and year[p] >= year[level]]
                targets = ahead or targets
                # the nearest year first, then the longest span, then the latest article
                targets = sorted(targets, key=lambda p: date[p], reverse=True)
                targets = sorted(targets, key=lambda p: col["_months"][p], reverse=True)
                t = sorted(targets, key=lambda p: (year[p] is None, year[p] or 0))[0]
            else:
                t = latest_first(targets)[0]
            row.update({"target": col["value"][t], "target_unit": col["unit"][t],
                        "target_raw": col["raw"][t],
                        "target_period_label": period_label(year[t], key[t]),
                        "target_source_file": col["source_file"][t], "target_start": col["start"][t],
                        "target_end": col["end"][t], "target_sentence": col["sentence"][t]})
        if row["conflict"] is None:
            row["conflict"] = False
        if row["resolved"] is None:
            row["resolved"] = False
        out.append(row)
    return pd.DataFrame(out, columns=KEY_COLUMNS)


# --- one metric over time ---------------------------------------------------------------

def series(corpus, zone_id: str, metric: str) -> pd.DataFrame:
    """Every value of `metric` for the zone, one row per printed figure, in
    lines: `line` is measure/basis/span, so 全年 and 1-9月 values (or targets
    and actuals, levels and growth) never make one line."""
    rows = _own(corpus, metric=metric)
    rows = rows[rows["zone_id"] == zone_id]
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in SERIES_COLUMNS})
    rows = rows.sort_values(["measure", "basis", "_key", "_year", "date"], kind="stable").copy()
    rows["line"] = rows["measure"] + "/" + rows["basis"] + "/" + rows["_key"]
    years = [_year(y) for y in rows["_year"]]
    rows["span_key"] = rows["_key"]
    rows["period_label"] = [period_label(y, k) for y, k in zip(years, rows["_key"])]
    rows["period_end"] = [_period_end(y, k) for y, k in zip(years, rows["_key"])]
    rows["year"] = pd.array(years, dtype="Int64")
    return rows[SERIES_COLUMNS].reset_index(drop=True)


# --- one metric across zones ------------------------------------------------------------

def _with_zones(corpus, rows: pd.DataFrame) -> pd.DataFrame:
    z = corpus.zones
    cache = corpus.__dict__.setdefault("_indicator_zones", [None, None])
    if cache[0] is not z:  # the zones' names and filters, once per zones frame
        cache[:] = [z, {c: dict(zip(z["zone_id"], z[c])) for c in ("name", "kind", "province", "city")
                        if c in z}]
    info = cache[1]
    rows = rows.copy()
    rows["zone"] = rows["zone_id"].map(info.get("name", {}))
    for c in ("kind", "province", "city"):
        rows[c] = rows["zone_id"].map(info.get(c, {}))
    return rows


def _dominant_unit(rows: pd.DataFrame) -> str | None:
    if rows.empty:
        return None
    counts = rows.groupby("unit")["zone_id"].nunique()
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def metric_periods(corpus, metric: str, basis: str = "actual", measure: str = "level") -> pd.DataFrame:
    """The periods `metric` has values for (year, span, label, zones), latest first."""
    rows = _own(corpus, metric=metric)
    rows = rows[(rows["basis"] == basis) & (rows["measure"] == measure) & rows["_year"].notna()]
    cols = ["year", "span", "period_label", "zones"]
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    g = rows.groupby(["_year", "_key", "_months", "_endm"])["zone_id"].nunique().reset_index(name="zones")
    g = g.sort_values(["_year", "_months", "_endm"], ascending=False, kind="stable")
    g["year"] = g["_year"].astype(int)
    g["span"] = g["_key"]
    g["period_label"] = [period_label(y, k) for y, k in zip(g["year"], g["span"])]
    return g[cols].reset_index(drop=True)


def _default_period(rows: pd.DataFrame, year: int | None) -> tuple[int, str] | None:
    """The period most zones have (later, then longer, on a tie)."""
    rows = rows[rows["_year"].notna()]
    if year is not None:
        rows = rows[rows["_year"] == year]
        if (rows["_key"] == "全年").any():
            return year, "全年"
    if rows.empty:
        return None
    g = rows.groupby(["_year", "_key", "_months", "_endm"])["zone_id"].nunique().reset_index(name="n")
    best = g.sort_values(["n", "_year", "_months", "_endm"], ascending=False, kind="stable").iloc[0]
    return int(best["_year"]), best["_key"]


def compare(corpus, metric: str, year: int | None = None, span: str | None = None,
            basis: str = "actual", measure: str = "level", unit: str | None = None) -> pd.DataFrame:
    """One row per zone: its value of `metric` for one period, basis and
    measure, largest first, each with its source. `year`/`span` None: the
    year's 全年, or the period most zones have. One unit only: `unit`, or the
    unit most zones use (亿美元 and 亿元 are never one bar). A zone whose
    articles disagree shows the value most agree on, marked `conflict`."""
    rows = _own(corpus, metric=metric)
    rows = rows[(rows["basis"] == basis) & (rows["measure"] == measure)]
    if span is not None:
        span = span_key(span)
    if year is None or span is None:
        pool = rows if span is None else rows[rows["_key"] == span]
        period = _default_period(pool, year)
        if period is None:
            rows = rows.iloc[0:0]
        else:
            year, span = period
    rows = rows[(rows["_year"] == year) & (rows["_key"] == span)] if len(rows) else rows
    if unit is None:
        unit = _dominant_unit(rows)
    rows = rows[rows["unit"] == unit] if unit is not None else rows
    return _compare_rows(corpus, rows)


def _compare_rows(corpus, rows: pd.DataFrame) -> pd.DataFrame:
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in COMPARE_COLUMNS})
    out = _with_zones(corpus, _chosen(rows))
    years = [_year(y) for y in out["_year"]]
    out["period_label"] = [period_label(y, k) for y, k in zip(years, out["_key"])]
    out["year"] = pd.array(years, dtype="Int64")
    out["span"] = out["_key"]
    out = out.sort_values(["value", "zone"], ascending=[False, True], kind="stable")
    return out[COMPARE_COLUMNS].reset_index(drop=True)


def compare_table(corpus, metric: str, year: int | None = None, span: str | None = None,
                  measure: str = "level", bases: Iterable[str] = ("actual", "estimate", "target"),
                  zone_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The rows the CLI writes: one per zone, period and basis (every period
    when `year` is None), latest period first, actuals before estimates and
    targets, then largest value first."""
    rows = _own(corpus, metric=metric)
    rows = rows[(rows["measure"] == measure) & rows["basis"].isin(list(bases))]
    if year is not None:
        rows = rows[rows["_year"] == year]
    if span is not None:
        rows = rows[rows["_key"] == span_key(span)]
    if zone_ids is not None:
        rows = rows[rows["zone_id"].isin(list(zone_ids))]
    out = _compare_rows(corpus, rows)
    if out.empty:
        return out
    rank = {b: i for i, b in enumerate(bases)}
    months = out["span"].map(lambda k: _span_rank(k))
    out = out.assign(_y=out["year"].astype("float64").fillna(-1), _m=months.map(lambda r: r[0]),
                     _e=months.map(lambda r: r[1]), _b=out["basis"].map(rank))
    out = out.sort_values(["_y", "_m", "_e", "_b", "unit", "value"],
                          ascending=[False, False, False, True, True, False], kind="stable")
    return out.drop(columns=["_y", "_m", "_e", "_b"]).reset_index(drop=True)


def metric_zones(corpus, basis: str = "actual", measure: str = "level") -> pd.DataFrame:
    """Canonical metrics with the number of zones that have a value of them
    (for a picker), most zones first, then the order of metrics.tsv."""
    rows = _own(corpus)
    rows = rows[(rows["basis"] == basis) & (rows["measure"] == measure)]
    if rows.empty:
        return pd.DataFrame({"metric": pd.Series(dtype="object"), "zones": pd.Series(dtype="int64")})
    order = _metric_order()
    g = rows.groupby("metric")["zone_id"].nunique().reset_index(name="zones")
    g["_o"] = g["metric"].map(lambda m: order.get(m, len(order)))
    g = g.sort_values(["zones", "_o", "metric"], ascending=[False, True, True], kind="stable")
    return g[["metric", "zones"]].reset_index(drop=True)


# --- conflicting sources ----------------------------------------------------------------

def conflicts(corpus) -> pd.DataFrame:
    """Every figure of a group (zone, metric, period, measure, basis, unit)
    whose articles disagree, one row per figure, `conflict_id` naming the
    group, `chosen` the value the other views show, `agrees_with_chosen`
    whether this figure can stand beside it."""
    rows = _own(corpus)
    rows = rows[rows["_year"].notna()]
    if len(rows):
        multi = rows.groupby(_GROUP, sort=False, dropna=False)["article_id"].transform("nunique") > 1
        rows = rows[multi]
    if not len(rows):
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CONFLICT_COLUMNS})
    # the columns as lists, the groups as positions: a large archive has
    # thousands of groups, and a frame per group made this take seconds
    values, quals = rows["value"].tolist(), rows["qualifier"].tolist()
    arts, dates = rows["article_id"].tolist(), rows["date"].tolist()
    picks_all = _picks(rows).tolist()
    zone_ids, metrics = rows["zone_id"].tolist(), rows["metric"].tolist()
    years, keys = rows["_year"].tolist(), rows["_key"].tolist()
    measures, bases = rows["measure"].tolist(), rows["basis"].tolist()
    taken: list[int] = []
    conflict_ids: list[str] = []
    chosen_flags: list[bool] = []
    resolved: list[bool] = []
    agrees: list[bool] = []
    for _key, idx in rows.groupby(_GROUP, sort=True, dropna=False).indices.items():
        idx = idx.tolist()
        picks = [picks_all[k] for k in idx]
        i, _agreeing, _arts, clash = _choose([values[k] for k in idx], [quals[k] for k in idx],
                                             [arts[k] for k in idx], [dates[k] for k in idx], picks)
        if not clash:
            continue
        c = idx[i]
        name = f"{zone_ids[c]}|{metrics[c]}|{period_label(years[c], keys[c])}|{measures[c]}|{bases[c]}"
        taken += idx
        conflict_ids += [name] * len(idx)
        chosen_flags += [k == i for k in range(len(idx))]
        resolved += [bool(picks[i])] * len(idx)  # the analyst chose; else the views' own pick
        agrees += [agree((values[k], quals[k]), (values[c], quals[c])) for k in idx]
    if not taken:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CONFLICT_COLUMNS})
    out = rows.iloc[taken].copy()
    out["conflict_id"] = conflict_ids
    out["chosen"] = chosen_flags
    out["resolved"] = resolved
    out["agrees_with_chosen"] = agrees
    res = _with_zones(corpus, out)
    years = [_year(y) for y in res["_year"]]
    res["period_label"] = [period_label(y, k) for y, k in zip(years, res["_key"])]
    res["year"] = pd.array(years, dtype="Int64")
    res["span"] = res["_key"]
    res = res.sort_values(["zone", "metric", "conflict_id", "chosen", "date"],
                          ascending=[True, True, True, False, False], kind="stable")
    return res[CONFLICT_COLUMNS].reset_index(drop=True)


# --- the command line's table -----------------------------------------------------------

CLI_COLUMNS = ["zone", "metric", "period", "value", "unit", "basis", "source_file", "start", "end",
               "sentence"]


def cli_table(corpus, metric: str, year: int | None = None, span: str | None = None) -> pd.DataFrame:
    """`zoneprofiles compare`: one row per zone, period and basis of `metric`'s
    levels (every period when `year` is None), with the source of each."""
    rows = compare_table(corpus, metric, year, span)
    if rows.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CLI_COLUMNS})
    rows = rows.rename(columns={"period_label": "period"})
    out = rows[CLI_COLUMNS].copy()
    for col in ("start", "end"):
        out[col] = out[col].astype("int64")
    return out


def close_metric_names(name: str, n: int = 8) -> list[str]:
    """Canonical metrics whose names or aliases look like `name` (for an
    unknown metric's message)."""
    import difflib

    from .extract.metrics import default_metrics

    m = default_metrics()
    name = name.strip()
    found: list[str] = []
    # an alias sharing a run of two characters or more, then spelling-alike ones
    for alias, metric in m.alias_to_metric.items():
        if len(name) >= 2 and any(name[i:i + 2] in alias for i in range(len(name) - 1)):
            found.append(metric)
    found += [m.alias_to_metric[a] for a in
              difflib.get_close_matches(name, list(m.alias_to_metric), n=n, cutoff=0.4)]
    order = {x: i for i, x in enumerate(m.names)}
    unique = list(dict.fromkeys(found))
    # most alike first: the share of name's characters in the metric's name
    unique.sort(key=lambda x: (-sum(ch in x for ch in set(name)) / max(1, len(set(name))),
                               order.get(x, 0)))
    return unique[:n]
