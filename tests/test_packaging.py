"""Fast checks of the packaging: what the bundle carries and leaves out, the
version every installer is named with, the installer files, and the
self-test the installed program runs. The bundle itself is built and
installed by `make package-test` (too slow for the unit suite)."""
from __future__ import annotations

import ast
import importlib.util
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def load(relpath: str):
    """A module of packaging/ by its path (that folder is no package, and its
    name would shadow PyPI's `packaging`)."""
    path = PACKAGING / relpath
    spec = importlib.util.spec_from_file_location(f"zp_packaging_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bundle_filter = load("bundle_filter.py")
version = load("version.py")
make_icons = load("make_icons.py")
build_deb = load("linux/build_deb.py")


def pyproject_version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


# --- one version everywhere ---------------------------------------------------------------

def test_the_version_comes_from_pyproject():
    assert version.project_version(ROOT) == pyproject_version()


def test_the_app_reports_the_pyproject_version():
    import zoneprofiles

    assert zoneprofiles.__version__ == pyproject_version()


def test_windows_file_version_has_four_numbers():
    assert version.windows_version("0.1.0") == "0.1.0.0"
    assert version.windows_version("2.3rc1") == "2.3.1.0"
    assert version.windows_version("1.2.3.4.5") == "1.2.3.0"


def test_the_deb_control_file_carries_the_version_and_the_chinese_font():
    text = build_deb.control("7.8.9", "amd64", ["libc6 (>= 2.34)", "libegl1"], 1234)
    fields = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line
                  and not line.startswith(" "))
    assert fields["Version"] == "7.8.9"
    assert fields["Installed-Size"] == "1234"
    depends = [d.strip() for d in fields["Depends"].split(",")]
    assert depends == ["libc6 (>= 2.34)", "libegl1",
                       "fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"]
    # a continuation line of the description never is empty (Debian writes " .")
    assert all(line.strip() for line in text.splitlines())


# --- what the bundle carries ----------------------------------------------------------------

def test_the_bundle_carries_seeds_resources_and_the_dictionaries():
    datas = bundle_filter.bundle_datas(ROOT)
    dests = {(Path(src).name, dest.replace("\\", "/")) for src, dest in datas}
    assert (str(ROOT / "seeds"), "seeds") in datas
    assert ("dict.txt", "jieba") in dests
    assert ("idf.txt", "jieba/analyse") in dests
    assert ("adcodes.csv", "cpca/resources") in dests
    assert ("zoneprofiles.svg", "resources/icons") in dests
    for src, _dest in datas:
        assert Path(src).exists(), src


def test_resources_ship_compiled_translations_not_their_sources(tmp_path):
    res = tmp_path / "resources"
    (res / "translations").mkdir(parents=True)
    (res / "translations" / "zoneprofiles_zh_CN.qm").write_bytes(b"qm")
    (res / "translations" / "zoneprofiles_zh_CN.ts").write_text("<TS/>")
    (res / "translations" / "build.py").write_text("# regenerates the .qm")
    (res / "gazetteer.tsv").write_text("name\tkind\n", encoding="utf-8")
    (res / "userdict.txt").write_text("高新区 10 n\n", encoding="utf-8")
    shipped = {(Path(src).name, dest.replace("\\", "/"))
               for src, dest in bundle_filter.bundled_resources(res)}
    assert shipped == {("zoneprofiles_zh_CN.qm", "resources/translations"),
                       ("gazetteer.tsv", "resources"), ("userdict.txt", "resources")}


def test_a_missing_package_data_file_stops_the_build():
    with pytest.raises(SystemExit, match="jieba has no nope.txt"):
        bundle_filter.package_data("jieba", ["nope.txt"])


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt6Widgets.dll",
    "PySide6/QtPrintSupport.abi3.so",
])
def test_the_bundle_keeps_what_the_app_runs_on(dest):
    assert bundle_filter.keep_binary(dest)


