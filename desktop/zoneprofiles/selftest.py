"""`zoneprofiles --self-test`: does this installation work, end to end?

Run by the installers' CI on the installed program, and by a user or support
when something looks wrong. It does what a first session does: start Qt
(offscreen when there is no display), read the bundled sample articles
through the window's own background loader, show the window, select a zone
and print its profile to a PDF, then prints one line and returns 0, or says
what failed and returns 1. It leaves nothing behind but the user's normal
caches: the window's settings and the user-data folder (notes, corrections,
own gazetteer) are temporary ones, so the result does not depend on what the
user added and nothing of theirs is opened or migrated.
"""
from __future__ import annotations

import importlib.resources
import importlib.util
import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

LOAD_TIMEOUT_S = 300  # a slow laptop reads the seeds in seconds; this only stops a hang


class SelfTestFailure(Exception):
    """A check failed; the message says which, in words a user can act on."""


def use_offscreen_without_display() -> bool:
    """Choose Qt's offscreen platform on Linux when no display is reachable (a
    server, CI, ssh); anywhere else the native one. An explicit
    QT_QPA_PLATFORM always wins. True when offscreen was chosen here."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return True
    return False


def run() -> int:
    from . import __version__

    started = time.perf_counter()
    for stream in (sys.stdout, sys.stderr):
        # a Windows console in cp1252 cannot print a Chinese zone name in a reason
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    use_offscreen_without_display()
    try:
        with tempfile.TemporaryDirectory(prefix="zoneprofiles-selftest-") as tmp:
            counts = _run_checks(Path(tmp))
    except SelfTestFailure as exc:
        print(f"zoneprofiles {__version__} self-test FAILED: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # anything unexpected is a failure too, with its trace
        traceback.print_exc(file=sys.stderr)
        print(f"zoneprofiles {__version__} self-test FAILED: {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    print(f"zoneprofiles {__version__} self-test ok: {counts['zones']} zones, "
          f"{counts['figures']} figures, {counts['policies']} policies, "
          f"PDF {counts['pages']} pages ({elapsed:.1f} s)", flush=True)
    return 0


# --- the checks, in the order a user meets them -----------------------------------------

class _UncaughtErrors:
    """Exceptions raised inside Qt's callbacks (slots, timers) never reach the
    caller: PySide6 hands them to sys.excepthook. Collected here, they fail
    the test at once instead of leaving it waiting for a signal that never comes."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.loop = None
        self._previous = sys.excepthook

    def __enter__(self) -> "_UncaughtErrors":
        sys.excepthook = self._hook
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook = self._previous

    def _hook(self, kind, value, trace) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, trace)))
        if self.loop is not None:
            self.loop.quit()

    def check(self) -> None:
        if self.errors:
            print(self.errors[0], file=sys.stderr, end="")
            last = self.errors[0].strip().splitlines()[-1]
            raise SelfTestFailure(f"an error inside the window: {last}")


# Qt's offscreen platform says this each time a window is shown; it is no fault
QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _quiet_qt_messages():
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if message not in QUIET_QT_MESSAGES:
            print(message, file=sys.stderr)

    return qInstallMessageHandler(handler)


def _run_checks(tmp: Path) -> dict[str, int]:
    from PySide6.QtCore import qInstallMessageHandler

    previous_handler = _quiet_qt_messages()
    saved = os.environ.get("ZONEPROFILES_DATA_DIR")
    os.environ["ZONEPROFILES_DATA_DIR"] = str(tmp / "data")
    try:
        with _UncaughtErrors() as uncaught:
            counts = _window_checks(tmp, uncaught)
            uncaught.check()
    finally:
        qInstallMessageHandler(previous_handler)
        if saved is None:
            os.environ.pop("ZONEPROFILES_DATA_DIR", None)
        else:
            os.environ["ZONEPROFILES_DATA_DIR"] = saved
    return counts


def _window_checks(tmp: Path, uncaught: _UncaughtErrors) -> dict[str, int]:
    check_bundled_data()
    from PySide6.QtCore import QSettings

    from .ui.app import create_application
    from .ui.settings import Settings

    app = create_application([sys.argv[0] if sys.argv else "zoneprofiles"])
    check_chinese_font()
    # the user's own window layout and language stay untouched
    settings = Settings(QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat))
    check_translations()
    from .ui.main_window import MainWindow

    window = MainWindow(settings)
    try:
        window.show()
        app.processEvents()
        corpus = _load_seeds(window, uncaught)
        zone_id = _busiest_zone(corpus)
        if not window.zone_list.select_zone(zone_id):
            raise SelfTestFailure(f"zone {zone_id} is not in the zone list")
        app.processEvents()
        uncaught.check()
        if window.profile.zone_id() != zone_id:
            raise SelfTestFailure("selecting a zone did not show its profile")
        if window.grab().isNull():
            raise SelfTestFailure("the window could not be painted")
        pages = _print_profile(corpus, zone_id, tmp / "profile.pdf")
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
    return {"zones": len(corpus.zones), "figures": len(corpus.figures),
            "policies": len(corpus.policies), "pages": pages}


