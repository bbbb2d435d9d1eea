"""How model values read on screen: numbers with their unit and qualifier,
and the model's code words (figure kind, policy kind) in the UI language.

Labels go through QCoreApplication.translate with literal strings so
pyside6-lupdate finds them; a dict built at call time follows the language
installed when the call happens.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

# qualifiers printed after the number ("7%以上", "10亿余元" reads as 10亿元余 here)
_SUFFIX_QUALIFIERS = {"以上", "余", "多", "左右", "以内", "以下", "上下", "有余"}
# units whose big values read better as 万/亿 (money and ordinary counts);
# percentages and physical units like GWh keep their number as printed
_NO_SCALING = {"%", "‰", "GWh", "MWh", "kWh", "GW", "MW", "kW", "倍", "个百分点"}


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def figure_kind_label(kind: str) -> str:
    labels = {
        "actual": translate("Labels", "actual"),
        "target": translate("Labels", "target"),
        "growth": translate("Labels", "growth"),
        "share": translate("Labels", "share"),
    }
    return labels.get(str(kind), str(kind))


def policy_kind_label(kind: str) -> str:
    labels = {
        "document": translate("Labels", "document"),
        "package": translate("Labels", "package"),
        "measure": translate("Labels", "measure"),
        "subsidy": translate("Labels", "subsidy"),
    }
    return labels.get(str(kind), str(kind))


def unit_family_label(family: str) -> str:
    labels = {
        "money": translate("Labels", "Money"),
        "count": translate("Labels", "Counts"),
        "percent": translate("Labels", "Percentages"),
        "other": translate("Labels", "Other"),
    }
    return labels.get(family, family)


def plain_number(x: float) -> str:
    """At most two decimals, no trailing zeros, no exponent."""
    if float(x).is_integer():
        return f"{int(x)}"
    return f"{x:.2f}".rstrip("0").rstrip(".")


def scaled(value: float, unit: str) -> str:
    """1.03e8 元 -> "1.03亿元", 12100 台/套 -> "1.21万台/套", 7 % -> "7%"."""
    if unit in _NO_SCALING or abs(value) < 10_000:
        return f"{plain_number(value)}{unit}"
    if abs(value) >= 100_000_000:
        return f"{plain_number(value / 100_000_000)}亿{unit}"
    return f"{plain_number(value / 10_000)}万{unit}"


def _is_null(value) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN and NaT differ from themselves
    except TypeError:  # pandas.NA refuses to be a bool
        return True


def is_missing(value) -> bool:
    if _is_null(value):
        return True
    try:
        return math.isnan(float(value))
    except (TypeError, ValueError):
        return True


def format_value(value, unit, qualifier="", raw="") -> str:
    """The value as an analyst reads it, qualifier in its place; the printed
    text when the number could not be normalised ("两位数")."""
    unit = "" if is_missing_text(unit) else str(unit)
    qualifier = "" if is_missing_text(qualifier) else str(qualifier)
    if is_missing(value):
        return "" if is_missing_text(raw) else str(raw)
    text = scaled(float(value), unit)
    if not qualifier:
        return text
    if qualifier in _SUFFIX_QUALIFIERS:
        return text + qualifier
    return qualifier + text


def is_missing_text(value) -> bool:
    return _is_null(value) or str(value) == ""


def text_or_empty(value) -> str:
    return "" if is_missing_text(value) else str(value)


def tooltip_html(title: str, *lines: str) -> str:
    """A tooltip that wraps: Qt wraps rich-text tooltips, never plain ones,
    and a source sentence is often longer than the screen is wide."""
    import html
    body = [f"<b>{html.escape(title)}</b>"] if title else []
    body += [html.escape(line) for line in lines if line]
    return "<p>" + "<br>".join(body) + "</p>"
