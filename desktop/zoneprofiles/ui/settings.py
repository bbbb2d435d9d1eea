"""What the window remembers between runs, through QSettings.

QSettings picks its file from the organisation and application names that
`app.py` sets (tests point it at tmp_path). Only plain values and Qt's own
state blobs are stored, never pickled objects.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "ZoneProfiles"
APPLICATION = "Zone Profiles"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
MAX_RECENT = 8


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings()

    # --- language --------------------------------------------------------------
    def language(self) -> str:
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language in LANGUAGES:
            self._s.setValue("ui/language", language)

    # --- recent folders and files ------------------------------------------------
    def recent_paths(self) -> list[str]:
        value = self._s.value("files/recent", [])
        if isinstance(value, str):  # QSettings hands back a lone string for one item
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent_paths(self, paths: list[str]) -> None:
        recent = [p for p in self.recent_paths() if p not in paths]
        self._s.setValue("files/recent", (list(paths) + recent)[:MAX_RECENT])

    def clear_recent_paths(self) -> None:
        self._s.remove("files/recent")

    def last_directory(self) -> str:
        return str(self._s.value("files/last_directory", ""))

    def set_last_directory(self, path: str) -> None:
        self._s.setValue("files/last_directory", path)

    def export_directory(self) -> str:
        return str(self._s.value("files/export_directory", ""))

    def set_export_directory(self, path: str) -> None:
        self._s.setValue("files/export_directory", path)

    # --- the session: what was open, and where the analyst was ----------------------
    SEEDS = "<samples>"  # the bundled articles, in the saved session

    def session_paths(self) -> list[str] | None | bool:
        """What was open last time: a list of paths, None for the bundled
        articles, False when nothing was saved."""
        value = self._s.value("session/paths", None)
        if value is None or value == "":
            return False
        if isinstance(value, str):
            value = [value]
        value = [str(v) for v in value if v]
        return None if value == [self.SEEDS] else value

    def set_session_paths(self, paths: list[str] | None) -> None:
        self._s.setValue("session/paths", list(paths) if paths else [self.SEEDS])

    def session_value(self, key: str, default: str = "") -> str:
        value = self._s.value(f"session/{key}", default)
        return str(value) if value is not None else default

    def set_session_value(self, key: str, value) -> None:
        self._s.setValue(f"session/{key}", str(value))

    # --- window ------------------------------------------------------------------
    def blob(self, key: str) -> QByteArray | None:
        value = self._s.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_blob(self, key: str, value: QByteArray) -> None:
        self._s.setValue(f"window/{key}", value)

    def int_value(self, key: str, default: int = 0) -> int:
        try:
            return int(self._s.value(f"window/{key}", default))
        except (TypeError, ValueError):
            return default

    def set_int(self, key: str, value: int) -> None:
        self._s.setValue(f"window/{key}", int(value))

    def sync(self) -> None:
        self._s.sync()
