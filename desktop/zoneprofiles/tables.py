"""Key figures (or the whole corpus: figures, policies, zones, articles) as flat
tables for spreadsheets: CSV (UTF-8 with BOM, so Excel opens the Chinese
correctly) and .xlsx with one sheet per table. No Qt here.

Every row keeps its provenance (source_file, start, end, sentence): an analyst
who sorts the sheet can still find each number in its article.
"""
from __future__ import annotations

import math
from pathlib import Path
from typing import Iterable

import pandas as pd

from .model import FIGURE_COLUMNS, Corpus

FIGURES_TABLE_COLUMNS = ["zone_name"] + FIGURE_COLUMNS
_INT_COLUMNS = ("start", "end", "sentence_start", "sentence_end")


def figures_table(corpus: Corpus, zone_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """The figures of `zone_ids` (all zones when None) with each zone's name
    first, zones in the order asked, figures in reading order."""
    figures = corpus.figures
    names = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    if zone_ids is None:
        order = list(corpus.zones["zone_id"])
    else:
        order = list(dict.fromkeys(zone_ids))
        unknown = [z for z in order if z not in names]
        if unknown:
            raise KeyError(f"unknown zone: {', '.join(map(str, unknown))}")
    rank = {z: i for i, z in enumerate(order)}
    rows = figures[figures["zone_id"].isin(rank)].copy()
    rows.insert(0, "zone_name", rows["zone_id"].map(names))
    rows["_zone_rank"] = rows["zone_id"].map(rank)
    rows = rows.sort_values(["_zone_rank", "source_file", "start"], kind="stable")
    rows = rows.drop(columns="_zone_rank").reset_index(drop=True)
    for col in _INT_COLUMNS:
        if col in rows and not rows[col].isna().any():
            rows[col] = rows[col].astype("int64")
    return rows[[c for c in FIGURES_TABLE_COLUMNS if c in rows]]


SHEETS = ("figures", "policies", "zones", "articles")


def _by_zone(corpus: Corpus, frame: pd.DataFrame, zone_ids: list[str] | None) -> pd.DataFrame:
    """`frame`'s rows of `zone_ids` (all when None), each zone's name first,
    every other column kept (the source columns and the analyst's status)."""
    names = dict(zip(corpus.zones["zone_id"], corpus.zones["name"]))
    rows = frame if zone_ids is None else frame[frame["zone_id"].isin(zone_ids)]
    rows = rows.copy()
    rows.insert(0, "zone_name", rows["zone_id"].map(names))
    if "source_file" in rows and "start" in rows:
        rows = rows.sort_values(["source_file", "start"], kind="stable")
    rows = rows.reset_index(drop=True)
    for col in _INT_COLUMNS:
        if col in rows and len(rows) and not rows[col].isna().any():
            rows[col] = rows[col].astype("int64")
    return rows


def corpus_sheets(corpus: Corpus, zone_ids: Iterable[str] | None = None,
                  tables: Iterable[str] = SHEETS) -> dict[str, pd.DataFrame]:
    """The tables a spreadsheet export writes, by sheet name: figures and
    policies with their zone's name and source columns, the zones, and the
    articles they came from. `zone_ids` limits every table to those zones."""
    ids = None if zone_ids is None else list(dict.fromkeys(zone_ids))
    sheets: dict[str, pd.DataFrame] = {}
    for table in tables:
        if table == "figures":
            figures = _by_zone(corpus, corpus.figures, ids)
            first = [c for c in FIGURES_TABLE_COLUMNS if c in figures]
            sheets[table] = figures[first + [c for c in figures if c not in first]]
        elif table == "policies":
            sheets[table] = _by_zone(corpus, corpus.policies, ids)
        elif table == "zones":
            zones = corpus.zones if ids is None else corpus.zones[corpus.zones["zone_id"].isin(ids)]
            sheets[table] = zones.reset_index(drop=True)
        elif table == "articles":
            articles = corpus.articles
            if ids is not None:
                used = set()
                for frame in (corpus.figures, corpus.policies, corpus.mentions):
                    used |= set(frame.loc[frame["zone_id"].isin(ids), "article_id"])
                articles = articles[articles["article_id"].isin(used)]
            sheets[table] = articles.reset_index(drop=True)
        else:
            raise KeyError(f"unknown table: {table}")
    return sheets


def write_csv_sheets(sheets: dict[str, pd.DataFrame], path) -> list[Path]:
    """One CSV per sheet: `path` itself for a single sheet, else
    `<stem>-<sheet>.csv` beside it. Returns the files written."""
    path = Path(path)
    if len(sheets) == 1:
        return [write_csv(next(iter(sheets.values())), path)]
    return [write_csv(df, path.with_name(f"{path.stem}-{name}.csv")) for name, df in sheets.items()]


def write_csv(df: pd.DataFrame, path) -> Path:
    path = Path(path)
    df.to_csv(path, index=False, encoding="utf-8-sig")
    return path


def _cell(value):
    """A value openpyxl stores as itself: numbers stay numbers, empty stays
    empty, and text stays text."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return value


def write_xlsx(df: pd.DataFrame, path, sheet: str = "figures") -> Path:
    return write_workbook({sheet: df}, path)


def write_workbook(sheets: dict[str, pd.DataFrame], path) -> Path:
    """An .xlsx with one sheet per table, in the order given."""
    from openpyxl import Workbook

    path = Path(path)
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, df in sheets.items():
        _fill_sheet(wb.create_sheet(sheet[:31]), df)
    wb.save(path)
    return path


def _fill_sheet(ws, df: pd.DataFrame) -> None:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.append(list(map(str, df.columns)))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(df.itertuples(index=False), 2):
        for c, value in enumerate(row, 1):
            value = _cell(value)
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                # control characters are not allowed in the file format
                cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                # article text is data: "=..." must stay a string, never a formula
                cell.data_type = "s"
            else:
                cell.value = value
    ws.freeze_panes = "B2"
    widths = {"zone_name": 18, "name": 18, "label": 24, "raw": 14, "sentence": 60,
              "source_file": 28, "title": 36, "aliases": 30}
    for i, name in enumerate(df.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(name, 12)
        if name == "sentence":
            for cell in ws[get_column_letter(i)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
