"""The in-memory model: one `Corpus` of pandas DataFrames and the queries the
views need. No Qt here: the CLI, the report and the tests use it as it is.

Every row that came from text carries `source_file`, `start` and `end`, offsets
into that file's decoded text (`Corpus.texts[source_file]`), so any view can
show and highlight the exact source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .problems import LoadProblem  # noqa: F401 - where the model's users look for it

ARTICLE_COLUMNS = ["article_id", "source_file", "title", "byline", "date", "date_source", "outlet",
                   "start", "end"]
ZONE_COLUMNS = ["zone_id", "name", "kind", "aliases", "parent_id", "province", "city",
                "n_articles", "n_figures", "n_policies"]
MENTION_COLUMNS = ["zone_id", "article_id", "source_file", "start", "end", "text"]
# metric: canonical name from resources/metrics.tsv ("" when none fits); label: as printed.
# measure: level | growth | share; basis: actual | target | estimate; kind folds the two
# into one word for the views (target, estimate, growth, share, actual). value is signed.
# period as printed; year and span resolved against the article's date. subject: "" for the
# zone itself, else the company, project, park or industry the number is about.
FIGURE_COLUMNS = ["figure_id", "zone_id", "metric", "label", "value", "unit", "raw", "qualifier",
                  "measure", "basis", "kind", "period", "year", "span", "subject",
                  "article_id", "source_file", "start", "end",
                  "sentence", "sentence_start", "sentence_end"]
# terms: the amounts, rates and thresholds a policy sentence sets ("最高300万元; 50%")
POLICY_COLUMNS = ["policy_id", "zone_id", "title", "kind", "terms", "article_id", "source_file",
                  "start", "end", "sentence", "sentence_start", "sentence_end"]
INDUSTRY_COLUMNS = ["zone_id", "term", "kind", "weight"]

# figures are compared only within one family of units
UNIT_FAMILIES = {
    "money": {"元", "美元", "欧元", "港元", "英镑", "日元"},
    "percent": {"%"},
}


def unit_family(unit: str) -> str:
    for family, units in UNIT_FAMILIES.items():
        if unit in units:
            return family
    return "count" if unit else "other"


def empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


@dataclass
class ZoneProfile:
    zone: pd.Series
    figures: pd.DataFrame
    policies: pd.DataFrame
    industries: list[str]
    keywords: list[str]
    articles: pd.DataFrame
    parks: pd.DataFrame
    parent: pd.Series | None
    # where the rows of `figures`, `policies` and `articles` are in the
    # corpus (see RowSource): a view can read them from the corpus's columns
    # instead of converting every column of a large zone's frames
    sources: dict = field(default_factory=dict, repr=False, compare=False)


@dataclass
class RowSource:
    """A profile frame's rows in the corpus: `columns`, the corpus frame's
    columns as lists (made once per frame, named by `names`); `positions`,
    the corpus rows of the profile frame's rows, in its order; `changed`,
    per column, values that differ from the corpus's by corpus position (a
    park's figure is marked with the park's name in its parent's profile).
    `frame`: the profile frame these rows are (a profile with frames replaced,
    as with the rejected rows shown, no longer matches)."""

    frame: pd.DataFrame
    names: list[str]
    columns: list[list]
    positions: list[int]
    changed: dict[str, dict[int, object]] = field(default_factory=dict)


@dataclass
class Corpus:
    articles: pd.DataFrame = field(default_factory=lambda: empty(ARTICLE_COLUMNS))
    zones: pd.DataFrame = field(default_factory=lambda: empty(ZONE_COLUMNS))
    mentions: pd.DataFrame = field(default_factory=lambda: empty(MENTION_COLUMNS))
    figures: pd.DataFrame = field(default_factory=lambda: empty(FIGURE_COLUMNS))
    policies: pd.DataFrame = field(default_factory=lambda: empty(POLICY_COLUMNS))
    industries: pd.DataFrame = field(default_factory=lambda: empty(INDUSTRY_COLUMNS))
    texts: dict[str, str] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)
    name: str = ""  # what was opened, for titles and printed pages

    # --- lookups -----------------------------------------------------------
    def text(self, source_file: str) -> str:
        return self.texts[source_file]

    def zone(self, zone_id: str) -> pd.Series:
        # through the zones' positions grouped once per frame (see _rows): a
        # mask over every zone cost each zone switch a millisecond, twice
        # for a park (its parent too)
        positions = self._positions(self.zones, "zone_id", zone_id)
        if positions is None or not len(positions):
            raise KeyError(zone_id)
        return self.zones.iloc[positions[0]]

    def find_zone(self, name: str) -> str | None:
        """zone_id for a canonical name or any alias, or None."""
        for row in self.zones.itertuples(index=False):
            if name == row.name or name in str(row.aliases or "").split("|"):
                return row.zone_id
        return None

    def article(self, article_id: str) -> pd.Series:
        return self.articles[self.articles["article_id"] == article_id].iloc[0]

    # --- queries the views need ---------------------------------------------
    def _rows(self, frame: pd.DataFrame, column: str, key) -> pd.DataFrame:
        """Rows of `frame` whose `column` equals `key`, through positions grouped
        once per frame: a mask over 100,000 mentions at every zone switch was
        most of the switch's time."""
        positions = self._positions(frame, column, key)
        if positions is None:
            return frame.iloc[0:0]
        return frame.iloc[positions]

    def _positions(self, frame: pd.DataFrame, column: str, key):
        cache = self.__dict__.setdefault("_row_index", {})
        entry = cache.get((id(frame), column))
        if entry is None or entry[0] is not frame:
            groups = frame.groupby(column, sort=False).indices if len(frame) else {}
            entry = cache[(id(frame), column)] = (frame, groups)
        return entry[1].get(key)

    def _column_lists(self, frame: pd.DataFrame) -> tuple[list[str], list[list]]:
        """`frame`'s columns as lists of Python values (through numpy:
        tolist() on pandas' string columns steps element by element), made
        once per frame and shared by every profile's RowSource."""
        cache = self.__dict__.setdefault("_column_cache", {})
        entry = cache.get(id(frame))
        if entry is None or entry[0] is not frame:
            names = list(frame.columns)
            entry = cache[id(frame)] = (frame, names,
                                        [frame[c].to_numpy(dtype=object).tolist() for c in names])
        return entry[1], entry[2]

    def _grouped(self, frame: pd.DataFrame, column: str, key):
        """The rows of `frame` whose `column` equals `key`, in frame order,
        as a slice of a copy of `frame` grouped by `column` (made once per
        frame): taking a large zone's thousands of figures out of every
        column at each switch was most of Corpus.profile."""
        cache = self.__dict__.setdefault("_grouped_cache", {})
        entry = cache.get((id(frame), column))
        if entry is None or entry[0] is not frame:
            groups = frame.groupby(column, sort=False).indices if len(frame) else {}
            order = np.concatenate(list(groups.values())) if groups else np.empty(0, dtype=np.int64)
            spans, at = {}, 0
            for k, positions in groups.items():
                spans[k] = (at, at + len(positions))
                at += len(positions)
            entry = cache[(id(frame), column)] = (frame, frame.iloc[order], spans)
        span = entry[2].get(key)
        if span is None:
            return frame.iloc[0:0]
        return entry[1].iloc[span[0]:span[1]]

    def _article_positions(self, frame: pd.DataFrame, positions) -> np.ndarray:
        """Positions in `articles` of the articles of `frame`'s rows at
        `positions` (the article index built once per frame: isin over every
        article at each zone switch cost a large archive 5 ms a frame)."""
        cache = self.__dict__.setdefault("_article_codes", {})
        entry = cache.get(id(frame))
        if entry is None or entry[0] is not frame or entry[1] is not self.articles:
            at = {a: i for i, a in enumerate(self.articles["article_id"].tolist())}
            codes = np.fromiter((at.get(a, -1) for a in frame["article_id"].tolist()),
                                dtype=np.int64, count=len(frame))
            entry = cache[id(frame)] = (frame, self.articles, codes)
        if positions is None or not len(positions):
            return np.empty(0, dtype=np.int64)
        return entry[2][positions]

    def profile(self, zone_id: str) -> ZoneProfile:
        zone = self.zone(zone_id)
        parks = self._rows(self.zones, "parent_id", zone_id).reset_index(drop=True)
        own = self._positions(self.figures, "zone_id", zone_id)
        own = np.empty(0, dtype=np.int64) if own is None else own
        figures = self._grouped(self.figures, "zone_id", zone_id)
        park_positions = np.empty(0, dtype=np.int64)
        changed: dict[str, dict[int, object]] = {}
        if len(parks):
            # a park's figures are its own; the parent's profile lists them too,
            # marked as the park's by their subject
            names = dict(zip(parks["zone_id"], parks["name"]))
            found = [p for p in (self._positions(self.figures, "zone_id", n) for n in names)
                     if p is not None]
            park_positions = np.sort(np.concatenate(found)) if found else park_positions
            of_parks = self.figures.iloc[park_positions]
            if len(of_parks):
                of_parks = of_parks.copy()
                subject = of_parks["subject"].fillna("") if "subject" in of_parks else \
                    pd.Series("", index=of_parks.index)
                own_name = of_parks["zone_id"].map(names)
                of_parks["subject"] = own_name.where(subject == "", own_name + "·" + subject)
                figures = pd.concat([figures, of_parks])
                if "subject" in self.figures:
                    changed["subject"] = dict(zip(park_positions.tolist(),
                                                  of_parks["subject"].tolist()))
        figures = figures.reset_index(drop=True)
        policies = self._grouped(self.policies, "zone_id", zone_id).reset_index(drop=True)
        ind = self._rows(self.industries, "zone_id", zone_id)
        ind = ind.sort_values("weight", ascending=False)
        # the two lists through numpy: two boolean .loc selections cost a switch a millisecond
        kinds = ind["kind"].to_numpy(dtype=object)
        terms = ind["term"].to_numpy(dtype=object)
        # the articles that mention the zone or hold its figures (its parks'
        # too) or its policies, in the order of the articles frame
        at = np.concatenate([
            self._article_positions(self.mentions, self._positions(self.mentions, "zone_id", zone_id)),
            self._article_positions(self.figures, own),
            self._article_positions(self.figures, park_positions),
            self._article_positions(self.policies, self._positions(self.policies, "zone_id", zone_id))])
        at = np.unique(at[at >= 0])
        articles = self.articles.iloc[at].reset_index(drop=True)
        parent = None
        if isinstance(zone["parent_id"], str) and zone["parent_id"]:
            try:
                parent = self.zone(zone["parent_id"])
            except KeyError:
                parent = None
        policy_positions = self._positions(self.policies, "zone_id", zone_id)
        sources = {
            "figures": RowSource(figures, *self._column_lists(self.figures),
                                 np.concatenate([own, park_positions]).tolist(), changed),
            "policies": RowSource(policies, *self._column_lists(self.policies),
                                  [] if policy_positions is None else policy_positions.tolist()),
            "articles": RowSource(articles, *self._column_lists(self.articles), at.tolist()),
        }
        sources = {k: v for k, v in sources.items() if list(v.frame.columns) == v.names}
        return ZoneProfile(
            zone=zone,
            figures=figures,
            policies=policies,
            industries=terms[kinds == "industry"].tolist(),
            keywords=terms[kinds == "keyword"].tolist(),
            articles=articles,
            parks=parks,
            parent=parent,
            sources=sources,
        )

    def compare(self, label: str, unit: str | None = None) -> pd.DataFrame:
        """All figures of one metric across zones (exact label; one unit)."""
        rows = self.figures[self.figures["label"] == label]
        if unit is not None:
            rows = rows[rows["unit"] == unit]
        return rows.merge(self.zones[["zone_id", "name"]], on="zone_id", how="left")

    def metrics(self) -> pd.DataFrame:
        """Labels measured in more than one zone, most widely shared first."""
        f = self.figures
        if f.empty:
            return pd.DataFrame({"label": [], "unit": [], "zones": []})
        g = f.groupby(["label", "unit"])["zone_id"].nunique().reset_index(name="zones")
        return g.sort_values(["zones", "label"], ascending=[False, True]).reset_index(drop=True)

    def search(self, query: str, width: int = 20, limit: int = 500) -> pd.DataFrame:
        """Keyword-in-context hits of `query` in every article's text."""
        cols = ["source_file", "article_id", "start", "end", "left", "match", "right"]
        query = query.strip()
        if not query:
            return pd.DataFrame(columns=cols)
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        rows = []
        for art in self.articles.itertuples(index=False):
            text = self.texts.get(art.source_file, "")
            for m in pattern.finditer(text, int(art.start), int(art.end)):
                left = text[max(int(art.start), m.start() - width):m.start()].replace("\n", " ")
                right = text[m.end():min(int(art.end), m.end() + width)].replace("\n", " ")
                rows.append((art.source_file, art.article_id, m.start(), m.end(), left, m.group(), right))
                if len(rows) >= limit:
                    return pd.DataFrame(rows, columns=cols)
        return pd.DataFrame(rows, columns=cols)

    # --- canonical indicators (indicators.py) --------------------------------
    def key_indicators(self, zone_id: str) -> pd.DataFrame:
        """The zone's canonical metrics: latest actual value, growth, target, sources."""
        from . import indicators
        return indicators.key_indicators(self, zone_id)

    def series(self, zone_id: str, metric: str) -> pd.DataFrame:
        """Every value of one metric for the zone, in lines per measure/basis/span."""
        from . import indicators
        return indicators.series(self, zone_id, metric)

    def compare_metric(self, metric: str, year: int | None = None, span: str | None = None,
                       basis: str = "actual", measure: str = "level") -> pd.DataFrame:
        """One row per zone for one canonical metric, period and basis, largest first."""
        from . import indicators
        return indicators.compare(self, metric, year, span, basis, measure)

    def conflicts(self) -> pd.DataFrame:
        """Figures of one zone, metric, period and basis on which articles disagree."""
        from . import indicators
        return indicators.conflicts(self)
