"""When an article was written and when its figures are about: the glue
between the document, the article-date reader (dates.py) and the period
resolver (period_resolve.py), in the form the pipeline's rows take."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .dates import article_date
from .period_resolve import resolve

_HEAD = 400  # a dateline or page header stands near an article's start


def article_dates(doc, path) -> dict[int, tuple[str, str, str]]:
    """article index -> (ISO date or "", where it came from, outlet). A page
    header before the first article dates every article of the page that
    prints no date of its own, else the date the article before it printed;
    the time of the file at `path` is the last resort."""
    try:
        mtime = path.stat().st_mtime if path is not None else None
    except OSError:
        mtime = None
    out: dict[int, tuple[str, str, str]] = {}
    page = None
    first = doc.articles[0].start if doc.articles else 0
    if first > 0:
        found = article_date(doc.text[:first][:_HEAD])
        if found.date is not None:
            page = found
    before = None  # the last date an article before this one printed
    for a in doc.articles:
        head = doc.text[a.start:min(a.end, a.start + _HEAD)]
        tail = doc.text[max(a.start, a.end - 120):a.end]
        found = article_date(head + "\n" + tail if a.end - a.start > _HEAD else head)
        outlet = found.outlet
        if found.date is None and page is not None:
            found, outlet = page, outlet or page.outlet
        if found.date is None and before is not None:
            # a story printing no date after one that did: the same page or feed,
            # or a sub-heading of that story read as a story of its own
            found, outlet = before, outlet or before.outlet
        if found.date is not None:
            before = found
        if found.date is None and mtime is not None:
            found = article_date("", mtime)
        date = found.date.isoformat() if found.date else ""
        out[a.index] = (date, found.source if found.date else "", outlet)
    return out


def period_when(period: str, article: tuple[str, str, str]) -> tuple[object, str]:
    """(year or None, span) of a figure's printed period against its
    article's date. A date taken from the file's time only says when the
    file was saved: 今年 is not resolved against it."""
    iso_date, source, _outlet = article
    return _when(period, iso_date if source != "file" else "")


@lru_cache(maxsize=4096)
def _when(period: str, iso_date: str) -> tuple[object, str]:
    if not period:
        return None, ""
    date = dt.date.fromisoformat(iso_date) if iso_date else None
    r = resolve(period, date)
    return r.year, r.span
