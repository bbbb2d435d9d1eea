#!/usr/bin/env bash
# Wrap the PyInstaller .app in a compressed disk image with an Applications
# link, so installing is a drag. Called by packaging/build.py on macOS:
#   bash packaging/macos/build_dmg.sh "dist/Zone Profiles.app" dist/ZoneProfiles-0.1.0-macos-arm64.dmg
# The app is signed ad hoc by PyInstaller (enough for Apple silicon to run it);
# without a Developer ID, a user opens it the first time with right-click > Open.
set -euo pipefail
app="$1"
out="$2"
[ -d "$app" ] || { echo "build_dmg: no app at $app" >&2; exit 1; }
command -v hdiutil >/dev/null || { echo "build_dmg: hdiutil is macOS only" >&2; exit 1; }

if ! codesign --verify --deep --strict "$app" 2>/dev/null; then
  # a bundle whose signature broke (e.g. a file changed after PyInstaller signed it)
  codesign --force --deep --sign - "$app"
fi

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$out"
hdiutil create -volname "Zone Profiles" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$out" >/dev/null
hdiutil verify "$out" >/dev/null
echo "$out"