@pytest.mark.parametrize("dest", [
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6Qml.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt6Network.dll",
])
def test_the_bundle_leaves_out_unused_qt_parts(dest):
    assert not bundle_filter.keep_binary(dest)


def test_linux_bundle_takes_system_libraries_from_the_system_but_keeps_python():
    keep = bundle_filter.keep_binary
    assert not keep("libX11.so.6", "/lib/x86_64-linux-gnu/libX11.so.6", "linux", "BINARY")
    assert not keep("libcups.so.2", "/usr/lib/x86_64-linux-gnu/libcups.so.2", "linux", "BINARY")
    assert keep("libpython3.11.so.1.0", "/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0",
                "linux", "BINARY")
    assert keep("python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
                "/usr/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so",
                "linux", "EXTENSION")
    # elsewhere PyInstaller's own rules decide
    assert keep("libfoo.dylib", "/usr/lib/libfoo.dylib", "darwin", "BINARY")


@pytest.mark.parametrize("dest,kept", [
    ("jieba/dict.txt", True),
    ("jieba/analyse/idf.txt", True),
    ("jieba/lac_small/model_baseline/crf.pdparams", False),
    ("jieba/finalseg/prob_emit.p", False),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/translations/qtbase_zh_CN.qm", True),
    ("pyqtgraph/icons/auto.png", True),
    ("seeds/000.txt", True),
    ("PySide6/Qt/lib/QtCore.framework/Resources/Info.plist", True),
    ("PySide6/Qt/lib/QtNetwork.framework/Resources/Info.plist", False),
])
def test_data_files_in_the_bundle(dest, kept):
    assert bundle_filter.keep_data(dest) is kept


def test_links_to_dropped_libraries_are_dropped_too():
    binaries = [("PySide6/Qt/lib/libQt6Gui.so.6", "/x/libQt6Gui.so.6", "BINARY")]
    datas = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
             ("seeds/a.txt", "/x/a.txt", "DATA")]
    kept_bins, kept_datas = bundle_filter.drop_dangling_symlinks(binaries, datas)
    assert kept_bins == binaries
    assert [d[0] for d in kept_datas] == ["libQt6Gui.so.6", "seeds/a.txt"]


def test_links_to_folders_of_kept_files_stay():
    # macOS frameworks: Versions/Current -> A, QtCore -> Versions/Current/QtCore
    fw = "PySide6/Qt/lib/QtCore.framework"
    binaries = [(f"{fw}/Versions/A/QtCore", "/x/QtCore", "BINARY")]
    datas = [(f"{fw}/Versions/Current", "A", "SYMLINK"),
             (f"{fw}/QtCore", "Versions/Current/QtCore", "SYMLINK"),
             (f"{fw}/Resources", "Versions/Current/Resources", "SYMLINK")]
    _bins, kept = bundle_filter.drop_dangling_symlinks(binaries, datas)
    assert [d[0] for d in kept] == [f"{fw}/Versions/Current", f"{fw}/QtCore"]


def _imported_modules(folder: Path) -> set[str]:
    names = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module)
                names.update(f"{node.module}.{a.name}" for a in node.names)
            elif (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "import_module"
                  and node.args and isinstance(node.args[0], ast.Constant)):
                names.add(str(node.args[0].value))
    return names


def test_the_app_imports_nothing_the_bundle_leaves_out():
    used = _imported_modules(ROOT / "desktop" / "zoneprofiles")
    excluded = bundle_filter.EXCLUDED_MODULES
    clashes = sorted(u for u in used for x in excluded if u == x or u.startswith(x + "."))
    assert clashes == []


def test_every_runtime_dependency_is_bundled_not_excluded():
    import tomllib

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    names = {re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower().replace("-", "_") for d in deps}
    excluded = {x.lower() for x in bundle_filter.EXCLUDED_MODULES}
    assert names & excluded == set()


# --- icons and installer files ---------------------------------------------------------------

