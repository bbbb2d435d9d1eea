"""Where the app finds its bundled files and where it keeps its own.

One helper for both a source checkout and a PyInstaller bundle, so no other
module guesses paths. Nothing here imports Qt: the core uses it too.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ZoneProfiles"


def bundle_root() -> Path:
    """The folder holding `resources/` and `seeds/`: the project root from
    source, the unpacked bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def seeds_dir() -> Path:
    return bundle_root() / "seeds"


def _xdg(var: str, default: str) -> Path:
    return Path(os.environ.get(var) or Path.home() / default)


def cache_dir() -> Path:
    """The app's own cache folder (jieba's dictionary cache, corpus cache).
    ZONEPROFILES_CACHE_DIR overrides it (tests, portable installs)."""
    override = os.environ.get("ZONEPROFILES_CACHE_DIR")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("LOCALAPPDATA", Path.home())) / APP_NAME / "cache"
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Caches" / APP_NAME
    else:
        path = _xdg("XDG_CACHE_HOME", ".cache") / "zoneprofiles"
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """The user's data folder (notes, corrections, user gazetteer).
    ZONEPROFILES_DATA_DIR overrides it."""
    override = os.environ.get("ZONEPROFILES_DATA_DIR")
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(os.environ.get("APPDATA", Path.home())) / APP_NAME
    elif sys.platform == "darwin":
        path = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        path = _xdg("XDG_DATA_HOME", ".local/share") / "zoneprofiles"
    path.mkdir(parents=True, exist_ok=True)
    return path
