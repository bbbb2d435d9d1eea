"""Build the standalone app and its installer for the OS this runs on.

    python packaging/build.py               # bundle + installers (what `make package` runs)
    python packaging/build.py --bundle-only # the PyInstaller folder alone

Linux: dist/zoneprofiles/ (bundle), zoneprofiles-VERSION-linux-ARCH.tar.gz and
zoneprofiles_VERSION_ARCH.deb. Windows: the bundle and, when Inno Setup's
ISCC is found, ZoneProfiles-VERSION-setup.exe. macOS: Zone Profiles.app and
ZoneProfiles-VERSION-macos-ARCH.dmg. Every name carries the version from
pyproject.toml. dist/build-info.json records sizes and times.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_icons import write_icns, write_ico  # noqa: E402
from version import project_version, windows_version  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"
BUNDLE_BUDGET_MB = 150
DEB_BUDGET_MB = 60


def fail(message: str) -> None:
    print(f"package: {message}", file=sys.stderr)
    raise SystemExit(1)


def check_installed_version(version: str) -> None:
    """The bundle reads its version from the installed metadata: it must be
    the one pyproject.toml says, or the installer and the app disagree."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        found = installed("zoneprofiles")
    except PackageNotFoundError:
        fail("zoneprofiles is not installed in this Python; run `pip install -e .` first")
    if found != version:
        fail(f"installed zoneprofiles is {found} but pyproject.toml says {version}; "
             "run `pip install -e .` again")


def arch() -> str:
    machine = platform.machine().lower()
    return {"amd64": "x86_64", "aarch64": "arm64"}.get(machine, machine)


def dir_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir())


def mb(n: int) -> float:
    return round(n / 1e6, 1)


def build_bundle() -> tuple[Path, float]:
    ICONS.mkdir(parents=True, exist_ok=True)
    write_ico(ICONS / "zoneprofiles.ico")
    write_icns(ICONS / "zoneprofiles.icns")
    started = time.perf_counter()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(WORK), str(HERE / "zoneprofiles.spec")]
    print("package:", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    bundle = DIST / ("Zone Profiles.app" if sys.platform == "darwin" else "zoneprofiles")
    if not bundle.exists():
        fail(f"PyInstaller made no {bundle}")
    return bundle, seconds


def check_linux_libraries(bundle: Path) -> None:
    """Every library a bundled binary links must be in the bundle or on the
    system (the .deb's dependencies); a missing one would only show as a
    crash on a user's machine."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing: dict[str, set[str]] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "=> not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(bundle)))
    if missing:
        lines = [f"  {lib} (needed by {', '.join(sorted(users)[:3])})" for lib, users in missing.items()]
        fail("libraries not found for the bundle:\n" + "\n".join(lines))


def make_tarball(bundle: Path, version: str) -> Path:
    out = DIST / f"zoneprofiles-{version}-linux-{arch()}.tar.gz"
    with tarfile.open(out, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=f"zoneprofiles-{version}")
    return out


def build_linux(bundle: Path, version: str) -> list[Path]:
    check_linux_libraries(bundle)
    sys.path.insert(0, str(HERE / "linux"))
    from build_deb import build_deb

    return [make_tarball(bundle, version), build_deb(bundle, version, DIST)]


def find_iscc() -> str | None:
    candidates = [os.environ.get("ISCC", ""), shutil.which("iscc") or "", shutil.which("ISCC") or ""]
    for base in (os.environ.get("ProgramFiles(x86)", ""), os.environ.get("ProgramFiles", "")):
        if base:
            candidates.append(str(Path(base) / "Inno Setup 6" / "ISCC.exe"))
    return next((c for c in candidates if c and Path(c).is_file()), None)


def build_windows(bundle: Path, version: str) -> list[Path]:
    iscc = find_iscc()
    if iscc is None:
        print("package: Inno Setup (ISCC.exe) not found; the bundle is in dist/zoneprofiles, "
              "no installer made", file=sys.stderr)
        return []
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DFileVersion={windows_version(version)}",
                    f"/DSourceDir={bundle}", f"/DOutputDir={DIST}", f"/DIconFile={ICONS / 'zoneprofiles.ico'}",
                    str(HERE / "windows" / "zoneprofiles.iss")], check=True)
    return [DIST / f"ZoneProfiles-{version}-setup.exe"]


def build_macos(bundle: Path, version: str) -> list[Path]:
    out = DIST / f"ZoneProfiles-{version}-macos-{arch()}.dmg"
    subprocess.run(["bash", str(HERE / "macos" / "build_dmg.sh"), str(bundle), str(out)], check=True)
    return [out]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle-only", action="store_true", help="skip the installers")
    args = parser.parse_args(argv)

    version = project_version(ROOT)
    check_installed_version(version)
    started = time.perf_counter()
    bundle, bundle_seconds = build_bundle()
    artefacts: list[Path] = []
    if not args.bundle_only:
        if sys.platform.startswith("linux"):
            artefacts = build_linux(bundle, version)
        elif sys.platform == "win32":
            artefacts = build_windows(bundle, version)
        elif sys.platform == "darwin":
            artefacts = build_macos(bundle, version)
    info = {
        "version": version,
        "platform": f"{sys.platform}-{arch()}",
        "pyinstaller_seconds": round(bundle_seconds, 1),
        "total_seconds": round(time.perf_counter() - started, 1),
        "bundle": str(bundle.relative_to(ROOT)),
        "bundle_mb": mb(dir_size(bundle)),
        "bundle_files": sum(1 for p in bundle.rglob("*") if not p.is_dir()),
        "artefacts": {p.name: mb(p.stat().st_size) for p in artefacts if p.exists()},
    }
    (DIST / "build-info.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(info, indent=2))
    over = [f"bundle {info['bundle_mb']} MB > {BUNDLE_BUDGET_MB} MB"] if info["bundle_mb"] > BUNDLE_BUDGET_MB else []
    over += [f"{name} {size} MB > {DEB_BUDGET_MB} MB" for name, size in info["artefacts"].items()
             if name.endswith(".deb") and size > DEB_BUDGET_MB]
    for line in over:
        print(f"package: over budget: {line}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
