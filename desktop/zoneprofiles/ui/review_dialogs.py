"""The small dialogs of reviewing: a figure or a policy (to correct, or to
add from a selection in the source), a note, a zone to merge into or a name
to split off. Each checks what was typed before OK is enabled, so the store
is only ever handed values it accepts."""
from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from .formatting import plain_number, policy_kind_label, text_or_empty
from .profile_models import BASES, MEASURES, basis_label, measure_and_basis, measure_label

POLICY_KINDS = ("document", "package", "measure", "subsidy")
# units whose numbers are read as printed: 万/亿 would misread "30GWh" or "7%"
_UNSCALED = {"%", "‰", "倍", "个百分点", "GWh", "MWh", "kWh", "GW", "MW", "kW", "TWh"}


def parse_value(text: str) -> tuple[float | None, str]:
    """A typed value: '1026.5', '1,026.5', '1026.5亿', '1.2万家', '超2500家',
    or a fall: '-3.2', '−3.2%'. Returns (value, unit found in the text) or
    (None, '') when it is no number."""
    text = text.strip().replace("，", ",")
    if text[:1] in ("-", "\u2212", "－"):
        value, unit = parse_value(text[1:])
        return (None, "") if value is None else (-value, unit)
    if not text:
        return None, ""
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        value = None
    if value is not None:
        return (value, "") if math.isfinite(value) else (None, "")
    from zoneprofiles.extract.quantities import find_quantities
    found = find_quantities(text)
    # the whole text is the number, give or take a word typed around it (约, 共)
    if len(found) == 1 and len(text) - len(found[0].raw) <= 2:
        return found[0].value, found[0].unit
    return None, ""


def value_text(value, unit: str = "") -> str:
    """A value as the analyst would type it: 1.0265e11 元 -> '1026.5亿'."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return ""
    if not math.isfinite(number):
        return ""
    if unit not in _UNSCALED:
        # 万/亿 only where they read as printed: 1026.5亿, 1.21万, never 12345.6789万
        for scale, word, decimals in ((1e8, "亿", 4), (1e4, "万", 2)):
            scaled = number / scale
            if abs(number) >= scale and abs(round(scaled, decimals) - scaled) < 1e-9 * abs(scaled):
                return plain_number_exact(scaled) + word
    return plain_number_exact(number)


def plain_number_exact(x: float) -> str:
    """Up to six decimals, no exponent, no trailing zeros."""
    if float(x).is_integer():
        return str(int(x))
    return f"{x:.6f}".rstrip("0").rstrip(".") or plain_number(x)


def zone_combo(zones: list[str], current: str) -> QComboBox:
    """A zone chosen from the list, or a new name typed in."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(zones)
    combo.setCurrentText(current)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
    return combo


