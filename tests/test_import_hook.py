"""The cheaper answer to PySide's import-time question is PySide's answer."""
from __future__ import annotations

import importlib.util
import sys

import pytest

pytest.importorskip("PySide6.QtCore")


def _module(tmp_path, name: str, source: str):
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_modules_are_told_apart_as_pyside_itself_does(tmp_path):
    from zoneprofiles.ui import import_hook
    import_hook.install()
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "_mod_uses_pyside"):
        pytest.skip("this PySide asks no such question")
    check = feature._mod_uses_pyside
    assert getattr(check, import_hook._MARK, False), "the app's check is the one installed"
    qt_user = _module(tmp_path, "zp_hook_qt", "# 界面\nfrom PySide6 import QtCore\n")
    plain = _module(tmp_path, "zp_hook_plain", "# 数据\nimport json\n")
    assert check(qt_user) is True
    assert check(plain) is False
    assert check(sys) is False  # a built-in module has no file: PySide's own answer
    assert import_hook.install() is False, "installed once"
