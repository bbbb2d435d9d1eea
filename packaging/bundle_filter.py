"""What goes into the PyInstaller bundle and what stays out.

PyInstaller's hooks collect whole Qt plugin folders and every data file of a
package; the app needs a small part of that. Everything here works on the
bundle's destination paths ("PySide6/Qt/plugins/platforms/libqxcb.so"), the
same on every OS, so the rules read the same for Linux, Windows and macOS.
The spec uses these lists; tests/test_packaging.py checks that the app never
imports what is excluded.
"""
from __future__ import annotations

import importlib.util
import posixpath
import re
import shutil
import subprocess
from pathlib import Path

# Python packages the app never imports; most would come in only through an
# optional import inside pandas, numpy, pyqtgraph or the standard library.
EXCLUDED_MODULES = [
    # GUI toolkits and Qt bindings other than PySide6
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "PyQt5", "PyQt6", "PySide2", "sip",
    # Qt modules of PySide6 the app does not use (QML/Quick, web, 3D, media, ...)
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickControls2", "PySide6.QtQuickWidgets",
    "PySide6.QtQuickTest", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel", "PySide6.QtWebSockets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DExtras", "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic", "PySide6.Qt3DAnimation", "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets", "PySide6.QtSql", "PySide6.QtNetwork", "PySide6.QtDesigner",
    "PySide6.QtUiTools", "PySide6.QtHelp", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtConcurrent", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtCharts",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtBluetooth",
    "PySide6.QtPositioning", "PySide6.QtLocation", "PySide6.QtSerialPort", "PySide6.QtSensors",
    "PySide6.QtTextToSpeech", "PySide6.QtRemoteObjects", "PySide6.QtScxml",
    "PySide6.QtStateMachine", "PySide6.QtSpatialAudio", "PySide6.QtHttpServer",
    # pyqtgraph's optional parts: 3D (PyOpenGL), Jupyter, examples, its own test helpers
    "pyqtgraph.opengl", "pyqtgraph.jupyter", "pyqtgraph.examples", "OpenGL",
    "pyqtgraph.canvas", "pyqtgraph.flowchart",
    # test suites and developer tools
    "pytest", "_pytest", "pytestqt", "hypothesis", "pandas.tests", "numpy.tests",
    "numpy.f2py", "numpy.distutils", "lib2to3", "pydoc_data",
    "ensurepip", "venv", "setuptools", "distutils", "pip", "PyInstaller", "IPython",
    # pandas' optional back ends the app does not use
    "matplotlib", "scipy", "numba", "pyarrow", "tables", "sqlalchemy", "xlrd",
    "xlsxwriter", "odf", "pyxlsb", "python_calamine", "jinja2", "bs4", "lxml", "html5lib",
    "fsspec", "gcsfs", "s3fs", "botocore", "zstandard", "psycopg2", "pymysql", "adbc_driver_manager",
    "readline", "curses",  # only the interactive interpreter wants these
]
# Not excluded on purpose: pypdf (printing repairs the PDF's text layer with it, so
# copied Chinese text is right), pkg_resources (cpca and jieba read their data through
# it) and sqlite3 (the user-data store).

# --- Qt binaries --------------------------------------------------------------------
# Platform plugins: the desktop ones for each OS (xcb, windows, cocoa), offscreen
# for --self-test and headless runs, minimal as a last resort. Wayland sessions
# run the app through XWayland (the wayland plugin would pull in five more libraries).
KEEP_PLATFORMS = re.compile(r"(lib)?q(xcb|offscreen|minimal|windows|cocoa)\.(so|dll|dylib)$")
# Plugin folders kept whole; any folder not named here is left out.
KEEP_PLUGIN_DIRS = {
    "platforms",             # filtered by KEEP_PLATFORMS
    "xcbglintegrations",     # OpenGL under X11 (pyqtgraph's optional GL)
    "platforminputcontexts",  # filtered below: ibus carries Chinese input methods on Linux
    "platformthemes",        # filtered below: the desktop portal's file dialogs
    "imageformats",          # filtered below
    "iconengines",           # SVG icons
    "printsupport",          # CUPS printers on Linux
    "styles",                # the native style on macOS and Windows
}
KEEP_IMAGEFORMATS = re.compile(r"(lib)?q(svg|jpeg|ico|icns)\.(so|dll|dylib)$")
DROP_IN_KEPT_DIRS = re.compile(
    r"(lib)?(qtvirtualkeyboardplugin"    # on-screen keyboard: needs QtQuick
    r"|qgtk3)"                           # would tie the .deb to GTK 3; Qt's own dialogs are used
    r"\.(so|dll|dylib)$")
