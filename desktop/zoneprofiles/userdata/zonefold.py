"""Merging and splitting zones, replayed over the extracted zones.

The analyst's merges and splits are replayed in the order they were made.
A *unit* is an extracted zone, or a name split off from the zone the
extractor had folded it into. A merge points one unit at another; a split
clears that pointer (undoing the analyst's merge) or, for a name the
extractor took as an alias, makes the name a unit of its own. Every item
then belongs to the unit at the end of its chain of pointers.

Which items a split-off name takes: the mentions printed with that name, and
each figure or policy whose nearest earlier mention of the old zone, in the
same article, was that name (the rule a reader applies to "该区").
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import pandas as pd

from ..model import ZONE_COLUMNS
from .store import MERGE, SPLIT, Change


def _names(aliases) -> list[str]:
    return [a for a in str(aliases or "").split("|") if a] if isinstance(aliases, str) else []


@dataclass
class Folded:
    zones: pd.DataFrame
    mentions: pd.DataFrame
    figures: pd.DataFrame
    policies: pd.DataFrame
    industries: pd.DataFrame
    skipped: list[tuple[Change, str]] = field(default_factory=list)  # (change, reason)
    _unit_of: dict[str, str] = field(default_factory=dict)
    _root: dict[str, str] = field(default_factory=dict)

    def resolve(self, name: str | None) -> str | None:
        """The zone_id `name` (a zone, an alias, a merged zone) stands for now."""
        if not name:
            return None
        unit = self._unit_of.get(name)
        return self._root.get(unit, unit) if unit is not None else None


class _Units:
    def __init__(self, zones: pd.DataFrame) -> None:
        self.rows: dict[str, dict] = {}
        self.alias_owner: dict[str, str] = {}
        for row in zones.to_dict("records"):
            self.rows[row["zone_id"]] = row
        for zid, row in self.rows.items():
            for alias in _names(row.get("aliases")):
                if alias not in self.rows:
                    self.alias_owner.setdefault(alias, zid)
        self.split_from: dict[str, str] = {}  # split-off name -> the zone it was an alias of
        self.pointer: dict[str, str] = {}

    def unit_of(self, name: str) -> str | None:
        if name in self.rows or name in self.split_from:
            return name
        return self.alias_owner.get(name)

    def reaches(self, start: str, goal: str) -> bool:
        seen, u = set(), start
        while u is not None and u not in seen:
            if u == goal:
                return True
            seen.add(u)
            u = self.pointer.get(u)
        return False

    def root(self, unit: str) -> str:
        seen = set()
        while unit in self.pointer and unit not in seen:
            seen.add(unit)
            unit = self.pointer[unit]
        return unit


def fold_zones(zones: pd.DataFrame, mentions: pd.DataFrame, figures: pd.DataFrame,
               policies: pd.DataFrame, industries: pd.DataFrame,
               links: list[Change]) -> Folded:
    units = _Units(zones)
    skipped: list[tuple[Change, str]] = []
    for ch in links:
        if ch.kind == SPLIT:
            name = ch.zone
            if name in units.pointer:
                del units.pointer[name]
            elif name in units.alias_owner and name not in units.split_from:
                units.split_from[name] = units.alias_owner[name]
            elif units.unit_of(name) is None:
                skipped.append((ch, "zone-not-loaded"))
        elif ch.kind == MERGE:
            a, t = units.unit_of(ch.zone), units.unit_of(ch.target)
            if a is None or t is None:
                skipped.append((ch, "zone-not-loaded"))
            elif a != t:
                if units.reaches(t, a):
                    skipped.append((ch, "merge-cycle"))
                else:
                    units.pointer[a] = t

    mentions, figures, policies = _take_split_items(units, mentions, figures, policies)
    all_units = list(units.rows) + list(units.split_from)
    root = {u: units.root(u) for u in all_units}

    def repoint(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.copy()
        if not frame.empty:
            frame["zone_id"] = frame["zone_id"].map(lambda z: root.get(z, z))
        return frame

    industries = repoint(industries)
    if units.pointer and not industries.empty:  # merged zones: one weight per term
        industries = (industries.groupby(["zone_id", "term", "kind"], sort=False, as_index=False)
                      ["weight"].sum())
    unit_of = {name: u for name in set(units.alias_owner) | set(all_units)
               if (u := units.unit_of(name)) is not None}
    return Folded(zones=_zone_rows(units, root, zones.columns), mentions=repoint(mentions),
                  figures=repoint(figures), policies=repoint(policies), industries=industries,
                  skipped=skipped, _unit_of=unit_of, _root=root)


def _take_split_items(units: _Units, mentions, figures, policies):
    if not units.split_from:
        return mentions, figures, policies
    mentions = mentions.copy()
    split_names = set(units.split_from)
    owner_of = units.split_from
    # the owner's mentions per article, in text order, before any is reassigned
    by_article: dict[tuple[str, str], tuple[list[int], list[str]]] = {}
    owners = set(owner_of.values())
    for m in mentions[mentions["zone_id"].isin(owners)].sort_values("start").itertuples(index=False):
        starts, texts = by_article.setdefault((m.zone_id, m.article_id), ([], []))
        starts.append(int(m.start))
        texts.append(str(m.text))
    if not mentions.empty:
        hit = mentions["text"].isin(split_names) & mentions.apply(
            lambda r: owner_of.get(r["text"]) == r["zone_id"], axis=1)
        mentions.loc[hit, "zone_id"] = mentions.loc[hit, "text"]

    def take(frame: pd.DataFrame) -> pd.DataFrame:
        frame = frame.copy()
        for idx, row in frame[frame["zone_id"].isin(owners)].iterrows():
            starts, texts = by_article.get((row["zone_id"], row["article_id"]), ([], []))
            i = bisect.bisect_right(starts, int(row["start"])) - 1
            if i >= 0 and owner_of.get(texts[i]) == row["zone_id"]:
                frame.at[idx, "zone_id"] = texts[i]
        return frame

    return mentions, take(figures), take(policies)


def _zone_rows(units: _Units, root: dict[str, str], columns) -> pd.DataFrame:
    split_names = set(units.split_from)
    rows: dict[str, dict] = {}
    for name, owner in units.split_from.items():
        base = units.rows[owner]
        rows[name] = {c: "" for c in columns} | {
            "zone_id": name, "name": name, "kind": base.get("kind", ""),
            "province": base.get("province", ""), "city": base.get("city", ""),
            "parent_id": base.get("parent_id", "")}
    for zid, row in units.rows.items():
        rows[zid] = dict(row)
    out = []
    for zid, row in rows.items():
        if root[zid] != zid:
            continue
        members = [u for u in rows if u != zid and root[u] == zid]
        aliases = [a for a in _names(row.get("aliases")) if a not in split_names]
        for u in members:
            aliases += [u] + [a for a in _names(rows[u].get("aliases")) if a not in split_names]
        row = dict(row)
        row["aliases"] = "|".join(dict.fromkeys(a for a in aliases if a != zid))
        row["merged"] = "|".join(sorted(members))  # only the analyst's merges point
        parent = row.get("parent_id")
        if isinstance(parent, str) and parent:
            parent_root = root.get(parent, parent)
            row["parent_id"] = "" if parent_root == zid else parent_root
        out.append(row)
    cols = list(columns) + [c for c in ["merged"] if c not in columns]
    if not out:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols or ZONE_COLUMNS})
    return pd.DataFrame(out, columns=cols)
