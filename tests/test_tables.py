"""Figures exported for spreadsheets: the CSV Excel opens in Chinese, and an
.xlsx holding the same rows, every row still pointing at its source text."""
from __future__ import annotations

import pandas as pd
import pytest
from openpyxl import load_workbook

from test_report import make_corpus
from zoneprofiles.tables import figures_table, write_csv, write_xlsx


def test_table_has_zone_names_and_provenance_for_every_figure():
    corpus = make_corpus()
    df = figures_table(corpus)
    assert list(df.columns[:2]) == ["zone_name", "figure_id"]
    for col in ("label", "value", "unit", "raw", "source_file", "start", "end", "sentence"):
        assert col in df.columns
    assert len(df) == len(corpus.figures)
    for row in df.itertuples():
        assert corpus.texts[row.source_file][row.start:row.end] == row.raw
    assert set(df.loc[df["zone_id"] == "z1", "zone_name"]) == {"青山高新区"}


def test_table_keeps_the_zones_in_the_order_asked():
    df = figures_table(make_corpus(), ["z2", "z1"])
    assert list(dict.fromkeys(df["zone_name"])) == ["白湖经开区", "青山高新区"]
    assert "30GWh" not in set(df["raw"])  # z3 was not asked for


def test_unknown_zone_is_an_error_not_an_empty_sheet():
    with pytest.raises(KeyError):
        figures_table(make_corpus(), ["z9"])


def test_csv_starts_with_a_bom_and_reads_back_in_chinese(tmp_path):
    df = figures_table(make_corpus())
    path = write_csv(df, tmp_path / "figures.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    back = pd.read_csv(path, encoding="utf-8-sig")
    assert list(back["zone_name"]) == list(df["zone_name"])
    assert "超3000家" in set(back["raw"])


def _csv_rows(path):
    back = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    return [list(r) for r in back.itertuples(index=False)], list(back.columns)


def _xlsx_rows(path):
    ws = load_workbook(path).active
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    return rows[1:], rows[0]


def _same(xlsx_value, csv_text: str) -> bool:
    """A spreadsheet cell equals the CSV field: numbers by value, text as text."""
    if xlsx_value is None:
        return csv_text == ""
    if isinstance(xlsx_value, (int, float)):
        return float(csv_text) == float(xlsx_value)
    return str(xlsx_value) == csv_text


def test_xlsx_opens_and_holds_the_same_rows_as_the_csv(tmp_path):
    df = figures_table(make_corpus())
    csv_rows, csv_cols = _csv_rows(write_csv(df, tmp_path / "f.csv"))
    xlsx_rows, xlsx_cols = _xlsx_rows(write_xlsx(df, tmp_path / "f.xlsx"))
    assert xlsx_cols == csv_cols
    assert len(xlsx_rows) == len(csv_rows) == len(df)
    for x_row, c_row in zip(xlsx_rows, csv_rows):
        assert all(_same(x, c) for x, c in zip(x_row, c_row)), (x_row, c_row)


def test_xlsx_keeps_numbers_as_numbers(tmp_path):
    df = figures_table(make_corpus())
    rows, cols = _xlsx_rows(write_xlsx(df, tmp_path / "f.xlsx"))
    first = dict(zip(cols, rows[0]))
    assert first["value"] == 2.5e11
    assert isinstance(first["start"], int)


def test_article_text_never_becomes_a_formula_or_breaks_the_file(tmp_path):
    corpus = make_corpus()
    corpus.figures.loc[0, "sentence"] = "=HYPERLINK(\"http://x\")\x07超3000家"
    df = figures_table(corpus)
    path = write_xlsx(df, tmp_path / "f.xlsx")
    ws = load_workbook(path).active
    cols = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=cols.index("sentence") + 1)
    assert cell.data_type == "s"
    assert cell.value.startswith("=HYPERLINK")
    assert "超3000家" in cell.value