# Qt libraries only the dropped modules and plugins need.
DROP_QT_LIBS = re.compile(
    r"Qt6?(Qml|Quick|Pdf|Wayland|WlShell|EglFS|EglFsKms|VirtualKeyboard|Network|Sql|Designer"
    r"|Help|Test|UiTools|Xml|Concurrent|Labs|Lottie|ShaderTools|3D|Multimedia|WebEngine"
    r"|WebChannel|WebSockets|Charts|DataVisualization|Graphs|Bluetooth|Positioning|Location"
    r"|SerialPort|Sensors|TextToSpeech|RemoteObjects|Scxml|StateMachine|SpatialAudio|HttpServer)",
    re.I)


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


# On Linux the bundle takes no library from the system's own folders: the .deb
# declares them as dependencies instead (dpkg-shlibdeps, see linux/build_deb.py),
# so the app uses the system's X11, fontconfig, CUPS and OpenSSL with their
# configuration. Python's own library comes along wherever it was found.
SYSTEM_LIB_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/", "/usr/local/lib/")


def is_system_library(src: str, typecode: str = "BINARY") -> bool:
    """A shared library from the system's folders; Python's own library and
    extension modules (EXTENSION, lib-dynload) stay even where Python is the
    system's."""
    name = src.rsplit("/", 1)[-1]
    return (typecode == "BINARY" and src.startswith(SYSTEM_LIB_DIRS)
            and not name.startswith("libpython") and "/python3" not in src)


def keep_binary(dest: str, src: str = "", platform: str = "", typecode: str = "BINARY") -> bool:
    if platform.startswith("linux") and is_system_library(src, typecode):
        return False
    parts = _parts(dest)
    name = parts[-1]
    if "plugins" in parts:
        i = parts.index("plugins")
        folder = parts[i + 1] if i + 1 < len(parts) - 1 else ""
        if folder not in KEEP_PLUGIN_DIRS:
            return False
        if folder == "platforms" and not KEEP_PLATFORMS.search(name):
            return False
        if folder == "imageformats" and not KEEP_IMAGEFORMATS.search(name):
            return False
        return not DROP_IN_KEPT_DIRS.search(name)
    if "PySide6" in parts and DROP_QT_LIBS.search(name):
        return False
    return True


def strip_python_binaries(binaries: list[tuple], python_prefix: str, workdir: Path) -> list[tuple]:
    """Linux: copies of Python's own library and extension modules with their
    debug symbols stripped (17 MB in libpython alone). Only those: the wheels'
    libraries come stripped, and stripping the ones auditwheel patched
    (numpy.libs' OpenBLAS) breaks them ("ELF load command ... not page-aligned")."""
    prefix = python_prefix.rstrip("/") + "/"
    out = []
    for dest, src, typecode in binaries:
        if (typecode in ("BINARY", "EXTENSION") and src.startswith(prefix)
                and "site-packages" not in src and shutil.which("strip")):
            target = workdir / dest
            if not target.exists() or target.stat().st_mtime < Path(src).stat().st_mtime:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(src, target)
                subprocess.run(["strip", "--strip-unneeded", str(target)], check=True)
            src = str(target)
        out.append((dest, src, typecode))
    return out


