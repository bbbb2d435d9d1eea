"""The app icon in every form the installers need, from one hand-written SVG.

    python packaging/make_icons.py render        # SVG -> resources/icons/zoneprofiles-N.png (Qt)
    python packaging/make_icons.py ico  OUT.ico  # PNGs -> Windows icon
    python packaging/make_icons.py icns OUT.icns # PNGs -> macOS icon

`render` needs Qt (QSvgRenderer) and is run by hand when the SVG changes; the
PNGs are committed. The .ico and .icns are containers of those PNGs, written
here in plain Python, so any runner can make them without extra tools.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "zoneprofiles.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can say
# ICNS element types that hold PNG data, by pixel size (Apple's icns types)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))


def png_path(size: int) -> Path:
    return ICONS / f"zoneprofiles-{size}.png"


def render(sizes=SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - painting needs it
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SVG}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = png_path(size)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"make_icons: cannot write {path}")
        written.append(path)
    return written


def png_size(data: bytes) -> tuple[int, int]:
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    return struct.unpack(">II", data[16:24])


def ico_bytes(pngs: list[bytes]) -> bytes:
    """An .ico holding PNG-compressed images (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for data in pngs:
        w, h = png_size(data)
        # a width or height of 256 is written as 0
        entries += struct.pack("<BBBBHHII", w % 256, h % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(by_type: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in by_type)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_ico(out: Path) -> Path:
    out.write_bytes(ico_bytes([png_path(s).read_bytes() for s in ICO_SIZES]))
    return out


def write_icns(out: Path) -> Path:
    out.write_bytes(icns_bytes([(kind, png_path(size).read_bytes()) for kind, size in ICNS_TYPES]))
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["render"]:
        for path in render():
            print(path.relative_to(ROOT))
        return 0
    if len(argv) == 2 and argv[0] in ("ico", "icns"):
        out = Path(argv[1])
        out.parent.mkdir(parents=True, exist_ok=True)
        (write_ico if argv[0] == "ico" else write_icns)(out)
        print(out)
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
