#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need beyond Python:
# Qt's runtime libraries, a CJK font (so Chinese renders as glyphs, on screen
# and in printed PDFs), Xvfb for screenshots and poppler for PDF checks.
# Skips everything when the packages are already there; needs root for apt.
set -eu
pkgs="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 \
libxcb-image0 libxcb-xinerama0 libnss3 libglib2.0-0 fonts-noto-cjk xvfb xauth poppler-utils \
fakeroot dpkg-dev"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: not a Debian-like system; please install:$missing" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "system-deps: installing$missing"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
