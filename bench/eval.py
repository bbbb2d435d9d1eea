"""`make eval`: the export scored against the development set (bench/devset/).

    .venv/bin/python bench/eval.py [--split tune|unseen|all] [--only NAME ...]
                                   [--out FILE] [--errors FILE] [--subprocess]

Every article is exported on its own (the extractor learns short forms across
the files of one load, and the set's articles are unrelated), exactly as
`zoneprofiles export --out TMP FILE [--zone HINT]` writes it, with the app's
data and cache folders pointed at empty temporary ones so nobody's review work
is laid over it. `--zone HINT` is passed only when the manifest gives a
zone_hint and the CLI's `export --help` lists `--zone`.

Matching (bench/devset/README.md, "How the scores are computed"): a fact's
place is its snippet's first occurrence in the file and its raw inside it; an
exported figure row (start, end into the file's text) belongs to the
annotated fact or not_zone_number it overlaps most. A row is a true positive
when it belongs to a fact, its zone is the fact's zone (or an alias of it)
and its value is the fact's value (relative difference at most 1e-3).

Writes the scores to bench/eval_results.json (--out) and every false
positive and missed fact to bench/eval_errors.tsv (--errors), and prints a
table. The scoring functions take frames and annotations and run no
extractor (tests/test_eval.py).
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import datetime
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEVSET = HERE / "devset"
DEFAULT_OUT = HERE / "eval_results.json"
SPLITS = ("tune", "unseen")
PARTS = ("tune", "unseen", "all")
REL_TOL = 1e-3

if str(ROOT / "desktop") not in sys.path:
    sys.path.insert(0, str(ROOT / "desktop"))

# --- folding: script, bracket widths, spaces -------------------------------------------

# used only when OpenCC is not installed: the traditional forms common in zone
# names, labels and policy titles
_T2S_PAIRS = ("區区 開开 發发 經经 濟济 術术 業业 園园 綜综 稅税 貿贸 試试 驗验 與与 產产 學学 機机 "
              "創创 製制 資资 濱滨 灣湾 臺台 東东 廣广 蘇苏 門门 島岛 鄉乡 縣县 館馆 團团 蘭兰 寧宁 "
              "陽阳 漢汉 廈厦 鄭郑 瀋沈 遼辽 龍龙 國国 際际 總总 體体 額额 億亿 萬万 實实 現现 進进 "
              "長长 營营 數数 銷销 據据 電电 離离 網网 絡络 項项 規规 劃划 準准 標标 專专 鏈链 農农 "
              "醫医 藥药 車车 輛辆 陸陆 橋桥 層层 樓楼 務务 員员 權权 證证 賦赋 稱称 條条 鐵铁 礦矿 "
              "煉炼 鋼钢 紡纺 織织 裝装 備备 氣气 態态 環环 衛卫 續续 興兴 華华 聯联 歐欧 亞亚 韓韩 "
              "橫横 澤泽 漁渔 鹽盐 糧粮 倉仓 儲储 運运 輸输 這这 個个 們们 為为 於于 會会 將将 從从 "
              "對对 關关 係系 處处 單单 當当 時时 間间 還还 買买 賣卖 價价 錢钱 費费 較较 積积 極极 "
              "優优 勢势 點点 類类 擊击 雙双 邊边 兩两 內内 匯汇 無无 線线 雲云 計计 級级 戶户 增增 "
              "長长 達达 億亿 營营 啟启 動动 購购 溫温 廠厂 礎础 戰战 略略 傳传 統统 綠绿 碳碳 視视 "
              "訊讯 導导 質质 檢检 測测 財财 稅税 廳厅 辦办 議议 書书 報报 紙纸 畫画 圖图 館馆 職职 "
              "鎮镇 區区 灣湾 滬沪 蘇苏 閩闽 贛赣 魯鲁 豫豫 鄂鄂 湘湘 粵粤 瓊琼 渝渝 貴贵 滇滇 陝陕 "
              "隴陇 寶宝 雞鸡 鄰邻 鄉乡 隨随 億亿 紀纪 綱纲 導导 頭头 項项 預预 計计 較较 億亿")
_T2S_FALLBACK = {ord(p[0]): p[1] for p in _T2S_PAIRS.split() if len(p) == 2}
_BRACKETS = str.maketrans("（）［］｛｝【】〔〕", "()[]{}[][]")
_SPACES = re.compile(r"\s+")
_converter = None


def _t2s(text: str) -> str:
    global _converter
    if _converter is None:
        try:
            import opencc
            try:
                _converter = opencc.OpenCC("t2s").convert
            except Exception:  # noqa: BLE001 - older builds want the file name
                _converter = opencc.OpenCC("t2s.json").convert
        except Exception:  # noqa: BLE001 - not installed: the small table
            _converter = lambda s: s.translate(_T2S_FALLBACK)  # noqa: E731
    return _converter(text)


# a pinyin gloss a mirror site prints after a character (產(chǎn)業(yè)園區(qū)): no part of
# the name an annotator copied it with, and the export reads the text without it
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])\((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[aeiouv{_TONED}]{{1,3}}(?:ng|n|r)?\)")


def fold(text) -> str:
    """Traditional -> simplified, full-width brackets -> half-width, no spaces,
    no pinyin glosses."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return _PINYIN_GLOSS.sub("", _SPACES.sub("", _t2s(str(text)).translate(_BRACKETS)))