def test_committed_icon_renders_have_their_sizes():
    for size in make_icons.SIZES:
        data = make_icons.png_path(size).read_bytes()
        assert make_icons.png_size(data) == (size, size)


def test_windows_icon_holds_every_size_and_qt_reads_it(qapp, tmp_path):
    from PySide6.QtGui import QImageReader

    ico = make_icons.write_ico(tmp_path / "app.ico")
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, len(make_icons.ICO_SIZES))
    reader = QImageReader(str(ico))
    sizes = []
    for _ in range(reader.imageCount()):
        sizes.append(reader.read().width())
        reader.jumpToNextImage()
    assert sorted(sizes) == sorted(make_icons.ICO_SIZES)


def test_macos_icon_lists_its_png_elements(tmp_path):
    data = make_icons.write_icns(tmp_path / "app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    pos, kinds = 8, []
    while pos < len(data):
        kind, length = data[pos:pos + 4], struct.unpack(">I", data[pos + 4:pos + 8])[0]
        assert data[pos + 8:pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert kinds == [k for k, _ in make_icons.ICNS_TYPES]


def test_desktop_entry_starts_the_installed_launcher_with_its_icon():
    lines = (PACKAGING / "linux" / "zoneprofiles.desktop").read_text("utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    entry = dict(line.split("=", 1) for line in lines[1:] if "=" in line)
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "zoneprofiles"
    assert entry["Icon"] == "zoneprofiles"
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    launcher = (PACKAGING / "linux" / "zoneprofiles.sh").read_text("utf-8")
    assert 'exec /opt/zoneprofiles/zoneprofiles "$@"' in launcher


def test_windows_installer_is_per_user_and_named_with_the_version():
    iss = (PACKAGING / "windows" / "zoneprofiles.iss").read_text("utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert "OutputBaseFilename=ZoneProfiles-{#AppVersion}-setup" in iss
    assert re.search(r"^\[Icons\]$", iss, re.M) and "{autoprograms}" in iss


# --- the self-test the installed program runs ------------------------------------------------

def _isolated_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               ZONEPROFILES_CACHE_DIR=str(tmp_path / "cache"),
               ZONEPROFILES_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    return env


def test_self_test_from_source_loads_prints_and_reports_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "zoneprofiles", "--self-test"],
                            capture_output=True, text=True, env=_isolated_env(tmp_path),
                            timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    line = result.stdout.strip().splitlines()[-1]
    match = re.fullmatch(rf"zoneprofiles {re.escape(pyproject_version())} self-test ok: "
                         r"(\d+) zones, (\d+) figures, (\d+) policies, PDF (\d+) pages \(\d+\.\d s\)",
                         line)
    assert match, line
    zones, _figures, _policies, pages = map(int, match.groups())
    assert zones > 0 and pages > 0
    # caches went to the user's cache folder; the user's data folder was not touched
    assert (tmp_path / "cache").is_dir()
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


def test_self_test_names_what_is_missing(tmp_path, monkeypatch, capsys):
    from zoneprofiles import paths, selftest

    empty = tmp_path / "seeds"
    empty.mkdir()
    monkeypatch.setattr(paths, "seeds_dir", lambda: empty)
    assert selftest.run() == 1
    err = capsys.readouterr().err
    assert "self-test FAILED: no sample articles in" in err
    assert str(empty) in err


def test_self_test_chooses_offscreen_only_without_a_display(monkeypatch):
    from zoneprofiles import selftest

    monkeypatch.setattr(sys, "platform", "linux")
    for var in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(var, raising=False)
    assert selftest.use_offscreen_without_display() is True
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
    monkeypatch.delenv("QT_QPA_PLATFORM")
    monkeypatch.setenv("DISPLAY", ":0")
    assert selftest.use_offscreen_without_display() is False
    assert "QT_QPA_PLATFORM" not in os.environ
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.delenv("DISPLAY")
    assert selftest.use_offscreen_without_display() is False
    assert os.environ["QT_QPA_PLATFORM"] == "xcb"