def _kind_combo(kinds, label_of, current: str) -> QComboBox:
    combo = QComboBox()
    for kind in kinds:
        combo.addItem(label_of(kind), kind)
    if current and combo.findData(current) < 0:
        combo.addItem(current, current)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class _FormDialog(QDialog):
    """A form with an explanation on top, an error line and OK/Cancel."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color:#c92a2a;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def ok_button(self):
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _quote_label(self, quote: str) -> QLabel:
        label = QLabel(quote)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet("background-color:#fff1b8; padding:2px;")
        return label

    def validate(self) -> None:
        problem = self.problem()
        self.error.setText(problem)
        self.ok_button().setEnabled(not problem)

    def problem(self) -> str:
        return ""

    def accept(self) -> None:
        if not self.problem():
            super().accept()


def _metric_combo(current: str) -> QComboBox:
    """A metric of the vocabulary (resources/metrics.tsv and the user's own),
    or any name typed in; empty for none."""
    from zoneprofiles.extract.metrics import default_metrics
    combo = zone_combo(["", *default_metrics().names], current)
    combo.lineEdit().setPlaceholderText(QCoreApplication.translate(
        "FigureDialog", "none: no known metric fits"))
    return combo


class FigureDialog(_FormDialog):
    """Correct a figure, or add one read from a selection."""

    TEXT_FIELDS = ("metric", "label", "unit", "qualifier", "period", "subject", "zone")

    def __init__(self, title: str, explanation: str, quote: str, initial: dict,
                 zones: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, explanation, parent)
        self.initial = dict(initial)
        unit = text_or_empty(initial.get("unit"))
        self.metric_combo = _metric_combo(text_or_empty(initial.get("metric")))
        self.label_edit = QLineEdit(text_or_empty(initial.get("label")))
        self.value_edit = QLineEdit(value_text(initial.get("value"), unit))
        self.value_edit.setPlaceholderText(self.tr("e.g. 1026.5亿 or 2500; a fall: -3.2"))
        self.unit_edit = QLineEdit(unit)
        self.unit_edit.setPlaceholderText(self.tr("e.g. 元, 家, %"))
        self.qualifier_edit = QLineEdit(text_or_empty(initial.get("qualifier")))
        self.qualifier_edit.setPlaceholderText(self.tr("e.g. 约, 超, 以上"))
        self.period_edit = QLineEdit(text_or_empty(initial.get("period")))
        measure, basis = measure_and_basis(initial)
        self.initial_marks = (measure, basis)
        self.measure_combo = _kind_combo(MEASURES, measure_label, measure)
        self.basis_combo = _kind_combo(BASES, basis_label, basis)
        self.subject_edit = QLineEdit(text_or_empty(initial.get("subject")))
        self.subject_edit.setPlaceholderText(self.tr("empty: the zone itself; else the company, "
                                                     "project or park"))
        self.zone_combo = zone_combo(zones, text_or_empty(initial.get("zone")))
        self.form.addRow(self.tr("As printed:"), self._quote_label(quote))
        self.form.addRow(self.tr("M&etric:"), self.metric_combo)
        self.form.addRow(self.tr("Printed &name:"), self.label_edit)
        self.form.addRow(self.tr("&Value:"), self.value_edit)
        self.form.addRow(self.tr("&Unit:"), self.unit_edit)
        self.form.addRow(self.tr("&Qualifier:"), self.qualifier_edit)
        self.form.addRow(self.tr("&Period:"), self.period_edit)
        self.form.addRow(self.tr("Measure&d as:"), self.measure_combo)
        self.form.addRow(self.tr("&Basis:"), self.basis_combo)
        self.form.addRow(self.tr("&About:"), self.subject_edit)
        self.form.addRow(self.tr("&Zone:"), self.zone_combo)
        for edit in (self.label_edit, self.value_edit, self.unit_edit):
            edit.textChanged.connect(self.validate)
        self.zone_combo.editTextChanged.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        if not self.label_edit.text().strip():
            return self.tr("Say what the figure measures.")
        value, _unit = parse_value(self.value_edit.text())
        if value is None:
            return self.tr("The value must be a number, such as 1026.5亿 or 2500.")
        if not self.zone_combo.currentText().strip():
            return self.tr("Choose the zone the figure belongs to.")
        return ""

    def values(self) -> dict:
        from zoneprofiles.extract.figures import kind_of
        value, found_unit = parse_value(self.value_edit.text())
        measure, basis = self.measure_combo.currentData(), self.basis_combo.currentData()
        return {"metric": self.metric_combo.currentText().strip(),
                "label": self.label_edit.text().strip(), "value": value,
                "unit": self.unit_edit.text().strip() or found_unit,
                "qualifier": self.qualifier_edit.text().strip(),
                "period": self.period_edit.text().strip(),
                "measure": measure, "basis": basis, "kind": kind_of(measure, basis),
                "subject": self.subject_edit.text().strip(),
                "zone": self.zone_combo.currentText().strip()}

    def changes(self) -> dict:
        """Only the fields the analyst changed (for a correction); a changed
        measure or basis is saved with the other and the kind they make."""
        new, old = self.values(), self.initial
        out = {}
        for name in self.TEXT_FIELDS:
            if new[name] != text_or_empty(old.get(name)):
                out[name] = new[name]
        if (new["measure"], new["basis"]) != self.initial_marks:
            out.update(measure=new["measure"], basis=new["basis"], kind=new["kind"])
        try:
            same = math.isclose(float(old.get("value")), new["value"], rel_tol=1e-9)
        except (TypeError, ValueError):
            same = False
        if not same:
            out["value"] = new["value"]
        return out


class PolicyDialog(_FormDialog):
    def __init__(self, title: str, explanation: str, quote: str, initial: dict,
                 zones: list[str], parent: QWidget | None = None) -> None:
        super().__init__(title, explanation, parent)
        self.initial = dict(initial)
        self.title_edit = QLineEdit(text_or_empty(initial.get("title")))
        self.kind_combo = _kind_combo(POLICY_KINDS, policy_kind_label,
                                      text_or_empty(initial.get("kind")) or "measure")
        self.zone_combo = zone_combo(zones, text_or_empty(initial.get("zone")))
        self.form.addRow(self.tr("As printed:"), self._quote_label(quote))
        self.form.addRow(self.tr("&Title:"), self.title_edit)
        self.form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.form.addRow(self.tr("&Zone:"), self.zone_combo)
        self.title_edit.textChanged.connect(self.validate)
        self.zone_combo.editTextChanged.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        if not self.title_edit.text().strip():
            return self.tr("The policy needs a title.")
        if not self.zone_combo.currentText().strip():
            return self.tr("Choose the zone the policy belongs to.")
        return ""

    def values(self) -> dict:
        return {"title": self.title_edit.text().strip(), "kind": self.kind_combo.currentData(),
                "zone": self.zone_combo.currentText().strip()}

    def changes(self) -> dict:
        new = self.values()
        return {k: v for k, v in new.items() if v != text_or_empty(self.initial.get(k))}


class NoteDialog(_FormDialog):
    def __init__(self, title: str, text: str, zone: str, zones: list[str], quote: str = "",
                 parent: QWidget | None = None, zone_fixed: bool = False) -> None:
        super().__init__(title, "", parent)
        self.explanation.hide()
        self.text_edit = QPlainTextEdit(text)
        self.text_edit.setTabChangesFocus(True)
        self.zone_combo = zone_combo(zones, zone)
        self.zone_combo.setEnabled(not zone_fixed)
        self.form.addRow(self.tr("&Zone:"), self.zone_combo)
        if quote:
            self.form.addRow(self.tr("Pinned to:"), self._quote_label(quote))
        self.form.addRow(self.tr("&Note:"), self.text_edit)
        self.text_edit.textChanged.connect(self.validate)
        self.zone_combo.editTextChanged.connect(self.validate)
        self.text_edit.setFocus()
        self.validate()
        if not text:  # nothing typed yet is no mistake: OK waits, the error waits for typing
            self.error.clear()

    def problem(self) -> str:
        if not self.text_edit.toPlainText().strip():
            return self.tr("Write the note.")
        if not self.zone_combo.currentText().strip():
            return self.tr("Choose the zone the note is about.")
        return ""

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def zone(self) -> str:
        return self.zone_combo.currentText().strip()


class ChoiceDialog(_FormDialog):
    """One name chosen from a list: the zone to merge into, the name to split off."""

    def __init__(self, title: str, explanation: str, prompt: str, choices: list[str],
                 parent: QWidget | None = None, editable: bool = True,
                 refuse: set[str] | None = None) -> None:
        super().__init__(title, explanation, parent)
        self._refuse = refuse or set()
        self.combo = zone_combo(choices, choices[0] if choices else "")
        self.combo.setEditable(editable)
        self.form.addRow(prompt, self.combo)
        self.combo.editTextChanged.connect(self.validate)
        self.combo.currentIndexChanged.connect(self.validate)
        self.validate()

    def problem(self) -> str:
        choice = self.choice()
        if not choice:
            return self.tr("Choose a name.")
        if choice in self._refuse:
            return self.tr("Choose another zone than this one.")
        return ""

    def choice(self) -> str:
        return self.combo.currentText().strip()


# --- what a selection in the source already says ------------------------------------

def _clause_start(text: str, lo: int, pos: int) -> int:
    """Start of the clause that ends at `pos` (after the last comma-like mark)."""
    for i in range(pos - 1, lo - 1, -1):
        if text[i] in ",，;；:：、。!?！？()（）“”\"\n":
            return i + 1
    return lo


def figure_from_selection(text: str, start: int, end: int) -> dict:
    """What the extractor would have read from the selected text[start:end]:
    the first quantity in it (its span becomes the figure's), what it
    measures (the printed label and its metric), its period, measure, basis
    and kind, judged from the sentence around it; a fall (下降3.2%) is
    negative. Keys: start, end, raw, value, unit, qualifier, label, metric,
    period, measure, basis, kind; value is None when the selection holds no
    number."""
    from zoneprofiles.extract.figures import basis_for, kind_of, label_for, measure_for
    from zoneprofiles.extract.metrics import default_metrics
    from zoneprofiles.extract.periods import find_periods
    from zoneprofiles.extract.quantities import find_quantities
    from zoneprofiles.userdata.anchors import sentence_around

    out = {"start": start, "end": end, "raw": text[start:end], "value": None, "unit": "",
           "qualifier": "", "label": "", "metric": "", "period": "", "measure": "level",
           "basis": "actual", "kind": "actual"}
    found = [q for q in find_quantities(text[start:end]) if q.unit] or \
        find_quantities(text[start:end])
    if not found:
        return out
    q = found[0]
    qs, qe = start + q.start, start + q.end
    _sentence, lo, hi = sentence_around(text, qs, qe)
    periods = [(lo + p.start, lo + p.end, p.label) for p in find_periods(text[lo:hi])]
    label = label_for(text, lo, hi, qs, qe, [(s, e) for s, e, _ in periods])
    before = [p for p in periods if p[1] <= qs]
    after = [p for p in periods if qe <= p[0] <= qe + 2]
    period = before[-1][2] if before else (after[0][2] if after else "")
    measure, sign = measure_for(text[_clause_start(text, lo, qs):qs], q)
    basis = basis_for(text[lo:qs])
    value = q.value * sign if q.value is not None else None
    out.update(start=qs, end=qe, raw=text[qs:qe], value=value, unit=q.unit,
               qualifier=q.qualifier, label=label, metric=default_metrics().metric_for(label),
               period=period, measure=measure, basis=basis, kind=kind_of(measure, basis))
    return out


def policy_from_selection(selected: str) -> dict:
    """Title and kind of a selected policy name: 《…》 is a document, “…十条”
    a package, a subsidy says so; anything else is a measure."""
    title = selected.strip().strip("《》“”\"「」'‘’ ")
    if selected.strip().startswith("《"):
        kind = "document"
    elif title.endswith("条"):
        kind = "package"
    elif any(word in title for word in ("补贴", "补助", "奖励", "资助")):
        kind = "subsidy"
    else:
        kind = "measure"
    return {"title": title, "kind": kind}
