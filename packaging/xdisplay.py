"""A private X display (Xvfb) and a look at the windows on it, for timing
the app's first window and taking screenshots of the installed program.

Reads the window tree through libX11 with ctypes: libX11 is on every machine
that runs the app's X11 build, so this needs no x11-utils or xdotool.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from pathlib import Path

IS_VIEWABLE = 2


class _Attributes(ctypes.Structure):  # XWindowAttributes, as Xlib.h lays it out
    _fields_ = [("x", ctypes.c_int), ("y", ctypes.c_int), ("width", ctypes.c_int),
                ("height", ctypes.c_int), ("border_width", ctypes.c_int), ("depth", ctypes.c_int),
                ("visual", ctypes.c_void_p), ("root", ctypes.c_ulong), ("class_", ctypes.c_int),
                ("bit_gravity", ctypes.c_int), ("win_gravity", ctypes.c_int),
                ("backing_store", ctypes.c_int), ("backing_planes", ctypes.c_ulong),
                ("backing_pixel", ctypes.c_ulong), ("save_under", ctypes.c_int),
                ("colormap", ctypes.c_ulong), ("map_installed", ctypes.c_int),
                ("map_state", ctypes.c_int), ("all_event_masks", ctypes.c_long),
                ("your_event_mask", ctypes.c_long), ("do_not_propagate_mask", ctypes.c_long),
                ("override_redirect", ctypes.c_int), ("screen", ctypes.c_void_p)]


class Display:
    """Xvfb on the first free display number; `windows()` lists the viewable
    top-level windows as (title, width, height)."""

    def __init__(self, width: int = 1366, height: int = 800) -> None:
        if shutil.which("Xvfb") is None:
            raise SystemExit("Xvfb is not installed (Debian package xvfb)")
        self.number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                           and not Path(f"/tmp/.X{n}-lock").exists())
        self.name = f":{self.number}"
        self.proc = subprocess.Popen(["Xvfb", self.name, "-screen", "0", f"{width}x{height}x24",
                                      "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL)
        self._x = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
        self._x.XOpenDisplay.restype = ctypes.c_void_p
        self._x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self._x.XDefaultRootWindow.restype = ctypes.c_ulong
        self._x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self._x.XInternAtom.restype = ctypes.c_ulong
        self._x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self._x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 4
        self._x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self._x.XGetWindowProperty.argtypes = (
            [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_long, ctypes.c_long,
             ctypes.c_int, ctypes.c_ulong] + [ctypes.c_void_p] * 5)
        self._x.XFree.argtypes = [ctypes.c_void_p]
        self._x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self._dpy = None
        deadline = time.monotonic() + 10
        while self._dpy is None and time.monotonic() < deadline:
            self._dpy = self._x.XOpenDisplay(self.name.encode()) or None
            if self._dpy is None:
                time.sleep(0.05)
        if self._dpy is None:
            self.close()
            raise SystemExit(f"Xvfb did not start on {self.name}")
        self._root = self._x.XDefaultRootWindow(self._dpy)
        self._net_wm_name = self._x.XInternAtom(self._dpy, b"_NET_WM_NAME", 0)
        self._utf8 = self._x.XInternAtom(self._dpy, b"UTF8_STRING", 0)

    def env(self, base: dict[str, str] | None = None) -> dict[str, str]:
        env = dict(os.environ if base is None else base)
        env.pop("WAYLAND_DISPLAY", None)
        env["DISPLAY"] = self.name
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def _title(self, window: int) -> str:
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        status = self._x.XGetWindowProperty(
            self._dpy, window, self._net_wm_name, 0, 1024, 0, self._utf8, ctypes.byref(kind),
            ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
        if status != 0 or not data.value:
            return ""
        try:
            return ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
        finally:
            self._x.XFree(data)

    def windows(self) -> list[tuple[str, int, int]]:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        self._x.XQueryTree(self._dpy, self._root, ctypes.byref(root), ctypes.byref(parent),
                           ctypes.byref(children), ctypes.byref(count))
        found = []
        try:
            for i in range(count.value):
                attrs = _Attributes()
                if not self._x.XGetWindowAttributes(self._dpy, children[i], ctypes.byref(attrs)):
                    continue
                if attrs.map_state == IS_VIEWABLE and not attrs.override_redirect:
                    found.append((self._title(children[i]), attrs.width, attrs.height))
        finally:
            if children:
                self._x.XFree(children)
        return found

    def wait_for(self, test, timeout: float, poll: float = 0.01):
        """Poll the window list until `test(windows)` gives a true value; that
        value, or None after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = test(self.windows())
            if found:
                return found
            time.sleep(poll)
        return None

    def close(self) -> None:
        if self._dpy:
            self._x.XCloseDisplay(self._dpy)
            self._dpy = None
        self.proc.terminate()
        self.proc.wait(10)

    def __enter__(self) -> "Display":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def screenshot(display: Display, out: Path, python: str) -> Path:
    """The whole screen as PNG, grabbed by a Qt client of that display."""
    code = ("import sys; from PySide6.QtGui import QGuiApplication; app = QGuiApplication([]); "
            "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1]); sys.exit(0 if ok else 1)")
    subprocess.run([python, "-c", code, str(out)], env=display.env(), check=True, timeout=60)
    return out
