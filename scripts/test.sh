#!/usr/bin/env bash
# Installs what is missing, builds Release and runs every test offscreen with CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --no-tests=error --parallel 2
