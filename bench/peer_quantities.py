"""Score the quantity parser against the Recognizers-Text Chinese number and
percentage cases (bench/peer/, MIT), next to cn2an and, when installed, JioNLP.

Not a test: it prints a table and writes bench/peer_results.json.

    .venv/bin/python bench/peer_quantities.py
    PYTHONPATH=desktop python-with-jionlp bench/peer_quantities.py   # adds JioNLP

Two ways of scoring:
- find: the tool reads the whole input; an expected result counts as found when
  one returned quantity covers its span (Start..End) and has its value (or, for
  a range, its upper bound).  Precision = returned items that match something
  expected / all returned items.  cn2an returns no spans, so for it a result
  counts as found when its value appears among the numbers of
  `cn2an.transform(input)`; JioNLP's `ner.extract_money` only knows money.
- convert: the tool is handed the expected text alone and must give its value
  (cn2an.cn2an / transform, jionlp.parse_money, our first quantity).

Cases outside the product's purpose (news about development zones) are
counted in "all" and left out of "in-scope"; the categories are listed in
EXCLUDED below and in docs/quantities.md.
"""
from __future__ import annotations

import json
import re
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "desktop"))

from zoneprofiles.extract.quantities import UNITS, find_quantities  # noqa: E402

PCT_FACTOR = {"%": 1.0, "个百分点": 1.0, "‰": 0.1, "‱": 0.01, "": 100.0}
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_CN_NUMERAL = set("零〇一二三四五六七八九两壹贰叁肆伍陆柒捌玖十拾百佰千仟万亿兆兩貳陸萬億倆")

EXCLUDED = {
    "discount": "折 discounts (打对折, 七五折): retail prices, not zone statistics",
    "notation": "scientific / SI-suffix / dotted notation (2e5, 2^5, 40k, -2.5 M, .5, 2222.2222.2)",
    "mixed_fraction": "slash and mixed fractions (3/5, 1 4/3, 三又三分之一, 负3分之负157)",
    "pairs_dozens": "pairs and dozens (两对, 三双, 一打): the unit changes the count",
    "lone_numeral": "a lone Chinese numeral without a unit, or 一 before a classifier "
                    "(“一”和“五”, 一只, 排名前三): words, not amounts, in news prose",
    "date_time": "numbers that are dates or clock times (１９９１年１月１６日, ２０点)",
    "literary": "literary forms with 半 (半百, 三成半, 半成) and 成 followed by a digit (七成 六)",
    "url": "numbers inside URLs",
    "ordinal": "ordinals (第零十刃): a rank, not an amount",
}


def categories(case: dict) -> list[str]:
    text = case["Input"].translate(_FOLD)
    cats = []
    if "折" in text:
        cats.append("discount")
    if re.search(r"\d\s*[eE^kKM]|\d[eE][-+]?\d|(^|[^\d])\.\d|\d+\.\d+\.\d", text):
        cats.append("notation")
    if "/" in text or "又" in text or re.search(r"分\s*之\s*[负負]", text):
        cats.append("mixed_fraction")
    if re.search(r"[一二三四五六七八九十百千两兩壹\d]\s*(对|双|打|對|雙)", text):
        cats.append("pairs_dozens")
    for r in case["Results"]:
        t = r["Text"].strip()
        if len(t) == 1 and t in _CN_NUMERAL:
            nxt = case["Input"][r["End"] + 1:]
            unit = next((u for u in sorted(UNITS, key=len, reverse=True) if nxt.startswith(u)), None)
            if unit is None or (t in "一壹" and UNITS[unit][1] == "count"):
                cats.append("lone_numeral")
                break
    if re.search(r"\d+年\d+月|\d+[点點]：", text) or re.search(r"\d+[日点點]", text) and "年" in text:
        cats.append("date_time")
    if "半" in text or re.search(r"成\s+[一二三四五六七八九\d]", text):
        cats.append("literary")
    if "http" in text:
        cats.append("url")
    if any(r["Start"] > 0 and text[r["Start"] - 1] == "第" for r in case["Results"]):
        cats.append("ordinal")
    return sorted(set(cats))


def expected(case: dict, percent: bool) -> list[tuple[int, int, float]]:
    out = []
    for r in case["Results"]:
        v = r["Resolution"]["value"]
        out.append((r["Start"], r["End"] + 1, float(v.rstrip("%")) if percent else float(v)))
    return out


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def q_values(q, percent: bool) -> list[float]:
    vals = [q.value] + ([q.high] if q.high is not None else [])
    if percent:
        f = PCT_FACTOR.get(q.unit)
        return [v * f for v in vals] if f is not None else []
    return vals


# --- tools -----------------------------------------------------------------
def ours_find(text: str, percent: bool):
    return [(q.start, q.end, q_values(q, percent)) for q in find_quantities(text)]


def ours_convert(text: str, percent: bool) -> float | None:
    qs = find_quantities(text)
    if not qs:
        return None
    vals = q_values(qs[0], percent)
    return vals[0] if vals else None


_NUM_IN_OUT = re.compile(r"-?\d+(?:,\d{3})*(?:\.\d+)?%?")


def _numbers(s: str, percent: bool) -> list[float]:
    out = []
    for m in _NUM_IN_OUT.finditer(s):
        t = m.group()
        if percent and not t.endswith("%"):
            continue
        out.append(float(t.rstrip("%").replace(",", "")))
    return out