_PERIOD_DROP = re.compile(r"[\s“”\"'‘’「」『』份]")
_PERIOD_DASH = re.compile(r"—{1,2}|–|~|～|至|到|－|−")
_FW_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def norm_period(text) -> str:
    """A period as written, comparable: no spaces, quotes or 份, every dash '-',
    ASCII digits, simplified script."""
    s = fold(text).translate(_FW_DIGITS)
    s = _PERIOD_DROP.sub("", s)
    # 1月-5月 and 1-5月 name the same months
    return _PERIOD_DASH.sub("-", s).replace("月-", "-")


_POLICY_DROP = re.compile(r"[《》〈〉“”\"'‘’「」『』\s]")


def norm_title(text) -> str:
    return _POLICY_DROP.sub("", fold(text))


# --- the development set ---------------------------------------------------------------

@dataclass
class Fact:
    index: int
    zone: str | None
    snippet: str
    raw: str
    value: float | None
    unit: str
    label_any: list[str]
    measure: str
    basis: str
    subject: str
    period: str
    start: int = -1  # [start, end) in the file's text; -1: the snippet is not in it
    end: int = -1


@dataclass
class NotZone:
    index: int
    snippet: str
    raw: str
    why: str
    start: int = -1
    end: int = -1


@dataclass
class Article:
    name: str
    split: str
    text: str
    annotation: dict
    zone_hint: str = ""
    path: Path | None = None
    manifest: dict = field(default_factory=dict)