def check_bundled_data() -> None:
    """The files the app reads at run time, found where an installed app finds them."""
    from .paths import seeds_dir

    seeds = seeds_dir()
    if not seeds.is_dir() or not any(p.is_file() for p in seeds.iterdir()):
        raise SelfTestFailure(f"no sample articles in {seeds}")
    jieba = importlib.util.find_spec("jieba")
    if jieba is None or not jieba.submodule_search_locations:
        raise SelfTestFailure("the word segmenter (jieba) is missing")
    jieba_dir = Path(list(jieba.submodule_search_locations)[0])
    for rel in ("dict.txt", "analyse/idf.txt"):
        if not (jieba_dir / rel).is_file():
            raise SelfTestFailure(f"jieba's dictionary file {rel} is missing")
    try:
        table = importlib.resources.files("cpca") / "resources" / "adcodes.csv"
        if not table.is_file():
            raise FileNotFoundError(str(table))
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        raise SelfTestFailure(f"the place index (cpca adcodes.csv) is missing: {exc}") from exc


def check_chinese_font() -> None:
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        raise SelfTestFailure("no Chinese font is installed, so Chinese text would show as "
                              "boxes (on Debian/Ubuntu: apt install fonts-noto-cjk)")


def check_translations() -> None:
    """The app's Chinese translation loads when it ships one, and with it Qt's
    own (file, print and message dialogs), which the bundle ships too."""
    from PySide6.QtCore import QLibraryInfo

    from .paths import resource
    from .ui.i18n import install_translators, remove_translators

    shipped = resource("translations", "zoneprofiles_zh_CN.qm")
    if not shipped.is_file():
        return
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    wanted = [shipped.name]
    if getattr(sys, "frozen", False) or (qt_dir / "qtbase_zh_CN.qm").is_file():
        wanted.append("qtbase_zh_CN.qm")
    try:
        loaded = {Path(t.filePath()).name for t in install_translators("zh_CN")}
    finally:
        remove_translators()
    missing = [name for name in wanted if name not in loaded]
    if missing:
        raise SelfTestFailure(f"the Chinese translation {', '.join(missing)} did not load "
                              f"(app: {shipped.parent}, Qt: {qt_dir})")


def _load_seeds(window, uncaught: _UncaughtErrors):
    """Read the sample articles through the window's background loader, as
    the app does at start, and wait for it."""
    from PySide6.QtCore import QEventLoop, QTimer

    outcome: list[str] = []
    details: list[str] = []
    loop = QEventLoop()
    uncaught.loop = loop
    window.load_finished.connect(lambda result: (outcome.append(result), loop.quit()))
    QTimer.singleShot(LOAD_TIMEOUT_S * 1000, loop.quit)
    job = window.open_paths(None)
    job.failed.connect(lambda _message, trace: details.append(trace))
    if not outcome:
        loop.exec()
    uncaught.loop = None
    uncaught.check()
    if outcome != ["loaded"]:
        if details:  # the traceback the window keeps behind "Show Details…"
            print(details[0], file=sys.stderr)
        state = outcome[0] if outcome else f"still running after {LOAD_TIMEOUT_S} s"
        raise SelfTestFailure(f"loading the sample articles {state}: "
                              f"{window.statusBar().currentMessage()}")
    corpus = window.corpus
    fatal = [p for p in corpus.problems if p.fatal]
    if fatal:
        raise SelfTestFailure(f"sample article {fatal[0].path} could not be read: "
                              f"{fatal[0].message}")
    if corpus.zones.empty:
        raise SelfTestFailure("no zone was found in the sample articles")
    return corpus


def _busiest_zone(corpus) -> str:
    """The zone with the most figures and policies: its profile exercises the
    most of the printed report (table, chart, policies)."""
    weight = {str(z): 0 for z in corpus.zones["zone_id"]}
    for frame in (corpus.figures, corpus.policies):
        for zone_id, n in frame["zone_id"].astype(str).value_counts().items():
            if zone_id in weight:
                weight[zone_id] += int(n)
    return max(weight, key=lambda z: (weight[z], z))


def _print_profile(corpus, zone_id: str, path: Path) -> int:
    from .ui.printing import write_pdf

    pages = write_pdf(corpus, [zone_id], path)
    if pages < 1 or not path.is_file() or path.read_bytes()[:5] != b"%PDF-":
        raise SelfTestFailure(f"printing the profile of {zone_id} wrote no PDF")
    _check_pdf_text(path, str(corpus.zone(zone_id)["name"]))
    return pages


def _check_pdf_text(path: Path, zone_name: str) -> None:
    """The printed zone name can be found in the PDF's text: its fonts were
    embedded and its Chinese copies and searches right."""
    try:
        from pypdf import PdfReader
    except ImportError:  # an install without pypdf still prints; nothing to read it with
        return
    text = PdfReader(str(path)).pages[0].extract_text() or ""  # the name heads page 1
    squeeze = lambda s: "".join(s.split())  # noqa: E731 - line breaks may split the name
    if squeeze(zone_name) not in squeeze(text):
        raise SelfTestFailure(f"the PDF does not contain the zone's name {zone_name!r} as text")
