"""The Debian package: the PyInstaller bundle under /opt/zoneprofiles, a
/usr/bin/zoneprofiles launcher, a desktop entry and icons.

    python packaging/linux/build_deb.py dist/zoneprofiles dist/   # (build.py calls build_deb)

Depends is worked out by dpkg-shlibdeps from the libraries the bundle's
binaries link and takes from the system (X11/xcb, fontconfig, CUPS, OpenSSL,
GL...), plus the CJK font the app prints Chinese with. Built with
`dpkg-deb --root-owner-group`, so no fakeroot and no root are needed.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PACKAGE = "zoneprofiles"
INSTALL_DIR = Path("opt") / PACKAGE
# Not found by dpkg-shlibdeps: fonts are read at run time, not linked. Any of
# these prints Chinese (the report's font list knows them); Noto CJK is preferred.
EXTRA_DEPENDS = ["fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei"]
# Used when dpkg-shlibdeps is not there: what Qt's xcb platform needs on Debian 12.
FALLBACK_DEPENDS = ["libc6", "libstdc++6", "libgcc-s1", "zlib1g", "libglib2.0-0", "libdbus-1-3",
                    "libfontconfig1", "libfreetype6", "libegl1", "libgl1", "libx11-6",
                    "libx11-xcb1", "libxkbcommon0", "libxkbcommon-x11-0", "libxcb1",
                    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
                    "libxcb-randr0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xfixes0",
                    "libxcb-xkb1", "libxcb-sync1", "libxcb-shm0", "libxcb-render0", "libcups2",
                    "libssl3"]
DESCRIPTION = """\
Profiles of China's development zones from Chinese news
 Zone Profiles reads Chinese news articles about development zones (高新区,
 经开区, 开发区, 自贸片区, 科学城, 产业园) and builds one profile per zone: key
 figures, policies, industries and parks, each traced to the sentence it came
 from. It works offline, prints sourced profiles and ships with sample articles.
 .
 The program is a self-contained bundle in /opt/zoneprofiles."""


def deb_arch() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def shlib_depends(app_dir: Path) -> list[str]:
    """dpkg-shlibdeps over every binary of the bundle; the bundle's own
    libraries are found through -l and need no package."""
    if shutil.which("dpkg-shlibdeps") is None:
        print("build_deb: dpkg-shlibdeps not found (package dpkg-dev); using a fixed Depends list",
              file=sys.stderr)
        return list(FALLBACK_DEPENDS)
    binaries = elf_files(app_dir)
    lib_dirs = sorted({str(p.parent) for p in binaries})
    with tempfile.TemporaryDirectory() as tmp:
        # dpkg-shlibdeps reads debian/control of a source package; a minimal one will do
        (Path(tmp) / "debian").mkdir()
        (Path(tmp) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8")
        cmd = (["dpkg-shlibdeps", "-O", "--ignore-missing-info", "--warnings=0"]
               + [f"-l{d}" for d in lib_dirs] + [f"-e{p}" for p in binaries])
        out = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"build_deb: dpkg-shlibdeps failed:\n{out.stderr}")
    match = re.search(r"^shlibs:Depends=(.*)$", out.stdout, re.M)
    return [d.strip() for d in match.group(1).split(",")] if match else []


def stage(bundle: Path, root: Path) -> None:
    app_dir = root / INSTALL_DIR
    app_dir.parent.mkdir(parents=True)
    shutil.copytree(bundle, app_dir, symlinks=True)
    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    shutil.copy(HERE / "zoneprofiles.sh", launcher)
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / "zoneprofiles.desktop", applications / f"{PACKAGE}.desktop")
    icons = ROOT / "resources" / "icons"
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for png in sorted(icons.glob("zoneprofiles-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy(png, target / f"{PACKAGE}.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(icons / "zoneprofiles.svg", hicolor / "scalable" / "apps" / f"{PACKAGE}.svg")
    doc = root / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copy(HERE / "copyright", doc / "copyright")
    # modes as a package wants them, whatever umask the build ran with
    for path in root.rglob("*"):
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path == launcher or path.stat().st_mode & 0o111
            path.chmod(0o755 if executable else 0o644)


def control(version: str, arch: str, depends: list[str], installed_kb: int) -> str:
    seen = list(dict.fromkeys(depends + EXTRA_DEPENDS))
    return (f"Package: {PACKAGE}\n"
            f"Version: {version}\n"
            f"Architecture: {arch}\n"
            "Maintainer: Zone Profiles maintainers <maintainers@zoneprofiles.invalid>\n"
            f"Installed-Size: {installed_kb}\n"
            f"Depends: {', '.join(seen)}\n"
            "Section: misc\n"
            "Priority: optional\n"
            f"Description: {DESCRIPTION}\n")


def build_deb(bundle: Path, version: str, out_dir: Path) -> Path:
    arch = deb_arch()
    out = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="zoneprofiles-deb-") as tmp:
        root = Path(tmp) / "root"
        stage(bundle, root)
        depends = shlib_depends(root / INSTALL_DIR)
        installed_kb = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024
        (root / "DEBIAN").mkdir()
        (root / "DEBIAN" / "control").write_text(control(version, arch, depends, installed_kb),
                                                 encoding="utf-8")
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
                       check=True, stdout=subprocess.DEVNULL)
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from version import project_version

    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    print(build_deb(Path(sys.argv[1]), project_version(ROOT), Path(sys.argv[2])))
