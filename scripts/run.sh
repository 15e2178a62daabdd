#!/usr/bin/env bash
# Installs what is missing, builds Release and launches the app (the built-in demo server when no
# OKX credentials are set). Arguments are passed to the app, e.g. --lang zh.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel
exec ./build/app/okx-wallet-viewer "$@"