def load_cn2an():
    try:
        import cn2an
    except ImportError:
        return None

    def find(text, percent):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                out = cn2an.transform(text, "cn2an")
            except Exception:
                return []
        return [(None, None, [v]) for v in _numbers(out, percent)]

    def convert(text, percent):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                if percent:
                    nums = _numbers(cn2an.transform(text.strip(), "cn2an"), True)
                    return nums[0] if nums else None
                return float(cn2an.cn2an(text.strip(), "smart"))
            except Exception:
                return None
    return {"name": "cn2an " + getattr(cn2an, "__version__", ""), "find": find, "convert": convert,
            "spans": False}


def load_jionlp():
    try:
        import contextlib
        import io
        with contextlib.redirect_stdout(io.StringIO()):
            import jionlp
    except Exception:
        return None

    def find(text, percent):
        if percent:
            return []
        try:
            found = jionlp.ner.extract_money(text, with_parsing=True)
        except Exception:
            return []
        out = []
        for f in found:
            num = f["detail"]["num"]
            nums = num if isinstance(num, list) else [num]
            out.append((f["offset"][0], f["offset"][1], [float(n) for n in nums]))
        return out

    def convert(text, percent):
        if percent:
            return None
        try:
            num = jionlp.parse_money(text.strip())["num"]
        except Exception:
            return None
        return float(num[0] if isinstance(num, list) else num)
    return {"name": "JioNLP " + getattr(jionlp, "__version__", ""), "find": find,
            "convert": convert, "spans": True}


# --- scoring ---------------------------------------------------------------
def score(tool: dict, cases: list[tuple[dict, bool, list[str]]]) -> dict:
    res = {}
    for scope in ("all", "in_scope"):
        exp_n = found = out_n = out_ok = conv_ok = 0
        t0 = time.perf_counter()
        for case, percent, cats in cases:
            if scope == "in_scope" and cats:
                continue
            exp = expected(case, percent)
            got = tool["find"](case["Input"], percent)
            matched_out = set()
            for s, e, v in exp:
                for i, (gs, ge, gv) in enumerate(got):
                    span_ok = (not tool["spans"]) or (gs <= s and ge >= e)
                    if span_ok and any(close(x, v) for x in gv):
                        found += 1
                        matched_out.add(i)
                        break
            exp_n += len(exp)
            out_n += len(got)
            out_ok += len(matched_out)
            for r, (_s, _e, v) in zip(case["Results"], exp):
                c = tool["convert"](r["Text"], percent)
                conv_ok += c is not None and close(c, v)
        res[scope] = {
            "expected": exp_n, "found": found, "recall": round(found / exp_n, 4) if exp_n else None,
            "returned": out_n, "returned_matching": out_ok,
            "precision": round(out_ok / out_n, 4) if out_n else None,
            "converted": conv_ok, "convert_accuracy": round(conv_ok / exp_n, 4) if exp_n else None,
            "seconds": round(time.perf_counter() - t0, 3),
        }
    return res


def main() -> int:
    cases = []
    for name, percent in (("NumberModel.json", False), ("PercentModel.json", True)):
        for case in json.loads((HERE / "peer" / name).read_text(encoding="utf-8")):
            cases.append((case, percent, categories(case)))
    tools = [{"name": "zoneprofiles", "find": ours_find, "convert": ours_convert, "spans": True}]
    missing = []
    for loader, label in ((load_cn2an, "cn2an"), (load_jionlp, "JioNLP")):
        t = loader()
        (tools.append(t) if t else missing.append(label))
    counts = {}
    for _c, _p, cats in cases:
        for c in cats:
            counts[c] = counts.get(c, 0) + 1
    results = {
        "cases": len(cases),
        "cases_in_scope": sum(1 for *_x, cats in cases if not cats),
        "excluded_categories": {k: {"why": v, "cases": counts.get(k, 0)} for k, v in EXCLUDED.items()},
        "tools": {t["name"].strip(): score(t, cases) for t in tools},
        "not_run": missing,
    }
    misses = []
    for case, percent, cats in cases:
        if cats:
            continue
        got = ours_find(case["Input"], percent)
        for s, e, v in expected(case, percent):
            if not any(gs <= s and ge >= e and any(close(x, v) for x in gv) for gs, ge, gv in got):
                misses.append({"input": case["Input"], "expected": case["Input"][s:e], "value": v,
                               "got": [(case["Input"][gs:ge], gv) for gs, ge, gv in got]})
    results["zoneprofiles_in_scope_misses"] = misses
    (HERE / "peer_results.json").write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n",
                                            encoding="utf-8")
    print(f"{len(cases)} cases, {results['cases_in_scope']} in scope"
          + (f"; not run: {', '.join(missing)}" if missing else ""))
    head = f"{'tool':<16}{'scope':<10}{'found':>12}{'recall':>8}{'precision':>10}{'convert':>9}{'sec':>7}"
    print(head)
    print("-" * len(head))
    for name, r in results["tools"].items():
        for scope, x in r.items():
            prec = "" if x["precision"] is None else f"{x['precision']:.3f}"
            print(f"{name:<16}{scope:<10}{x['found']:>6}/{x['expected']:<5}{x['recall']:>8.3f}"
                  f"{prec:>10}{x['convert_accuracy']:>9.3f}{x['seconds']:>7.2f}")
    print(f"\nin-scope misses of zoneprofiles: {len(misses)} (listed in bench/peer_results.json)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
