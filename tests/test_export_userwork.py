"""The export and the printed profile show the analyst's work, not only the
extractor's: a rejected figure is gone from figures.csv, a note is printed."""
import csv
import os
import subprocess
import sys
from pathlib import Path

from zoneprofiles.pipeline import load_corpus
from zoneprofiles.report import profile_html
from zoneprofiles.userdata import UserStore, apply, key_for

ARTICLE = ("# 佛山高新区新材料产业提速\n\n本报讯 2023年,佛山高新区新材料产业产值突破1200亿元,"
           "高新技术企业超过1500家。\n")


def test_rejected_figure_leaves_the_export(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fs.txt").write_text(ARTICLE, encoding="utf-8")
    data = tmp_path / "data"
    env = dict(os.environ, ZONEPROFILES_DATA_DIR=str(data), ZONEPROFILES_CACHE_DIR=str(tmp_path / "c"))
    monkeypatch.setenv("ZONEPROFILES_DATA_DIR", str(data))
    corpus = load_corpus([folder])
    row = corpus.figures[corpus.figures["value"] == 1200e8].iloc[0]
    with UserStore() as store:
        store.reject_figure(key_for(corpus, row))
        zone = row["zone_id"]
        store.add_note(zone, "产值口径为规上企业,需与统计公报核对。")
        annotated = apply(corpus, store, persist=False)
    assert "需与统计公报核对" in profile_html(annotated, zone)
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "zoneprofiles", "export", "--out", str(out), str(folder)],
                   env=env, check=True, capture_output=True)
    rows = list(csv.DictReader(open(out / "figures.csv", encoding="utf-8-sig")))
    values = {float(r["value"]) for r in rows}
    assert 1200e8 not in values and 1500 in values
