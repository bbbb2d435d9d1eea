"""bench/eval.py's scoring on a devset of its own: two short articles written
here, annotated by the scheme in bench/devset/ANNOTATION.md, and hand-made
exports, so precision, recall, zone, sign, label, period and policy logic is
checked without running the extractor."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load():
    spec = importlib.util.spec_from_file_location("zp_bench_eval", ROOT / "bench" / "eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ev = _load()

A1 = ("株洲高新区经济运行情况\n"
      "今年1-9月，株洲高新技术产业开发区（以下简称株洲高新区）实现规上工业总产值216.3亿元，"
      "同比增长28%。目前全国共有综合保税区154个。株洲高新区出台《株洲高新区促进产业发展若干政策》。\n")
A2 = ("本站讯 高新區上半年完成固定資產投資45.6億元，增長12.5%，新增規上企業3家。\n")

ANN1 = {"article": "t01", "url": "", "date": "",
        "zones": [{"name": "株洲高新技术产业开发区", "aliases": ["株洲高新区"], "parent": ""}],
        "facts": [
            {"zone": "株洲高新区", "snippet": "规上工业总产值216.3亿元", "raw": "216.3亿元",
             "value": 21630000000, "unit": "元", "label_any": ["规上工业总产值"],
             "measure": "level", "basis": "actual", "subject": "", "period": "今年1-9月"},
            {"zone": "株洲高新区", "snippet": "同比增长28%", "raw": "28%", "value": 28,
             "unit": "%", "label_any": ["规上工业总产值"], "measure": "growth",
             "basis": "actual", "subject": "", "period": "今年1-9月"}],
        "not_zone_numbers": [{"snippet": "综合保税区154个", "raw": "154个", "why": "count-of-zones"}],
        "policies": [{"zone": "株洲高新区", "title": "株洲高新区促进产业发展若干政策",
                      "kind": "document", "national": False}]}
ANN2 = {"article": "t02", "url": "", "date": "",
        "zones": [{"name": "楚雄高新技术产业开发区", "aliases": ["楚雄高新区"], "parent": ""}],
        "facts": [
            {"zone": None, "snippet": "固定資產投資45.6億元", "raw": "45.6億元", "value": 4560000000,
             "unit": "元", "label_any": ["固定资产投资"], "measure": "level", "basis": "actual",
             "subject": "", "period": "上半年"},
            {"zone": None, "snippet": "增長12.5%", "raw": "12.5%", "value": 12.5, "unit": "%",
             "label_any": ["固定资产投资"], "measure": "growth", "basis": "actual",
             "subject": "", "period": "上半年"},
            {"zone": None, "snippet": "新增規上企業3家", "raw": "3家", "value": 3, "unit": "家",
             "label_any": ["规上企业"], "measure": "level", "basis": "actual", "subject": "",
             "period": "上半年"}],
        "not_zone_numbers": [], "policies": []}
MANIFEST = ("name\turl\tsplit\tlayout\tscript\tzone_kinds\tprovince\tzone_hint\n"
            "t01\t\ttune\tbrief\tsimplified\t高新区\t湖南省\t\n"
            "t02\t\tunseen\tbrief\ttraditional\t高新区\t云南省\t楚雄高新区\n")


@pytest.fixture
def devset(tmp_path):
    root = tmp_path / "devset"
    (root / "articles").mkdir(parents=True)
    (root / "annotations").mkdir()
    for name, text, ann in (("t01", A1, ANN1), ("t02", A2, ANN2)):
        (root / "articles" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "annotations" / f"{name}.json").write_text(json.dumps(ann, ensure_ascii=False),
                                                           encoding="utf-8")
    (root / "manifest.tsv").write_text(MANIFEST, encoding="utf-8")
    return root


def _row(text, raw, zone, value, label, kind="actual", period="", after=0, **extra):
    start = text.index(raw, after)
    return {"zone_id": zone, "label": label, "value": value, "unit": "", "raw": raw,
            "period": period, "kind": kind, "start": start, "end": start + len(raw), **extra}


def _frames(figures, zones, policies=()):
    return {"figures": pd.DataFrame(figures),
            "zones": pd.DataFrame([{"zone_id": z, "name": z, "aliases": a, "n_articles": 1,
                                    "n_figures": 1, "n_policies": 0} for z, a in zones]),
            "policies": pd.DataFrame(list(policies), columns=["zone_id", "title"])}


def export1():
    title_end = A1.index("\n")
    return _frames(
        [_row(A1, "216.3亿元", "株洲高新区", 21630000000.0, "规上工业总产值", period="今年1-9月"),
         # the fall's sign is wrong: a sign error, not a true positive
         _row(A1, "28%", "株洲高新区", -28.0, "规上工业总产值", kind="growth", period="今年1-9月"),
         _row(A1, "154个", "株洲高新区", 154.0, "综合保税区"),
         # a row on the headline, where nothing is annotated
         {"zone_id": "株洲高新区", "label": "x", "value": 1.0, "raw": "经济", "kind": "actual",
          "period": "", "start": title_end - 6, "end": title_end - 4}],
        [("株洲高新区", "株洲高新技术产业开发区"), ("全国综合保税区", "")],
        [{"zone_id": "株洲高新区", "title": "《株洲高新区促进产业发展若干政策》"},
         {"zone_id": "株洲高新区", "title": "招商引资十条"}])


def export2():
    return _frames(
        # traditional zone name, matched through the manifest's zone_hint
        [_row(A2, "45.6億元", "楚雄高新區", 4560000000.0, "固定資產投資", period="上半年"),
         _row(A2, "12.5%", "昆明高新区", 12.5, "固定资产投资", kind="growth", period="上半年")],
        [("楚雄高新區", ""), ("昆明高新区", "")])


def _articles(devset):
    return {a.name: a for a in ev.load_devset(devset, warn=lambda m: None)}


def test_the_devset_is_read_with_splits_hints_and_fact_places(devset):
    arts = _articles(devset)
    assert arts["t01"].split == "tune" and arts["t02"].split == "unseen"
    assert arts["t02"].zone_hint == "楚雄高新区"
    facts, nzs = ev.facts_of(arts["t01"].text, arts["t01"].annotation)
    assert A1[facts[0].start:facts[0].end] == "216.3亿元"
    assert A1[nzs[0].start:nzs[0].end] == "154个"
    assert [a.name for a in ev.load_devset(devset, "unseen", warn=lambda m: None)] == ["t02"]
    assert [a.name for a in ev.load_devset(devset, only=["t01"], warn=lambda m: None)] == ["t01"]


def test_one_article_precision_recall_and_error_kinds(devset):
    r = ev.score_article(_articles(devset)["t01"], export1())
    assert r.counts["rows"] == 4 and r.counts["facts"] == 2 and r.counts["tp"] == 1
    assert r.errors["wrong_sign"] == 1
    assert r.errors["fp_count-of-zones"] == 1
    assert r.errors["fp_unannotated"] == 1
    assert r.errors["missed"] == 0
    s = ev.scores([r])
    assert s["precision"] == 0.25 and s["recall"] == 0.5
    assert s["labels"] == 1.0 and s["measure_basis"] == 1.0 and s["periods"] == 1.0
    assert s["zones_found"] == 1.0 and s["zones_made_up"] == 1
    assert s["zones_made_up_names"] == ["t01: 全国综合保税区"]
    assert s["policies_precision"] == 0.5 and s["policies_recall"] == 1.0
    kinds = [ln["kind"] for ln in r.lines]
    assert {"wrong_sign", "fp_count-of-zones", "fp_unannotated", "zone_made_up",
            "policy_fp"} <= set(kinds)


def test_zone_hint_script_folding_wrong_zone_and_missed(devset):
    r = ev.score_article(_articles(devset)["t02"], export2())
    assert r.counts["tp"] == 1  # 楚雄高新區 is 楚雄高新区, the hint, after folding
    assert r.errors["wrong_zone"] == 1 and r.errors["missed"] == 1
    assert r.zones_missed == [] and r.zones_made_up == ["昆明高新区"]
    s = ev.scores([r])
    assert s["precision"] == 0.5 and s["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert s["labels"] == 1.0  # 固定資產投資 contains 固定资产投资 once folded


def test_the_whole_run_on_hand_made_exports_scores_each_part(devset, tmp_path):
    exports = {"t01.txt": export1(), "t02.txt": export2()}
    seen_hints = []

    def fake_export(path, hint):
        seen_hints.append(hint)
        return exports[Path(path).name], ""

    out, lines = ev.evaluate(ev.load_devset(devset, warn=lambda m: None), fake_export)
    assert seen_hints == ["", "楚雄高新区"]
    assert out["articles"] == {"tune": 1, "unseen": 1}
    assert out["tune"]["precision"] == 0.25 and out["tune"]["recall"] == 0.5
    assert out["unseen"]["precision"] == 0.5
    assert out["all"]["precision"] == pytest.approx(2 / 6, abs=1e-4)
    assert out["all"]["recall"] == 0.4
    assert out["errors"]["wrong_sign"] == 1 and out["errors"]["wrong_zone"] == 1
    assert out["errors"]["missed"] == 1
    assert set(out["per_article"]) == {"t01", "t02"}
    for key in ("precision", "recall", "labels", "measure_basis", "periods", "zones_found",
                "zones_made_up", "policies_precision", "policies_recall"):
        assert key in out["all"]
    tsv = tmp_path / "errors.tsv"
    ev.write_errors(tsv, lines)
    rows = tsv.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("article\tsplit\tkind")
    assert any("\tunseen\twrong_zone\t" in r for r in rows)
    assert "precision" in ev.table(out)


def test_measure_and_basis_from_kind_or_their_own_columns():
    assert ev.measure_basis({"kind": "target"}) == ("level", "target")
    assert ev.measure_basis({"kind": "growth"}) == ("growth", "actual")
    assert ev.measure_basis({"kind": "share"}) == ("share", "actual")
    assert ev.measure_basis({"kind": "estimate"}) == ("level", "estimate")
    assert ev.measure_basis({"kind": "target", "measure": "growth", "basis": "target"}) == (
        "growth", "target")


def test_a_growth_target_row_with_the_new_columns_is_scored_by_them(devset):
    art = _articles(devset)["t01"]
    frames = export1()
    frames["figures"] = pd.DataFrame([
        _row(A1, "28%", "株洲高新区", 28.0, "增长", kind="growth", period="",
             metric="规上工业总产值", measure="growth", basis="target", year=None, span="1-9月")])
    r = ev.score_article(art, frames)
    assert r.counts["tp"] == 1
    assert r.counts["labels_ok"] == 1  # the metric column holds the label
    assert r.counts["measure_ok"] == 1 and r.counts["basis_ok"] == 0
    assert r.counts["periods_ok"] == 1  # span 1-9月 agrees with 今年1-9月
    assert r.errors["missed"] == 1


def test_periods_are_normalised_before_they_are_compared():
    fact = ev.Fact(0, None, "", "", 1.0, "", [], "level", "actual", "", "2017年1—5月份")
    assert ev.period_right({"period": "2017年1-5月"}, fact)
    assert ev.period_right({"period": "１—５月"}, fact)
    assert not ev.period_right({"period": "2016年"}, fact)
    assert ev.period_right({"period": "", "year": 2017, "span": "1-5月"}, fact)
    assert not ev.period_right({"period": "", "year": 2016, "span": "1-5月"}, fact)
    assert not ev.period_right({"period": "", "year": 2017, "span": ""}, fact)


def test_values_within_a_thousandth_are_right_and_a_flipped_sign_is_not():
    assert ev.value_right(216.3e8 * (1 + 5e-4), 216.3e8)
    assert not ev.value_right(216.3e8 * 1.01, 216.3e8)
    assert not ev.value_right(3.2, -3.2)
    assert ev.fold("蘇州工業園區（試驗區）") == "苏州工业园区(试验区)"


def test_the_hinted_zone_is_not_made_up_and_not_counted_to_find(devset):
    art = _articles(devset)["t02"]
    art.annotation = dict(art.annotation, zones=[])
    frames = export2()
    frames["zones"] = pd.DataFrame([{"zone_id": "楚雄高新区", "name": "楚雄高新区", "aliases": "",
                                     "n_articles": 1, "n_figures": 2, "n_policies": 0}])
    frames["figures"] = frames["figures"].assign(zone_id="楚雄高新区")
    r = ev.score_article(art, frames)
    assert r.zones_made_up == [] and r.counts["zones_annotated"] == 0
    assert r.counts["tp"] == 2


def test_a_row_on_the_unmarked_printing_of_a_figure_stands_for_its_fact(tmp_path):
    # the scheme marks a figure at its first printing (the headline); the export
    # keeps the body's printing: that row is the fact's, not an unannotated one
    text = "株洲高新区产值突破500亿元\n今年，株洲高新区产值突破500亿元，同比增长8%。\n"
    ann = {"article": "t03", "zones": [{"name": "株洲高新区", "aliases": [], "parent": ""}],
           "facts": [{"zone": "株洲高新区", "snippet": "株洲高新区产值突破500亿元", "raw": "突破500亿元",
                      "value": 5e10, "unit": "元", "label_any": ["产值"], "measure": "level",
                      "basis": "actual", "subject": "", "period": ""}],
           "not_zone_numbers": [], "policies": []}
    body = text.index("今年")
    article = ev.Article("t03", "tune", text, ann, "")
    frames = _frames([_row(text, "突破500亿元", "株洲高新区", 5e10, "产值", after=body)], [("株洲高新区", "")])
    scored = ev.score_article(article, frames)
    assert scored.counts["tp"] == 1 and not scored.errors["fp_unannotated"]
    # a different quantity on the unmarked line is still unannotated
    frames = _frames([_row(text, "8%", "株洲高新区", 8.0, "产值", kind="growth"),
                      _row(text, "突破500亿元", "株洲高新区", 5e10, "产值")], [("株洲高新区", "")])
    scored = ev.score_article(article, frames)
    assert scored.counts["tp"] == 1 and scored.errors["fp_unannotated"] == 1