def drop_dangling_symlinks(binaries: list[tuple], datas: list[tuple]) -> tuple[list, list]:
    """PyInstaller links some libraries into the top folder (typecode SYMLINK,
    listed among the datas, source = the target relative to the link), and on
    macOS links folders inside Qt's frameworks; keep a link only if what it
    points to, through other links, is still in the bundle. Returns (binaries, datas)."""
    entries = list(binaries) + list(datas)
    links = {_norm(d): _norm(posixpath.join(posixpath.dirname(_norm(d)), s))
             for d, s, t in entries if t == "SYMLINK"}
    kept = set()
    for dest, _src, typecode in entries:
        if typecode != "SYMLINK":  # a file, and every folder it is in
            path = _norm(dest)
            while path not in kept and path not in ("", "."):
                kept.add(path)
                path = posixpath.dirname(path)

    def resolve(path: str) -> str:
        for _ in range(32):  # a cycle of links is dangling too
            parts, head = path.split("/"), ""
            for i, part in enumerate(parts):
                head = posixpath.join(head, part) if head else part
                if head in links:
                    path = _norm(posixpath.join(links[head], *parts[i + 1:]))
                    break
            else:
                return path
        return ""

    def live(entry: tuple) -> bool:
        return entry[2] != "SYMLINK" or resolve(_norm(entry[0])) in kept

    return [e for e in binaries if live(e)], [e for e in datas if live(e)]


def _norm(path: str) -> str:
    return posixpath.normpath(path.replace("\\", "/"))


# --- data files -------------------------------------------------------------------------
KEEP_QT_TRANSLATIONS = re.compile(r"qt(base)?_(zh_CN|en)\.qm$")
KEEP_JIEBA = {"jieba/dict.txt", "jieba/analyse/idf.txt"}


def keep_data(dest: str) -> bool:
    parts = _parts(dest)
    path = "/".join(parts)
    if parts[0] == "jieba":
        # jieba's hook takes every data file (Paddle LAC model, Jython pickles); the
        # app's tokenizer reads the main dictionary and the TF-IDF table only
        return path in KEEP_JIEBA
    if "PySide6" in parts and "translations" in parts:
        return bool(KEEP_QT_TRANSLATIONS.search(parts[-1]))
    if "PySide6" in parts and ("qml" in parts or "metatypes" in parts):
        return False
    if "PySide6" in parts and "plugins" in parts:
        return keep_binary(dest)
    # macOS: the Info.plist and links of a Qt framework whose library was dropped
    frameworks = [p[:-len(".framework")] for p in parts if p.endswith(".framework")]
    if "PySide6" in parts and frameworks and DROP_QT_LIBS.search(frameworks[0]):
        return False
    return True


# --- what the spec adds -----------------------------------------------------------------
RESOURCE_SOURCES = {".ts", ".py", ".pro", ".pyc", ".md"}  # sources and notes, not read by the app


def bundle_datas(root: Path) -> list[tuple[str, str]]:
    """Every data file the spec adds, as (file, destination folder in the bundle)."""
    return ([(str(root / "seeds"), "seeds")]
            + bundled_resources(root / "resources")
            + package_data("jieba", ["dict.txt", "analyse/idf.txt"])
            # the place index reads cpca's table of China's administrative divisions
            + package_data("cpca", ["resources/adcodes.csv", "resources/56_nations.csv"]))


def bundled_resources(resources: Path) -> list[tuple[str, str]]:
    """(file, destination folder) for every file under resources/ the app reads:
    gazetteer, user dictionary, translations (.qm), icons."""
    out = []
    for path in sorted(resources.rglob("*")):
        if not path.is_file() or path.suffix in RESOURCE_SOURCES or "__pycache__" in path.parts:
            continue
        out.append((str(path), str(Path("resources") / path.parent.relative_to(resources))))
    return out


def package_data(package: str, files: list[str]) -> list[tuple[str, str]]:
    """(file, destination folder) for data files inside an installed package;
    a missing file stops the build rather than the app at run time."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"bundle: package {package!r} is not installed")
    base = Path(list(spec.submodule_search_locations)[0])
    out = []
    for rel in files:
        src = base / rel
        if not src.is_file():
            raise SystemExit(f"bundle: {package} has no {rel}")
        out.append((str(src), str(Path(package) / Path(rel).parent)))
    return out
