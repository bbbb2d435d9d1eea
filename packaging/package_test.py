"""`make package-test`: install the .deb that `make package` built and run the
installed program's self-test with no display, as a user would after
`apt install ./zoneprofiles_*.deb` on a server or in CI.

As root (CI) the package is installed for real with dpkg -i, which also
proves every Depends is a package this system has, then removed again
(--keep leaves it installed). Otherwise it is unpacked with dpkg -x into a
temporary root and run from there. Fails loudly, with the reason, otherwise.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "linux"))

from build_deb import INSTALL_DIR, PACKAGE, deb_arch  # noqa: E402
from version import project_version  # noqa: E402

DEB_BUDGET_MB = 60
SELF_TEST_TIMEOUT_S = 300


def fail(message: str) -> None:
    print(f"package-test: FAILED: {message}", file=sys.stderr)
    raise SystemExit(1)


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    print("package-test: $", " ".join(cmd), flush=True)
    return subprocess.run(cmd, **kwargs)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns)
            for p in folder.rglob("*")}


def user_env(home: Path) -> dict[str, str]:
    """A new user with no display: what --self-test must cope with."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH",
                        "PYTHONHOME", "VIRTUAL_ENV", "ZONEPROFILES_CACHE_DIR",
                        "ZONEPROFILES_DATA_DIR")}
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               PATH="/usr/local/bin:/usr/bin:/bin")
    return env


def check_tarball(version: str) -> None:
    machine = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(),
                                                          platform.machine().lower())
    tar = DIST / f"zoneprofiles-{version}-linux-{machine}.tar.gz"
    if not tar.is_file():
        fail(f"{tar.name} was not built")
    with tarfile.open(tar) as t:
        names = set(t.getnames())
    top = f"zoneprofiles-{version}"
    for needed in (f"{top}/zoneprofiles", f"{top}/_internal/seeds"):
        if needed not in names:
            fail(f"{tar.name} has no {needed}")


def check_installed_files(root: Path, version: str) -> None:
    for rel in ("usr/bin/zoneprofiles", "usr/share/applications/zoneprofiles.desktop",
                "usr/share/icons/hicolor/256x256/apps/zoneprofiles.png",
                "usr/share/icons/hicolor/scalable/apps/zoneprofiles.svg",
                f"{INSTALL_DIR}/zoneprofiles", f"{INSTALL_DIR}/_internal/seeds"):
        if not (root / rel).exists():
            fail(f"the package installs no /{rel}")
    if not os.access(root / INSTALL_DIR / "zoneprofiles", os.X_OK):
        fail(f"/{INSTALL_DIR}/zoneprofiles is not executable")


def self_test(program: Path, version: str, home: Path) -> str:
    env = user_env(home)
    started = time.perf_counter()
    try:
        result = run([str(program), "--self-test"], env=env, capture_output=True, text=True,
                     timeout=SELF_TEST_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        fail(f"{program} --self-test did not finish in {SELF_TEST_TIMEOUT_S} s")
    seconds = time.perf_counter() - started
    sys.stderr.write(result.stderr)
    lines = result.stdout.strip().splitlines()
    line = lines[-1] if lines else ""
    pattern = rf"zoneprofiles {re.escape(version)} self-test ok: \d+ zones, .*PDF \d+ pages .*"
    if result.returncode != 0 or not re.fullmatch(pattern, line):
        fail(f"{program} --self-test exited {result.returncode}: {line or '(no output)'}")
    print(f"package-test: {line}  [process {seconds:.1f} s]", flush=True)
    cache = home / ".cache" / "zoneprofiles"
    if not cache.is_dir():
        fail(f"the app kept no cache in the user's folder ({cache})")
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="leave the package installed (root)")
    args = parser.parse_args(argv)

    version = project_version(ROOT)
    deb = DIST / f"{PACKAGE}_{version}_{deb_arch()}.deb"
    if not deb.is_file():
        fail(f"{deb} not found: run `make package` first")
    size_mb = deb.stat().st_size / 1e6
    if size_mb > DEB_BUDGET_MB:
        fail(f"{deb.name} is {size_mb:.1f} MB, over the {DEB_BUDGET_MB} MB budget")
    fields = run(["dpkg-deb", "-f", str(deb), "Package", "Version"], capture_output=True,
                 text=True, check=True).stdout
    if f"Version: {version}" not in fields:
        fail(f"{deb.name} says {fields!r}, not version {version}")
    check_tarball(version)

    as_root = os.geteuid() == 0 and shutil.which("dpkg") is not None
    with tempfile.TemporaryDirectory(prefix="zoneprofiles-package-test-") as tmp:
        tmp = Path(tmp)
        if as_root:
            installed = run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
            if installed.returncode != 0:
                run(["dpkg", "-r", PACKAGE], capture_output=True)
                fail(f"dpkg -i {deb.name} failed:\n{installed.stderr}")
            root = Path("/")
            program = Path("/usr/bin/zoneprofiles")
        else:
            root = tmp / "root"
            run(["dpkg", "-x", str(deb), str(root)], check=True)
            program = root / INSTALL_DIR / "zoneprofiles"
        try:
            check_installed_files(root, version)
            before = snapshot(root / INSTALL_DIR)
            line = self_test(program, version, tmp / "home")
            written = sorted(set(snapshot(root / INSTALL_DIR).items()) - set(before.items()))
            if written:
                fail("the app wrote into its install folder: "
                     + ", ".join(name for name, _ in written[:5]))
            version_out = run([str(program), "--version"], capture_output=True, text=True,
                              env=user_env(tmp / "home")).stdout.strip()
            if version_out != f"zoneprofiles {version}":
                fail(f"--version says {version_out!r}")
        finally:
            if as_root and not args.keep:
                run(["dpkg", "-r", PACKAGE], capture_output=True)

    info_path = DIST / "build-info.json"
    info = json.loads(info_path.read_text("utf-8")) if info_path.is_file() else {}
    info.update(deb_installed_with="dpkg -i" if as_root else "dpkg -x", self_test=line)
    info_path.write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(f"package-test: ok: {deb.name} {size_mb:.1f} MB, bundle {info.get('bundle_mb')} MB, "
          f"build {info.get('total_seconds')} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
