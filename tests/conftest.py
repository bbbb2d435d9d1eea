"""Every test keeps the app's cache (jieba's dictionary cache, corpus cache) and
user data out of the developer's home: one folder for the whole session, so
jieba builds its cache once. Tests that need their own folders set them."""
from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def app_folders(tmp_path_factory):
    base = tmp_path_factory.mktemp("app")
    saved = {k: os.environ.get(k) for k in ("ZONEPROFILES_CACHE_DIR", "ZONEPROFILES_DATA_DIR")}
    os.environ["ZONEPROFILES_CACHE_DIR"] = str(base / "cache")
    os.environ["ZONEPROFILES_DATA_DIR"] = str(base / "data")
    yield base
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
