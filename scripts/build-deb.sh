#!/usr/bin/env bash
# Installs what is missing, builds Release and the Debian package with CPack (packaging/):
# build/okx-wallet-viewer_<version>_<arch>.deb, its dependencies computed by dpkg-shlibdeps.
# Install it with: sudo apt-get install ./build/okx-wallet-viewer_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The package's prefix: GNUInstallDirs then picks Debian's multiarch library folder (packaging/).
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr
# The package target builds everything first.
cmake --build build --parallel --target package
