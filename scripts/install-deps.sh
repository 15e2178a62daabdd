#!/usr/bin/env bash
# Installs the Debian 12 packages the build, the app and the tests need; only what is missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev
  qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev libsecret-1-0
  libboost-dev libsimdjson-dev
  xvfb xauth imagemagick librsvg2-bin fonts-noto-cjk fonts-dejavu-core
  # Token symbols with emoji ("🐸PEPE") in colour, not as empty boxes.
  fonts-noto-color-emoji
  dbus dbus-x11 gnome-keyring
  python3 python3-requests
  # The Debian package (packaging/, tests/packaging): the man page from --help, CPack's DEB
  # generator (file, and dpkg-shlibdeps from dpkg-dev), the validators of the desktop entry, the
  # AppStream metainfo and the man page, and xwininfo to read the installed window's title.
  help2man file dpkg-dev desktop-file-utils appstream groff-base x11-utils
  # The fuzzers (scripts/test.sh, tests/fuzz): clang with libFuzzer and its sanitizer runtimes (a
  # recommendation of clang-14 only, so named here), and llvm-symbolizer for readable stacks.
  # g++'s own ASan/UBSan runtimes come with build-essential.
  clang-14 libclang-rt-14-dev llvm-14
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  SUDO="sudo"
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
