"""Reviewing what was extracted: confirm, reject or correct a figure or a
policy, add one the extractor missed from a selection in the source, notes
on a zone, merging and splitting zones, and undoing the last of these (and
redoing what was undone).

Every change goes straight to the user-data store (saved before the call
returns), then the window lays the store over the extracted corpus again,
so the profile, the charts, printing and export all show it at once. The
undo list is this session's: each entry knows how to take its change back
and how to make it again (Redo); a new change empties the redo list.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from .formatting import format_value, text_or_empty
from .item_kinds import FIGURE, POLICY

# the dialogs and message boxes are imported by the methods that open them,
# so that the window paints without them

translate = QCoreApplication.translate


# NamedTuples rather than dataclasses: importing dataclasses costs the first
# paint milliseconds, and these records never change
class ReviewActions(NamedTuple):
    confirm: QAction
    reject: QAction
    correct: QAction
    add_figure: QAction
    add_policy: QAction
    add_note: QAction
    merge: QAction
    split: QAction
    undo: QAction
    redo: QAction
    show_rejected: QAction
    orphans: QAction


class Focus(NamedTuple):
    """What to show again once the corpus is refreshed."""

    zone: str = ""
    kind: str = ""
    source_file: str = ""
    start: int = -1
    end: int = -1


def _action(window, text: str, shortcut, tip: str, slot) -> QAction:
    action = QAction(text, window)
    if shortcut:
        # the same as setShortcut(); that one's overloads make PySide create the
        # ~90 enums of Qt's namespace, which the first paint does without
        action.setShortcuts([QKeySequence(shortcut)])
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})"
    action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def _describe(kind: str, row: dict) -> str:
    if kind == FIGURE:
        value = format_value(row.get("value"), row.get("unit"), row.get("qualifier"), row.get("raw"))
        return f"{text_or_empty(row.get('label'))} {value}".strip()
    return text_or_empty(row.get("title"))


class ReviewController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.w = window
        # (what, take it back, make it again, what to show when it is made again)
        self._undo: list[tuple[str, Callable[[], object], Callable[[], object], Focus | None]] = []
        self._redo: list[tuple[str, Callable[[], object], Callable[[], object], Focus | None]] = []
        self.acts = self._create_actions()
        self._attached = False

    def attach_panes(self) -> None:
        """Give the window's panes their review actions and context menus:
        called once the panes are built, which is after the first paint."""
        if self._attached:
            return
        self._attached = True
        window, a = self.w, self.acts
        window.profile.when_built(self._wire_profile)  # its lists and notes come later
        window.source.set_menu_actions([a.add_figure, a.add_policy, a.add_note])
        window.source.editor.selectionChanged.connect(self.update_actions)
        from PySide6.QtCore import Qt  # not before the first paint (history.add_icons)
        view = window.zone_list.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([a.merge, a.split, a.add_note])

    def _wire_profile(self, profile) -> None:
        a = self.acts
        profile.set_review_actions([a.confirm, a.reject, a.correct, a.show_rejected],
                                   [a.confirm, a.reject, a.correct, None, a.undo, a.redo])
        profile.notes.add_requested.connect(self.add_note)
        profile.notes.edit_requested.connect(self.edit_note)
        profile.notes.delete_requested.connect(self.delete_note)
        profile.notes.passage_requested.connect(
            lambda f, s, e: self.w.source.show_span(f, (s, e)))

    def _create_actions(self) -> ReviewActions:
        w = self.w
        acts = ReviewActions(
            confirm=_action(w, translate("Review", "&Confirm"), "Ctrl+Return",
                            translate("Review", "Mark the selected figure or policy as checked and right"),
                            self.confirm),
            reject=_action(w, translate("Review", "&Reject"), "Ctrl+Delete",
                           translate("Review", "The selected figure or policy is wrong: hide it everywhere"),
                           self.reject),
            correct=_action(w, translate("Review", "C&orrect…"), "F2",
                            translate("Review", "Correct the selected figure (metric, value, kind, period, "
                                "what it is about, zone) or the selected policy"), self.correct),
            add_figure=_action(w, translate("Review", "Add &Figure from Selection…"), "Ctrl+Shift+F",
                               translate("Review", "Add a figure the extractor missed, from the text selected "
                                   "in the source"), self.add_figure),
            add_policy=_action(w, translate("Review", "Add &Policy from Selection…"), "Ctrl+Shift+P",
                               translate("Review", "Add a policy the extractor missed, from the text selected "
                                   "in the source"), self.add_policy),
            add_note=_action(w, translate("Review", "Add &Note…"), "Ctrl+Shift+N",
                             translate("Review", "Write a note on the zone, pinned to the text selected in the "
                                 "source if there is one"), self.add_note),
            merge=_action(w, translate("Review", "&Merge Zone into…"), "Ctrl+Shift+M",
                          translate("Review", "The selected zone is the same as another: fold it in"), self.merge),
            split=_action(w, translate("Review", "&Split Zone…"), "Ctrl+Shift+K",
                          translate("Review", "A name of the selected zone is a zone of its own: separate it"),
                          self.split),
            undo=_action(w, translate("Review", "&Undo"), QKeySequence.StandardKey.Undo,
                         translate("Review", "Take back your last change"), self.undo),
            redo=_action(w, translate("Review", "&Redo"), "Ctrl+Shift+Z",
                         translate("Review", "Make again the change you took back"), self.redo),
            show_rejected=_action(w, translate("Review", "Show &Rejected"), "Ctrl+Shift+R",
                                  translate("Review", "List rejected figures and policies too, struck through"),
                                  self._toggle_rejected),
            orphans=_action(w, translate("Review", "&Work That Lost Its Place…"), None,
                            translate("Review", "Notes and corrections whose article text has changed"),
                            self.show_orphans),
        )
        acts.show_rejected.setCheckable(True)
        acts.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        return acts

    # --- state ---------------------------------------------------------------------------
    def _store(self):
        return self.w.userdata.store()

    def _selected(self) -> tuple[str, dict] | None:
        item = self.w.profile.selected_item()
        if item is None or item[0] not in (FIGURE, POLICY) or self.w.corpus is None:
            return None
        return item

    def _zone_names(self) -> list[str]:
        corpus = self.w.corpus
        return [] if corpus is None else sorted(text_or_empty(n) for n in corpus.zones["name"])

    def _zone_row(self) -> dict | None:
        zone_id = self.w.profile.zone_id()
        if not zone_id or self.w.corpus is None:
            return None
        try:  # through the corpus's zone index: a mask over the zones cost each switch a millisecond
            return self.w.corpus.zone(zone_id).to_dict()
        except KeyError:
            return None

    def update_actions(self) -> None:
        a = self.acts
        has_corpus = self.w.corpus is not None
        item = self._selected()
        rejected = item is not None and item[1].get("status") == "rejected"
        a.confirm.setEnabled(item is not None and item[1].get("status") != "confirmed")
        a.confirm.setText(translate("Review", "&Restore") if rejected else translate("Review", "&Confirm"))
        a.reject.setEnabled(item is not None and not rejected)
        a.correct.setEnabled(item is not None and not rejected)
        selected = has_corpus and self.w.source.selection() is not None
        a.add_figure.setEnabled(selected)
        a.add_policy.setEnabled(selected)
        zone = self._zone_row()
        a.add_note.setEnabled(has_corpus and (zone is not None or selected))
        a.merge.setEnabled(zone is not None and len(self.w.corpus.zones) > 1)
        a.split.setEnabled(zone is not None and bool(self._split_names(zone)))
        a.undo.setEnabled(bool(self._undo))
        a.undo.setText(translate("Review", "&Undo: {what}").format(what=self._undo[-1][0]) if self._undo
                       else translate("Review", "&Undo"))
        a.redo.setEnabled(bool(self._redo))
        a.redo.setText(translate("Review", "&Redo: {what}").format(what=self._redo[-1][0]) if self._redo
                       else translate("Review", "&Redo"))
        a.orphans.setEnabled(has_corpus)

    # --- making a change ---------------------------------------------------------------
    def _change(self, describe: str, make: Callable[[], object],
                undo_of: Callable[[object], tuple[Callable[[], object], Callable[[], object]]],
                focus: Focus | None, message: str = "") -> bool:
        """Make one change in the store; on success remember how to undo it
        and redo it (`undo_of(result)` gives both) and show the corpus with it.
        The store refuses bad values with a sentence."""
        try:
            result = make()
        except (ValueError, KeyError) as exc:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(self.w, translate("Review", "Not saved"),
                                translate("Review", "The change was not saved: {reason}").format(reason=exc))
            return False
        take_back, make_again = undo_of(result)
        self._undo.append((describe, take_back, make_again, focus))
        self._redo.clear()
        self.w.refresh_userdata(focus)
        self.w.statusBar().showMessage(
            (message or translate("Review", "Saved: {what}.").format(what=describe)) + " "
            + translate("Review", "Ctrl+Z takes it back."), 8000)
        self.update_actions()
        return True

    def _undo_id(self, change_id) -> tuple[Callable[[], object], Callable[[], object]]:
        """Undo forgets the change; redo puts it back under its old id."""
        store = self._store()
        kept = store.get(change_id)
        return (lambda: store.undo(change_id)), (lambda: store.restore(kept))

    def _item_focus(self, kind: str, row: dict, zone: str = "") -> Focus:
        return Focus(zone or text_or_empty(row.get("zone_id")), kind,
                     text_or_empty(row.get("source_file")), int(row["start"]), int(row["end"]))

    def _key(self, row: dict):
        from zoneprofiles.userdata import key_for
        return key_for(self.w.corpus, row)

    def confirm(self) -> None:
        item = self._selected()
        if item is None:
            return
        kind, row = item
        store, key = self._store(), self._key(row)
        make = store.confirm_figure if kind == FIGURE else store.confirm_policy
        if row.get("status") == "rejected":
            what = translate("Review", "Restored “{item}”").format(item=_describe(kind, row))
        else:
            what = translate("Review", "Confirmed “{item}”").format(item=_describe(kind, row))
        self._change(what, lambda: make(key), self._undo_id, self._item_focus(kind, row))

    def reject(self) -> None:
        item = self._selected()
        if item is None:
            return
        kind, row = item
        store, key = self._store(), self._key(row)
        make = store.reject_figure if kind == FIGURE else store.reject_policy
        what = translate("Review", "Rejected “{item}”").format(item=_describe(kind, row))
        # the next row is selected (the one above after the last), to go on reviewing
        after = self._next_row(kind)
        focus = (self._item_focus(kind, after, self.w.profile.zone_id()) if after is not None
                 else Focus(self.w.profile.zone_id() or text_or_empty(row.get("zone_id"))))
        self._change(what, lambda: make(key), self._undo_id, focus,
                     translate("Review", "Rejected “{item}”: it is no longer shown.").format(
                         item=_describe(kind, row)))

    def _next_row(self, kind: str) -> dict | None:
        """The row below the selected one in the list shown (above it for the last)."""
        from .profile_models import RowRole
        view = self.w.profile.figure_view if kind == FIGURE else self.w.profile.policy_view
        model, current = view.model(), view.selectionModel().currentIndex()
        if not current.isValid():
            return None
        for r in (current.row() + 1, current.row() - 1):
            if 0 <= r < model.rowCount():
                row = model.index(r, 0).data(RowRole)
                if row is not None:
                    return row
        return None

    def correct(self) -> None:
        from .review_dialogs import FigureDialog, PolicyDialog
        item = self._selected()
        if item is None:
            return
        kind, row = item
        zone = text_or_empty(row.get("zone_id"))
        quote = text_or_empty(row.get("raw")) or self.w.corpus.texts[
            text_or_empty(row.get("source_file"))][int(row["start"]):int(row["end"])]
        initial = dict(row, zone=zone, subject=self._own_subject(row))
        explanation = translate("Review", "Change what is wrong; the article is not changed. The profile, "
                          "charts and print show your values, marked as changed by hand.")
        if kind == FIGURE:
            dialog = FigureDialog(translate("Review", "Correct Figure"), explanation, quote, initial,
                                  self._zone_names(), self.w)
        else:
            dialog = PolicyDialog(translate("Review", "Correct Policy"), explanation, quote, initial,
                                  self._zone_names(), self.w)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        changes = dialog.changes()
        if not changes:
            return
        store, key = self._store(), self._key(row)
        if kind == FIGURE:
            make = lambda: store.correct_figure(key, **changes)  # noqa: E731
        else:
            make = lambda: store.correct_policy(key, **changes)  # noqa: E731
        what = translate("Review", "Corrected “{item}”").format(item=_describe(kind, row))
        # the profile stays where the figure was corrected (a park's, in its
        # parent's profile) unless the figure moved to another zone
        self._change(what, make, self._undo_id,
                     self._item_focus(kind, row, changes.get("zone", "")
                                      or self.w.profile.zone_id()))

    def _own_subject(self, row: dict) -> str:
        """The figure's own subject: in a parent's profile a park's figure is
        shown under the park's name, which is its zone, not its subject."""
        subject = text_or_empty(row.get("subject"))
        zone_id = text_or_empty(row.get("zone_id"))
        if not subject or zone_id == self.w.profile.zone_id() or self.w.corpus is None:
            return subject
        zones = self.w.corpus.zones
        names = set(zones.loc[zones["zone_id"] == zone_id, "name"]) | {zone_id}
        for name in names:
            if subject == name:
                return ""
            if subject.startswith(f"{name}·"):
                return subject[len(name) + 1:]
        return subject

    # --- adding from a selection in the source ----------------------------------------------
    def _selection(self):
        picked = self.w.source.selection()
        if picked is None:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.information(self.w, translate("Review", "Select text first"), translate("Review", 
                "Select the words in the source text first, then choose this again."))
        return picked

    def _zone_near(self, source_file: str, pos: int) -> str:
        """The zone named last before `pos` in the same article, else the zone shown."""
        corpus = self.w.corpus
        articles = corpus.articles[(corpus.articles["source_file"] == source_file)
                                   & (corpus.articles["start"] <= pos)
                                   & (corpus.articles["end"] > pos)]
        lo = int(articles.iloc[0]["start"]) if not articles.empty else 0
        m = corpus.mentions
        if not m.empty:
            m = m[(m["source_file"] == source_file) & (m["start"] <= pos) & (m["start"] >= lo)]
        if not m.empty:
            zone_id = str(m.sort_values("start").iloc[-1]["zone_id"])
            if zone_id in set(corpus.zones["zone_id"]):
                return zone_id
        return self.w.profile.zone_id()

    def add_figure(self) -> None:
        from .review_dialogs import FigureDialog, figure_from_selection
        picked = self._selection()
        if picked is None:
            return
        source_file, start, end, selected = picked
        text = self.w.corpus.texts[source_file]
        guess = figure_from_selection(text, start, end)
        guess["zone"] = self._zone_near(source_file, guess["start"])
        dialog = FigureDialog(translate("Review", "Add Figure"), translate("Review", 
            "A figure the extractor missed, read from the selected text. Check the values."),
            guess["raw"], guess, self._zone_names(), self.w)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        v = dialog.values()
        from zoneprofiles.userdata import text_hash
        s, e = guess["start"], guess["end"]
        store = self._store()
        make = lambda: store.add_figure(text_hash(text), source_file, s, e, text[s:e],  # noqa: E731
                                        v["zone"], v["label"], v["value"], v["unit"], v["period"],
                                        v["kind"], metric=v["metric"], measure=v["measure"],
                                        basis=v["basis"], subject=v["subject"],
                                        qualifier=v["qualifier"])
        what = translate("Review", "Added the figure “{label}”").format(label=v["label"])
        self._change(what, make, self._undo_id, Focus(v["zone"], FIGURE, source_file, s, e))

    def add_policy(self) -> None:
        from .review_dialogs import PolicyDialog, policy_from_selection
        picked = self._selection()
        if picked is None:
            return
        source_file, start, end, selected = picked
        text = self.w.corpus.texts[source_file]
        guess = policy_from_selection(selected)
        guess["zone"] = self._zone_near(source_file, start)
        dialog = PolicyDialog(translate("Review", "Add Policy"), translate("Review", 
            "A policy the extractor missed, read from the selected text."), selected, guess,
            self._zone_names(), self.w)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        v = dialog.values()
        from zoneprofiles.userdata import text_hash
        store = self._store()
        make = lambda: store.add_policy(text_hash(text), source_file, start, end,  # noqa: E731
                                        v["title"], v["zone"], v["kind"], quote=selected)
        what = translate("Review", "Added the policy “{title}”").format(title=v["title"])
        self._change(what, make, self._undo_id, Focus(v["zone"], POLICY, source_file, start, end))

    # --- notes -------------------------------------------------------------------------------
    def add_note(self) -> None:
        from .review_dialogs import NoteDialog
        if self.w.corpus is None:
            return
        picked = self.w.source.selection()
        anchor, quote = None, ""
        zone = self.w.profile.zone_id()
        if picked is not None:
            from zoneprofiles.userdata import anchor_at
            source_file, start, end, quote = picked
            anchor = anchor_at(self.w.corpus.texts[source_file], source_file, start, end)
            zone = zone or self._zone_near(source_file, start)
        dialog = NoteDialog(translate("Review", "Add Note"), "", zone, self._zone_names(), quote, self.w)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        text, zone = dialog.text(), dialog.zone()
        store = self._store()
        short = text if len(text) <= 20 else text[:19] + "…"
        self._change(translate("Review", "Note “{text}”").format(text=short),
                     lambda: store.add_note(zone, text, anchor=anchor), self._undo_id,
                     Focus(zone), translate("Review", "Note saved on {zone}.").format(zone=zone))
        self.w.profile.tabs.setCurrentWidget(self.w.profile.notes)

    def edit_note(self, row: dict) -> None:
        from .review_dialogs import NoteDialog
        note_id, old = int(row["note_id"]), text_or_empty(row.get("text"))
        zone = text_or_empty(row.get("zone_id"))
        dialog = NoteDialog(translate("Review", "Edit Note"), old, zone, self._zone_names(),
                            text_or_empty(row.get("quote")), self.w, zone_fixed=True)
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.text() == old:
            return
        new, store = dialog.text(), self._store()
        self._change(translate("Review", "Edited a note"), lambda: store.edit_note(note_id, new),
                     lambda _r: ((lambda: store.edit_note(note_id, old)),
                                 (lambda: store.edit_note(note_id, new))), Focus(zone))
        self.w.profile.notes.select_note(note_id)

    def delete_note(self, row: dict) -> None:
        store = self._store()
        kept = store.get(int(row["note_id"]))
        if kept is None:
            return
        self._change(translate("Review", "Deleted a note"), lambda: store.delete_note(kept.id),
                     lambda _r: ((lambda: store.restore(kept)), (lambda: store.delete_note(kept.id))),
                     Focus(text_or_empty(row.get("zone_id"))),
                     translate("Review", "Note deleted."))

    # --- zones --------------------------------------------------------------------------------
    def _split_names(self, zone: dict) -> list[str]:
        """Names the zone could be split into: the analyst's merges first."""
        merged = [n for n in text_or_empty(zone.get("merged")).split("|") if n]
        name = text_or_empty(zone.get("name"))
        aliases = [n for n in text_or_empty(zone.get("aliases")).split("|")
                   if n and n != name and n not in merged]
        return merged + aliases

    def merge(self) -> None:
        from .review_dialogs import ChoiceDialog
        zone = self._zone_row()
        if zone is None:
            return
        name = text_or_empty(zone.get("name"))
        from .zone_list import merge_candidates  # the likeliest zone first: same city, like name
        others = [n for n in merge_candidates(self.w.corpus.zones, str(zone["zone_id"])) if n != name]
        dialog = ChoiceDialog(
            translate("Review", "Merge Zone"),
            translate("Review", "{zone} is the same zone as the one you choose: its name becomes an alias "
                "there, and its figures, policies and articles move there. Split it again "
                "at any time.").format(zone=name),
            translate("Review", "Merge into:"), others, self.w, refuse={name})
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        target, store = dialog.choice(), self._store()
        self._change(translate("Review", "Merged {zone} into {target}").format(zone=name, target=target),
                     lambda: store.merge_zones(name, target), self._undo_id, Focus(target))

    def split(self) -> None:
        from .review_dialogs import ChoiceDialog
        zone = self._zone_row()
        if zone is None:
            return
        names = self._split_names(zone)
        if not names:
            return
        name = text_or_empty(zone.get("name"))
        dialog = ChoiceDialog(
            translate("Review", "Split Zone"),
            translate("Review", "The name you choose becomes a zone of its own, with the mentions and items "
                "that use it."),
            translate("Review", "Split off:"), names, self.w, editable=False)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        part, store = dialog.choice(), self._store()
        self._change(translate("Review", "Split {part} off {zone}").format(part=part, zone=name),
                     lambda: store.split_zone(part), self._undo_id, Focus(part))

    # --- sources that disagree -----------------------------------------------------------------
    def choose(self, row: dict) -> None:
        """Conflicts ▸ Use This Value: this article's value is the one shown."""
        if self.w.corpus is None:
            return
        store, key = self._store(), self._key(row)
        what = translate("Review", "Chose {value} for {zone} {metric} {period}").format(
            value=format_value(row.get("value"), row.get("unit"), row.get("qualifier"),
                               row.get("raw")),
            zone=text_or_empty(row.get("zone")), metric=text_or_empty(row.get("metric")),
            period=text_or_empty(row.get("period_label")))
        group = text_or_empty(row.get("conflict_id"))
        if self._change(what, lambda: store.choose_figure(key, group), self._undo_id,
                        self._item_focus(FIGURE, row)):
            self.w.conflicts.select_figure(self._figure_at(row))

    def _figure_at(self, row: dict):
        """The id of the figure at the row's place in the corpus shown now."""
        f = self.w.corpus.figures
        hit = f[(f["source_file"] == row.get("source_file")) & (f["start"] == row.get("start"))
                & (f["end"] == row.get("end"))]
        return hit["figure_id"].iloc[0] if len(hit) else None

    # --- undo, rejected, orphans ----------------------------------------------------------------
    def undo(self) -> None:
        if not self._undo:
            return
        step = self._undo.pop()
        what, take_back = step[0], step[1]
        try:
            take_back()
        except (ValueError, KeyError) as exc:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(self.w, translate("Review", "Not undone"), str(exc))
        else:
            self._redo.append(step)
        self.w.refresh_userdata(None)
        self.w.statusBar().showMessage(
            translate("Review", "Undone: {what}.").format(what=what) + " "
            + translate("Review", "Ctrl+Shift+Z makes it again."), 8000)
        self.update_actions()

    def redo(self) -> None:
        """Make again the change Undo took back last."""
        if not self._redo:
            return
        step = self._redo.pop()
        what, make_again, focus = step[0], step[2], step[3]
        try:
            make_again()
        except (ValueError, KeyError) as exc:
            from PySide6.QtWidgets import QMessageBox
            QMessageBox.warning(self.w, translate("Review", "Not redone"), str(exc))
            self.update_actions()
            return
        self._undo.append(step)
        self.w.refresh_userdata(focus)
        self.w.statusBar().showMessage(
            translate("Review", "Redone: {what}.").format(what=what) + " "
            + translate("Review", "Ctrl+Z takes it back."), 8000)
        self.update_actions()

    def _toggle_rejected(self, _checked: bool = False) -> None:
        self.w.refresh_zone()

    def show_orphans(self) -> None:
        from .orphans_dialog import OrphansDialog
        corpus = self.w.corpus
        dialog = OrphansDialog(list(getattr(corpus, "orphans", [])),
                               list(getattr(corpus, "not_loaded", [])), self.w)
        dialog.forget_requested.connect(self._forget)
        self.orphans_dialog = dialog
        dialog.open()

    def _forget(self, change_ids: list) -> None:
        store = self._store()
        kept = [c for c in (store.get(i) for i in change_ids) if c is not None]

        def restore_all():
            for change in kept:
                store.restore(change)
        self._change(translate("Review", "Forgot {n} items").format(n=len(kept)),
                     lambda: [store.undo(c.id) for c in kept],
                     lambda _r: (restore_all, lambda: [store.undo(c.id) for c in kept]), None)
