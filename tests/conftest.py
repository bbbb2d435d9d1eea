"""Every test keeps the app's cache (jieba's dictionary cache, corpus cache) and
user data out of the developer's home: one folder for the whole session, so
jieba builds its cache once. Tests that need their own folders set them."""
from __future__ import annotations

import http.server
import os
import threading

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


@pytest.fixture
def server():
    """A web server on this machine that counts every request made to it:
    (base url, list of requested paths). Pages that name it prove the app
    fetches nothing."""
    requests: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            requests.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()
