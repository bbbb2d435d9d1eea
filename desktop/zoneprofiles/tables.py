"""Key figures as a flat table for spreadsheets: CSV (UTF-8 with BOM, so Excel
opens the Chinese correctly) and .xlsx. No Qt here.

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


def write_csv(df: pd.DataFrame, path) -> Path:
    path = Path(path)
    df.to_csv(path, index=False, encoding="utf-8-sig")
    return path


def _cell(value):
    """A value openpyxl stores as itself: numbers stay numbers, empty stays
    empty, and text stays text."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # numpy scalars
        value = value.item()
    return value


def write_xlsx(df: pd.DataFrame, path, sheet: str = "figures") -> Path:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
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
    widths = {"zone_name": 18, "label": 24, "raw": 14, "sentence": 60, "source_file": 28}
    for i, name in enumerate(df.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(name, 12)
        if name == "sentence":
            for cell in ws[get_column_letter(i)][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    wb.save(path)
    return path