def read_manifest(devset: Path) -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for path in sorted(devset.glob("manifest*.tsv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                if r.get("name"):
                    rows[r["name"].strip()] = {k: (v or "").strip() for k, v in r.items() if k}
    return rows


def read_text(path: Path) -> str:
    """The file's text as the app decodes it (the export's offsets point into
    this), or plain UTF-8 when the app's reader cannot be imported."""
    try:
        from zoneprofiles.corpus.reader import read_source
        return read_source(path, path.name).text
    except Exception:  # noqa: BLE001
        data = path.read_bytes()
        return data.decode("utf-8-sig", errors="replace")


def load_devset(devset: Path = DEVSET, split: str = "all", only: list[str] | None = None,
                warn: Callable[[str], None] = lambda m: print(m, file=sys.stderr)
                ) -> list[Article]:
    """Articles with both a text and an annotation, in name order."""
    manifest = read_manifest(devset)
    names = sorted(p.stem for p in (devset / "annotations").glob("*.json"))
    if only:
        wanted = set(only)
        missing = wanted - set(names)
        for m in sorted(missing):
            warn(f"eval: {m}: no annotation")
        names = [n for n in names if n in wanted]
    articles = []
    for name in names:
        path = devset / "articles" / f"{name}.txt"
        if not path.exists():
            warn(f"eval: {name}: annotation without article, skipped")
            continue
        try:
            ann = json.loads((devset / "annotations" / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            warn(f"eval: {name}: annotation unreadable ({exc}), skipped")
            continue
        row = manifest.get(name)
        if row is None:
            warn(f"eval: {name}: not in the manifest; scored in 'all' only")
        sp = (row or {}).get("split", "") or "unknown"
        if split != "all" and sp != split:
            continue
        articles.append(Article(name, sp, read_text(path), ann, (row or {}).get("zone_hint", ""),
                                path, row or {}))
    return articles


def _num(v) -> float | None:
    if v is None or v == "":
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def _locate(text: str, snippet: str, raw: str) -> tuple[int, int]:
    if not snippet:
        return -1, -1
    at = text.find(snippet)
    if at < 0 and "\n" in snippet:
        at = text.find(snippet.replace("\n", "\r\n"))
    if at < 0:
        return -1, -1
    inner = snippet.find(raw) if raw else -1
    if inner < 0:
        return at, at + len(snippet)
    return at + inner, at + inner + len(raw)


def facts_of(text: str, ann: dict) -> tuple[list[Fact], list[NotZone]]:
    facts = []
    for i, f in enumerate(ann.get("facts") or []):
        labels = f.get("label_any") or []
        if isinstance(labels, str):
            labels = [labels]
        fact = Fact(i, f.get("zone") or None, f.get("snippet") or "", f.get("raw") or "",
                    _num(f.get("value")), f.get("unit") or "", [x for x in labels if x],
                    f.get("measure") or "", f.get("basis") or "", f.get("subject") or "",
                    f.get("period") or "")
        fact.start, fact.end = _locate(text, fact.snippet, fact.raw)
        facts.append(fact)
    nzs = []
    for i, n in enumerate(ann.get("not_zone_numbers") or []):
        nz = NotZone(i, n.get("snippet") or "", n.get("raw") or "", n.get("why") or "other")
        nz.start, nz.end = _locate(text, nz.snippet, nz.raw)
        nzs.append(nz)
    return facts, nzs


# --- zones -----------------------------------------------------------------------------

def _split_aliases(v) -> list[str]:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return []
    if isinstance(v, (list, tuple, set)):
        return [str(x) for x in v if x]
    return [a for a in str(v).split("|") if a]


def exported_zone_names(zones: pd.DataFrame) -> dict[str, set[str]]:
    """zone_id -> folded {zone_id, name, aliases} as zones.csv lists them."""
    out: dict[str, set[str]] = {}
    if zones is None or zones.empty:
        return out
    for _, z in zones.iterrows():
        zid = str(z.get("zone_id", "") or "")
        names = {zid, str(z.get("name", "") or "")} | set(_split_aliases(z.get("aliases")))
        out[zid] = {fold(n) for n in names if n and n != "nan"}
    return out


class ZoneKey:
    """The annotated zones of one article: the folded names any zone goes by."""

    def __init__(self, ann: dict, hint: str = ""):
        self.entries: list[tuple[str, set[str]]] = []
        for z in ann.get("zones") or []:
            name = z.get("name") or ""
            names = {fold(name)} | {fold(a) for a in (z.get("aliases") or []) if a}
            names.discard("")
            if names:
                self.entries.append((name, names))
        self.parents = {fold(z.get("parent")) for z in ann.get("zones") or [] if z.get("parent")}
        self.hint = hint or ""

    def names_of(self, zone: str | None) -> set[str] | None:
        """Every folded name of the zone a fact or policy names; None when it
        names none and there is no zone_hint (any zone is taken as right)."""
        if not zone:
            zone = self.hint
        if not zone:
            return None
        f = fold(zone)
        for _, names in self.entries:
            if f in names:
                return names
        return {f}

    def matches_any(self, names: set[str]) -> bool:
        """Whether an exported zone is one the annotation knows: a zone, an
        alias, a parent, or the zone_hint (which the text never prints, so
        it is accepted but not counted among the zones to find)."""
        known = self.parents | ({fold(self.hint)} if self.hint else set())
        return any(names & n for _, n in self.entries) or bool(names & known)


# --- figures ---------------------------------------------------------------------------

KIND_TO_MB = {"growth": ("growth", "actual"), "share": ("share", "actual"),
              "target": ("level", "target"), "estimate": ("level", "estimate"),
              "actual": ("level", "actual")}


def _s(v) -> str:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    return str(v).strip()


def measure_basis(row: dict) -> tuple[str, str]:
    """The row's (measure, basis): its own columns when the export has them,
    else read from `kind`."""
    m, b = _s(row.get("measure")), _s(row.get("basis"))
    if m and b:
        return m, b
    kind = _s(row.get("kind")).lower()
    dm, db = KIND_TO_MB.get(kind, (None, None))
    if dm is None:  # a kind this table does not know: read its words
        dm = "growth" if "growth" in kind else "share" if "share" in kind else "level"
        db = "target" if "target" in kind else "estimate" if "estimate" in kind else "actual"
    return m or dm, b or db


def value_right(got, want) -> bool:
    if want is None:
        return True  # the annotation gives no value: not checked
    if got is None:
        return False
    if want == 0:
        return abs(got) <= 1e-9
    return abs(got - want) <= REL_TOL * abs(want)


def label_right(row: dict, fact: Fact) -> bool:
    got = [fold(row.get("label")), fold(row.get("metric"))]
    want = [fold(x) for x in fact.label_any if fold(x)]
    return any(w in g for g in got if g for w in want)


_YEAR_IN = re.compile(r"((?:19|20)\d{2})(?:-(?:19|20)\d{2})?年?")
_REL_YEAR = re.compile(r"今年|去年|明年|前年|上年|本年|当年|全年")


def period_right(row: dict, fact: Fact) -> bool:
    want = norm_period(fact.period)
    got = norm_period(row.get("period"))
    if got and want and (got == want or got in want or want in got):
        return True
    year, span = _s(row.get("year")), norm_period(row.get("span"))
    if year.endswith(".0"):
        year = year[:-2]
    if not year and not span:
        return False
    years = _YEAR_IN.findall(want)
    if years and year and year not in years:
        return False
    if years and not year and not span:
        return False
    rest = _REL_YEAR.sub("", _YEAR_IN.sub("", want))
    if not rest:
        return bool(year) or not span or span in want
    return bool(span) and (span in rest or rest in span)


def _rows_of(frame: pd.DataFrame | None) -> list[dict]:
    if frame is None or frame.empty:
        return []
    return frame.to_dict("records")


@dataclass
class Scored:
    """One article's counts and error lines."""
    name: str
    split: str
    counts: Counter
    errors: Counter
    lines: list[dict]
    zones_made_up: list[str]
    zones_missed: list[str]
    problems: list[str]


def score_article(article: Article, frames: dict[str, pd.DataFrame]) -> Scored:
    """Scores one article's export (`frames`: figures, zones, policies as the
    CSV files hold them) against its annotation."""
    text, ann = article.text, article.annotation
    facts, nzs = facts_of(text, ann)
    key = ZoneKey(ann, article.zone_hint)
    zone_names = exported_zone_names(frames.get("zones"))
    counts: Counter = Counter()
    errors: Counter = Counter()
    lines: list[dict] = []
    problems = []

    located = [f for f in facts if f.start >= 0]
    for f in facts:
        if f.start < 0:
            problems.append(f"fact {f.index} ({f.snippet!r}): snippet not in the article")
    placed: dict[tuple[int, int], int] = {}
    for f in located:
        if (f.start, f.end) in placed:
            problems.append(f"fact {f.index} ({f.snippet!r}): at the same place as fact "
                            f"{placed[f.start, f.end]} (the first occurrence is taken)")
        placed.setdefault((f.start, f.end), f.index)
    for n in nzs:
        if n.start < 0:
            problems.append(f"not_zone_number {n.index} ({n.snippet!r}): snippet not in the article")
    counts["facts"] = len(located)
    if len(facts) > len(located):
        errors["annotation_unlocated"] += len(facts) - len(located)

    rows = _rows_of(frames.get("figures"))
    counts["rows"] = len(rows)
    spans = [(f.start, f.end, 1, f) for f in located] + [(n.start, n.end, 0, n) for n in nzs
                                                          if n.start >= 0]

    def line(kind: str, row: dict | None, fact: Fact | None, nz: NotZone | None = None, **extra):
        mb = measure_basis(row) if row else ("", "")
        d = {"article": article.name, "split": article.split, "kind": kind,
             "why": nz.why if nz else "",
             "snippet": (fact.snippet if fact else nz.snippet if nz else ""),
             "expected_raw": (fact.raw if fact else nz.raw if nz else ""),
             "exported_raw": _s(row.get("raw")) if row else "",
             "start": _s(row.get("start")) if row else (fact.start if fact else ""),
             "end": _s(row.get("end")) if row else (fact.end if fact else ""),
             "expected_zone": (fact.zone or (f"(hint) {article.zone_hint}" if article.zone_hint
                                             else "")) if fact else "",
             "exported_zone": _s(row.get("zone_id")) if row else "",
             "expected_label": "|".join(fact.label_any) if fact else "",
             "exported_label": (_s(row.get("label")) + (f" [{_s(row.get('metric'))}]"
                                                         if _s(row.get("metric")) else "")) if row else "",
             "expected_value": "" if not fact or fact.value is None else repr(fact.value),
             "exported_value": _s(row.get("value")) if row else "",
             "expected_measure_basis": f"{fact.measure}/{fact.basis}" if fact else "",
             "exported_measure_basis": "/".join(mb) if row else "",
             "expected_period": fact.period if fact else "",
             "exported_period": _s(row.get("period")) if row else "",
             "sentence": _s(row.get("sentence")) if row else ""}
        d.update(extra)
        lines.append(d)

    by_fact: dict[int, list[dict]] = {f.index: [] for f in located}
    unannotated: list[dict] = []
    for row in rows:
        s, e = _num(row.get("start")), _num(row.get("end"))
        if s is None or e is None:
            errors["fp_no_offsets"] += 1
            line("fp_no_offsets", row, None)
            continue
        best = None
        for fs, fe, is_fact, item in spans:
            ov = min(e, fe) - max(s, fs)
            if ov > 0 and (best is None or (ov, is_fact) > (best[0], best[1])):
                best = (ov, is_fact, item)
        if best is None:
            unannotated.append(row)
        elif not best[1]:
            nz = best[2]
            errors[f"fp_{nz.why}"] += 1
            line(f"fp_{nz.why}", row, None, nz)
        else:
            by_fact[best[2].index].append(row)
    for row in unannotated:
        # the scheme marks a figure printed twice (a headline and its body) at its
        # first printing only: a row on the other printing — the same quantity as
        # printed, the same value — stands for that fact when no row is on it
        again = _printed_again(row, located, by_fact, text)
        if again is not None:
            by_fact[again.index].append(row)
            counts["rows_on_reprints"] += 1
            continue
        errors["fp_unannotated"] += 1
        line("fp_unannotated", row, None)

    for fact in located:
        cands = by_fact[fact.index]
        if not cands:
            errors["missed"] += 1
            line("missed", None, fact)
            continue
        want_zone = key.names_of(fact.zone)

        def judged(row):
            zid = _s(row.get("zone_id"))
            names = zone_names.get(zid) or {fold(zid)}
            z_ok = want_zone is None or bool(names & want_zone)
            v = _num(row.get("value"))
            v_ok = value_right(v, fact.value)
            sign = (not v_ok and v is not None and fact.value is not None
                    and value_right(-v, fact.value))
            exact = (_num(row.get("start")) == fact.start and _num(row.get("end")) == fact.end)
            return z_ok, v_ok, sign, exact

        marks = [(row, *judged(row)) for row in cands]
        right = [m for m in marks if m[1] and m[2]]
        tp = max(right, key=lambda m: m[4]) if right else None
        if tp is not None:
            row = tp[0]
            counts["tp"] += 1
            lab = label_right(row, fact)
            m, b = measure_basis(row)
            m_ok, b_ok = m == fact.measure, b == fact.basis
            counts["labels_ok"] += lab
            counts["measure_ok"] += m_ok
            counts["basis_ok"] += b_ok
            counts["measure_basis_ok"] += m_ok and b_ok
            if not lab:
                line("tp_label", row, fact)
            if not (m_ok and b_ok):
                line("tp_measure_basis", row, fact)
            if norm_period(fact.period):
                counts["period_facts"] += 1
                p_ok = period_right(row, fact)
                counts["periods_ok"] += p_ok
                if not p_ok:
                    line("tp_period", row, fact)
        for row, z_ok, v_ok, sign, _exact in marks:
            if tp is not None and row is tp[0]:
                continue
            if z_ok and v_ok:
                kind = "duplicate"
            elif not z_ok:
                kind = "wrong_zone"
            elif sign:
                kind = "wrong_sign"
            else:
                kind = "wrong_value"
            errors[kind] += 1
            line(kind, row, fact, fn="" if tp is not None else "yes")

    # zones
    exported = {zid: names for zid, names in zone_names.items()}
    ann_zones = [(name, names) for name, names in key.entries]
    all_exported = set().union(*exported.values()) if exported else set()
    found = [name for name, names in ann_zones if names & all_exported]
    missed_z = [name for name, names in ann_zones if not names & all_exported]
    counts["zones_annotated"] = len(ann_zones)
    counts["zones_found"] = len(found)
    zrows = {str(z.get("zone_id")): z for z in _rows_of(frames.get("zones"))}
    made_up = []
    for zid, names in exported.items():
        if key.matches_any(names):
            continue
        z = zrows.get(zid, {})
        if "n_articles" in z and not any(_num(z.get(c)) for c in
                                         ("n_articles", "n_figures", "n_policies")):
            counts["zones_parent_only"] += 1  # a gazetteer parent the text never names
            continue
        made_up.append(zid)
    counts["zones_exported"] = len(exported) - counts["zones_parent_only"]
    counts["zones_made_up"] = len(made_up)
    for zid in made_up:
        line("zone_made_up", None, None, exported_zone=zid)
    for name in missed_z:
        line("zone_missed", None, None, expected_zone=name)

    # policies
    # the scheme's policies are named documents, packages and measures; a
    # subsidy clause (给予…奖励) is the terms of one, which the export keeps as
    # kind "subsidy": it is scored neither right nor wrong here
    prow = [r for r in _rows_of(frames.get("policies")) if r.get("kind") != "subsidy"]
    pann = [p for p in ann.get("policies") or [] if p.get("title")]
    counts["policies_exported"] = len(prow)
    counts["policies_annotated"] = len(pann)
    used: set[int] = set()
    for row in prow:
        title = norm_title(row.get("title"))
        zid = _s(row.get("zone_id"))
        names = zone_names.get(zid) or {fold(zid)}
        hit = None
        for j, p in enumerate(pann):
            if j in used:
                continue
            want = norm_title(p.get("title"))
            want_zone = key.names_of(p.get("zone"))
            if title and want and (title in want or want in title) and \
                    (want_zone is None or names & want_zone):
                hit = j
                break
        if hit is None:
            errors["policy_fp"] += 1
            line("policy_fp", row, None, exported_label=_s(row.get("title")))
        else:
            used.add(hit)
            counts["policies_correct"] += 1
    counts["policies_found"] = len(used)
    for j, p in enumerate(pann):
        if j not in used:
            errors["policy_missed"] += 1
            line("policy_missed", None, None, expected_label=p.get("title", ""),
                 expected_zone=p.get("zone") or "")
    return Scored(article.name, article.split, counts, errors, lines, made_up, missed_z, problems)


def _printed_again(row: dict, located: list[Fact], by_fact: dict[int, list[dict]], text: str) -> Fact | None:
    """The fact a row on an unannotated span prints again: the quantity printed
    the same way (raw), the same value, printed more than once in the article,
    and no row on the fact's own span."""
    raw, value = fold(_s(row.get("raw"))), _num(row.get("value"))
    if not raw or value is None:
        return None
    for f in located:
        if not by_fact[f.index] and fold(f.raw) == raw and f.value is not None \
                and value_right(value, f.value) and text.count(f.raw) > 1:
            return f
    return None


# --- scores ----------------------------------------------------------------------------

def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def scores(results: list[Scored]) -> dict:
    """Micro-averaged scores over articles (sums of counts, then ratios)."""
    c: Counter = Counter()
    errors: Counter = Counter()
    made_up: list[str] = []
    for r in results:
        c.update(r.counts)
        errors.update(r.errors)
        made_up.extend(f"{r.name}: {z}" for z in r.zones_made_up)
    return {
        "articles": len(results),
        "facts": c["facts"], "rows": c["rows"], "tp": c["tp"],
        "precision": _ratio(c["tp"], c["rows"]),
        "recall": _ratio(c["tp"], c["facts"]),
        "labels": _ratio(c["labels_ok"], c["tp"]),
        "measure_basis": _ratio(c["measure_basis_ok"], c["tp"]),
        "measure": _ratio(c["measure_ok"], c["tp"]),
        "basis": _ratio(c["basis_ok"], c["tp"]),
        "periods": _ratio(c["periods_ok"], c["period_facts"]),
        "period_facts": c["period_facts"],
        "zones_found": _ratio(c["zones_found"], c["zones_annotated"]),
        "zones_annotated": c["zones_annotated"],
        "zones_exported": c["zones_exported"],
        "zones_made_up": c["zones_made_up"],
        "zones_made_up_names": made_up,
        "policies_precision": _ratio(c["policies_correct"], c["policies_exported"]),
        "policies_recall": _ratio(c["policies_found"], c["policies_annotated"]),
        "policies_exported": c["policies_exported"],
        "policies_annotated": c["policies_annotated"],
        "errors": dict(sorted(errors.items(), key=lambda kv: (-kv[1], kv[0]))),
        "counts": dict(c),
    }


def per_article(r: Scored) -> dict:
    s = scores([r])
    s.pop("articles")
    s["split"] = r.split
    s["zones_missed"] = r.zones_missed
    if r.problems:
        s["annotation_problems"] = r.problems
    return s


# --- exporting -------------------------------------------------------------------------

FRAME_FILES = {"figures": "figures.csv", "zones": "zones.csv", "policies": "policies.csv",
               "articles": "articles.csv"}
TEXT_COLUMNS = {"zone_id", "name", "aliases", "label", "metric", "raw", "period", "kind",
                "measure", "basis", "title", "span", "subject", "year", "sentence"}


def read_export(folder: Path) -> dict[str, pd.DataFrame]:
    frames = {}
    for key, fname in FRAME_FILES.items():
        path = folder / fname
        if not path.exists():
            frames[key] = pd.DataFrame()
            continue
        frame = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
        for col in ("value", "start", "end", "n_articles", "n_figures", "n_policies"):
            if col in frame.columns:
                frame[col] = pd.to_numeric(frame[col], errors="coerce")
        frames[key] = frame
    return frames


class Exporter:
    """Runs `zoneprofiles export` on one file at a time, in this process
    (cli.main, the CLI's own code) or, with `subprocess`, as a command."""

    def __init__(self, tmp: Path, use_subprocess: bool = False, src: Path | None = None):
        self.tmp = tmp
        self.desktop = (src or ROOT) / "desktop"
        self.use_subprocess = use_subprocess
        self.n = 0
        os.environ["ZONEPROFILES_CACHE_DIR"] = str(tmp / "cache")
        os.environ["ZONEPROFILES_DATA_DIR"] = str(tmp / "data-help")
        self.accepts_zone = "--zone" in self._help()

    def _env(self, data: Path) -> dict:
        return dict(os.environ, PYTHONPATH=str(self.desktop), PYTHONIOENCODING="utf-8",
                    ZONEPROFILES_CACHE_DIR=str(self.tmp / "cache"),
                    ZONEPROFILES_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen")

    def _help(self) -> str:
        if self.use_subprocess:
            r = subprocess.run([sys.executable, "-m", "zoneprofiles", "export", "--help"],
                               capture_output=True, text=True, encoding="utf-8",
                               env=self._env(self.tmp / "data-help"), cwd=ROOT, timeout=300)
            return r.stdout + r.stderr
        from zoneprofiles import cli
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
            try:
                cli.main(["export", "--help"])
            except SystemExit:
                pass
        return buf.getvalue()

    def __call__(self, path: Path, zone_hint: str = "") -> tuple[dict[str, pd.DataFrame], str]:
        self.n += 1
        out = self.tmp / f"out{self.n}"
        data = self.tmp / f"data{self.n}"  # an empty user store for every article
        args = ["export", "--out", str(out), str(path)]
        if zone_hint and self.accepts_zone:
            args += ["--zone", zone_hint]
        if self.use_subprocess:
            r = subprocess.run([sys.executable, "-m", "zoneprofiles", *args], capture_output=True,
                               text=True, encoding="utf-8", env=self._env(data), cwd=ROOT,
                               timeout=600)
            rc, err = r.returncode, r.stderr
        else:
            from zoneprofiles import cli
            os.environ["ZONEPROFILES_DATA_DIR"] = str(data)
            buf = io.StringIO()
            with contextlib.redirect_stderr(buf):
                try:
                    rc = cli.main(args)
                except SystemExit as exc:
                    rc = exc.code if isinstance(exc.code, int) else 2
            err = buf.getvalue()
        note = "" if rc in (0, 3) else f"export exited {rc}: {err.strip()[-500:]}"
        return read_export(out), note


    def version(self) -> str | None:
        """zoneprofiles.ingest.version.extractor_version() of the extractor
        that runs the export."""
        if not self.use_subprocess:
            return extractor_version()
        code = "from zoneprofiles.ingest.version import extractor_version as v; print(v())"
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           encoding="utf-8", env=self._env(self.tmp / "data-help"), cwd=ROOT,
                           timeout=300)
        return (r.stdout.strip() or None) if r.returncode == 0 else None


def extractor_version() -> str | None:
    try:
        from zoneprofiles.ingest.version import extractor_version as v
        return v()
    except Exception:  # noqa: BLE001
        return None


# --- running ---------------------------------------------------------------------------

def evaluate(articles: list[Article],
             export: Callable[[Path, str], tuple[dict[str, pd.DataFrame], str]],
             progress: Callable[[str], None] | None = None,
             version: Callable[[], str | None] = lambda: None) -> tuple[dict, list[dict]]:
    """Exports and scores every article; returns (results JSON, error lines)."""
    results: list[Scored] = []
    notes = {}
    for i, a in enumerate(articles, 1):
        try:
            frames, note = export(a.path, a.zone_hint)
        except Exception as exc:  # noqa: BLE001 - one broken export is scored as empty
            frames, note = {}, f"export failed: {exc.__class__.__name__}: {exc}"
        if note and progress is not None:
            progress(f"eval: {a.name}: {note}")
        if note:
            notes[a.name] = note
        results.append(score_article(a, frames))
        if progress is not None:
            progress(f"[{i}/{len(articles)}] {a.name} ({a.split})")
    parts = {"tune": [r for r in results if r.split == "tune"],
             "unseen": [r for r in results if r.split == "unseen"],
             "all": results}
    out = {
        "generated": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "extractor_version": version(),
        "articles": {s: len(parts[s]) for s in SPLITS},
    }
    for p in PARTS:
        out[p] = scores(parts[p])
    out["errors"] = out["all"]["errors"]
    out["per_article"] = {r.name: per_article(r) for r in results}
    for name, note in notes.items():
        out["per_article"][name]["export_problem"] = note
    lines = [ln for r in results for ln in r.lines]
    return out, lines


TSV_COLUMNS = ["article", "split", "kind", "fn", "why", "snippet", "expected_raw", "exported_raw",
               "start", "end", "expected_zone", "exported_zone", "expected_label",
               "exported_label", "expected_value", "exported_value", "expected_measure_basis",
               "exported_measure_basis", "expected_period", "exported_period", "sentence"]


def write_errors(path: Path, lines: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=TSV_COLUMNS, delimiter="\t", extrasaction="ignore",
                           lineterminator="\n")
        w.writeheader()
        for ln in lines:
            w.writerow({k: str(v).replace("\t", " ").replace("\r", " ").replace("\n", " ")
                        for k, v in ln.items()})


def _cell(part: dict, key: str, num: str, den: str) -> str:
    v = part.get(key)
    if v is None:
        return "-"
    c = part["counts"]
    return f"{v:.3f} ({c.get(num, 0)}/{c.get(den, 0)})"


TABLE = [("precision", "tp", "rows"), ("recall", "tp", "facts"),
         ("labels", "labels_ok", "tp"), ("measure_basis", "measure_basis_ok", "tp"),
         ("measure", "measure_ok", "tp"), ("basis", "basis_ok", "tp"),
         ("periods", "periods_ok", "period_facts"),
         ("zones_found", "zones_found", "zones_annotated"),
         ("policies_precision", "policies_correct", "policies_exported"),
         ("policies_recall", "policies_found", "policies_annotated")]


def table(out: dict) -> str:
    w = 20
    lines = [f"{'':22}" + "".join(f"{p:>{w}}" for p in PARTS),
             f"{'articles':22}" + "".join(f"{out[p]['articles']:>{w}}" for p in PARTS)]
    for key, num, den in TABLE:
        lines.append(f"{key:22}" + "".join(f"{_cell(out[p], key, num, den):>{w}}" for p in PARTS))
    lines.append(f"{'zones_made_up':22}" + "".join(
        f"{str(out[p]['zones_made_up']) + ' of ' + str(out[p]['zones_exported']):>{w}}"
        for p in PARTS))
    kinds = sorted({k for p in PARTS for k in out[p]["errors"]},
                   key=lambda k: (-out["all"]["errors"].get(k, 0), k))
    if kinds:
        lines.append("")
        lines.append(f"{'errors':22}" + "".join(f"{p:>{w}}" for p in PARTS))
        for k in kinds:
            lines.append(f"{k:22}" + "".join(f"{out[p]['errors'].get(k, 0):>{w}}" for p in PARTS))
    return "\n".join(lines)


def git_head() -> str | None:
    r = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                       cwd=ROOT)
    return (r.stdout.strip() or None) if r.returncode == 0 else None


def working_tree() -> str:
    head = git_head()
    if head is None:
        return "working tree"
    r = subprocess.run(["git", "status", "--porcelain", "--", "desktop", "resources"],
                       capture_output=True, text=True, cwd=ROOT)
    return f"working tree at {head}" + (" with uncommitted changes" if r.stdout.strip() else "")


def source_tree(spec: str, dest: Path) -> tuple[Path, str]:
    """The folder holding desktop/ and resources/ of `spec`: a folder as
    given, or a commit unpacked into `dest` (git archive)."""
    path = Path(spec)
    if path.is_dir():
        return path.resolve(), str(path.resolve())
    r = subprocess.run(["git", "rev-parse", "--verify", f"{spec}^{{commit}}"],
                       capture_output=True, text=True, cwd=ROOT)
    if r.returncode != 0:
        raise SystemExit(f"eval: --src {spec}: neither a folder nor a commit")
    commit = r.stdout.strip()
    dest.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", "--format=tar", commit, "desktop", "resources"],
                             capture_output=True, cwd=ROOT, check=True).stdout
    import tarfile
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(dest)
    return dest, f"commit {commit}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Score the export against bench/devset/.")
    ap.add_argument("--split", choices=("tune", "unseen", "all"), default="all")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="only these articles")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="results JSON")
    ap.add_argument("--errors", type=Path, help="error lines TSV (default: beside --out)")
    ap.add_argument("--devset", type=Path, default=DEVSET, help=argparse.SUPPRESS)
    ap.add_argument("--subprocess", action="store_true",
                    help="run the CLI as a command per article instead of in this process")
    ap.add_argument("--src", metavar="DIR|COMMIT",
                    help="score another extractor: a checkout's folder (its desktop/ and "
                         "resources/) or a commit of this repository, e.g. the one before a change")
    args = ap.parse_args(argv)
    errors_path = args.errors or args.out.with_name(
        args.out.stem.removesuffix("_results") + "_errors.tsv")

    with tempfile.TemporaryDirectory(prefix="zp-eval-") as tmp:
        src, src_label = None, None
        if args.src:  # before anything of zoneprofiles is imported
            src, src_label = source_tree(args.src, Path(tmp) / "src")
            sys.path.insert(0, str(src / "desktop"))
        articles = load_devset(args.devset, args.split, args.only)
        if not articles:
            print("eval: no annotated articles to score", file=sys.stderr)
        exporter = Exporter(Path(tmp), args.subprocess, src)
        if not exporter.accepts_zone and any(a.zone_hint for a in articles):
            print("eval: the CLI takes no --zone yet; zone hints are not passed", file=sys.stderr)
        out, lines = evaluate(articles, exporter,
                              lambda m: print(m, file=sys.stderr, flush=True), exporter.version)
        out["zone_hint_passed"] = exporter.accepts_zone
        out["mode"] = "subprocess" if args.subprocess else "in-process cli.main"
        out["extractor_source"] = src_label or working_tree()
        failed = [n for n, a in out["per_article"].items() if "export_problem" in a]
        out["export_failures"] = len(failed)
        if failed:
            print(f"eval: the export failed on {len(failed)} of {len(articles)} articles "
                  f"(per_article.export_problem)", file=sys.stderr)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    write_errors(errors_path, lines)
    print(table(out))
    print(f"\n-> {args.out}, {errors_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
