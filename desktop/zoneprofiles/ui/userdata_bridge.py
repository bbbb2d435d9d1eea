"""The analyst's own work (zoneprofiles.userdata) between the store and the
window: the store is opened on the loading thread, laid over every corpus
the window shows, and laid over again after each change.

What the window shows is the extracted corpus with the analyst's work over
it. When the store holds nothing, that is the extracted corpus itself: there
is nothing to lay over, and nothing is copied.

The userdata package needs pandas, which the window must not import before
it has painted, so every import of it happens inside a method.
"""
from __future__ import annotations

import threading
from typing import NamedTuple
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

translate = QCoreApplication.translate


class Loaded(NamedTuple):
    """What the loading job hands back: the corpus as extracted, and as shown,
    with the count of the analyst's changes it was laid over with."""

    base: object
    corpus: object
    edits: int = 0


class UserDataBridge(QObject):
    def __init__(self, parent: QObject | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._lock = threading.Lock()
        self._store = None
        self._told = False
        self._orphans_told = 0  # how many lost items the banner last spoke of
        self.edits = 0  # changes the analyst made this session
        self.base = None  # the extracted corpus the analyst's work is laid over
        self.failure = ""  # why the work could not be laid over (a bug or a damaged record)

    # --- the store ------------------------------------------------------------------
    def store(self):
        """The UserStore, opened on first use (from any thread)."""
        with self._lock:
            if self._store is None:
                from zoneprofiles.userdata import UserStore
                self._store = UserStore(self._path)
            return self._store

    def is_open(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None

    # --- laying the work over a corpus ----------------------------------------------
    def overlay(self, corpus):
        """`corpus` with the analyst's work over it. Whatever goes wrong here,
        the articles still show: the failure is kept in `failure`."""
        store = self.store()
        try:
            if not store.changes():
                self.failure = ""
                return corpus
            from zoneprofiles.userdata import apply
            shown = apply(corpus, store)
        except Exception as exc:  # noqa: BLE001 - the articles matter more than the overlay
            self.failure = f"{type(exc).__name__}: {exc}"
            return corpus
        self.failure = ""
        return shown

    def wrap(self, work):
        """A loading job's work that also lays the analyst's work over what it read."""
        def wrapped(progress, cancelled):
            try:
                base = work(progress, cancelled)
            finally:
                # opened however the load ends, so its news is told even when
                # the articles fail to load; after the work, whose start
                # (ingest/plan.py) must not wait for the store's imports
                self.store()
            edits = self.edits
            return Loaded(base, self.overlay(base), edits)
        return wrapped

    def arrived(self, loaded: Loaded):
        """The corpus to show for a finished load: laid over again when the
        analyst changed something while the job was running."""
        self.base = loaded.base
        return loaded.corpus if loaded.edits == self.edits else self.overlay(loaded.base)

    def edited(self) -> None:
        """The UI made a change in the store (counted on the UI thread)."""
        self.edits += 1

    def refresh(self):
        """The base corpus with the store as it is now (after a change)."""
        return self.overlay(self.base) if self.base is not None else None

    # --- what the analyst must be told ----------------------------------------------
    def tell(self, banner, corpus, show_orphans) -> None:
        """Put on the banner what the analyst must know: the store's news at
        start-up, an overlay that failed, and work that lost its place (each
        time there is more of it; the analyst may hide the message)."""
        for i, (level, text, details) in enumerate(self.startup_messages()):
            banner.show_message(f"store-{i}", level, text, details)
        if self.failure:
            banner.show_message("overlay", "problem", translate(
                "UserData", "Your corrections and notes could not be laid over these articles; "
                "they are shown as extracted. Your saved work is unchanged."), self.failure)
        else:
            banner.clear("overlay")
        lost = len(getattr(corpus, "orphans", None) or [])
        if lost > self._orphans_told:
            banner.show_message("orphans", "notice", translate(
                "UserData", "{n} of your notes or corrections no longer match the article "
                "text.").format(n=lost), "", translate("UserData", "Show…"), show_orphans)
        elif not lost:
            banner.clear("orphans")
        self._orphans_told = lost

    def startup_messages(self) -> list[tuple[str, str, str]]:
        """(level, sentence, details) about opening the store, once per run:
        level 'problem' (work not shown or not saved) or 'notice'."""
        if self._told or self._store is None:
            return []
        self._told = True
        store = self._store
        out = []
        for event in store.events:
            text = describe_event(event)
            if text:
                level = "notice" if event.what == "upgraded" else "problem"
                out.append((level, text, event_details(store, event)))
        if not out:  # a problem the store words only in English
            out += [("problem", text, "") for text in store.problems]
        return out


def describe_event(event) -> str:
    """One sentence in the UI language for what opening the store did."""
    path, kept = str(event.path), event.kept_as.name if event.kept_as else ""
    if event.what == "damaged":
        return translate("UserData", "The file holding your corrections and notes ({path}) is damaged. It was "
                   "kept, renamed to {kept}, and a new empty one was started: earlier "
                   "corrections and notes are not shown.").format(path=path, kept=kept)
    if event.what == "foreign":
        return translate("UserData", "The file at {path} is not a Zone Profiles file of corrections and notes. "
                   "It was kept, renamed to {kept}, and a new empty one was started.").format(
            path=path, kept=kept)
    if event.what == "newer":
        return translate("UserData", "Your corrections and notes ({path}) were saved by a newer version of Zone "
                   "Profiles. The file was kept unchanged, renamed to {kept}, and a new empty "
                   "one was started. Install the newer version and rename the file back to see "
                   "that work again.").format(path=path, kept=kept)
    if event.what == "upgraded":
        return translate("UserData", "Your corrections and notes were converted for this version; a copy of the "
                   "old file was kept as {kept}.").format(kept=kept)
    if event.what == "unopenable":
        return translate("UserData", "Your corrections and notes cannot be saved: {path} could not be opened. "
                   "What you change now is kept only until the app closes.").format(path=path)
    return ""


def event_details(store, event) -> str:
    """The store's own sentence (English, with the technical reason), for details."""
    lines = [p for p in store.problems + store.notices if str(event.path) in p]
    return "\n".join(lines) or event.detail


# --- reading the overlay for one zone ------------------------------------------------

def notes_of(corpus, zone_id: str) -> list[dict]:
    """The zone's notes as rows, oldest first ([] for a corpus without notes)."""
    notes = getattr(corpus, "notes", None)
    if notes is None or notes.empty:
        return []
    return notes[notes["zone_id"] == zone_id].to_dict("records")


def with_rejected(corpus, profile):
    """The profile with the zone's rejected figures and policies listed after
    the others (for "Show rejected"); charts never get these."""
    import dataclasses

    import pandas as pd

    zone_id = profile.zone["zone_id"]
    frames = {}
    for name, rejected in (("figures", getattr(corpus, "rejected_figures", None)),
                           ("policies", getattr(corpus, "rejected_policies", None))):
        shown = getattr(profile, name)
        if rejected is None or rejected.empty or "zone_id" not in rejected:
            continue
        mine = rejected[rejected["zone_id"] == zone_id]
        if not mine.empty:
            frames[name] = pd.concat([shown, mine], ignore_index=True) if not shown.empty else \
                mine.reset_index(drop=True)
    return dataclasses.replace(profile, **frames) if frames else profile
