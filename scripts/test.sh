#!/usr/bin/env bash
# Installs what is missing, builds Release and runs every test offscreen with CTest; then the same
# tests built with AddressSanitizer, LeakSanitizer and UBSan (build-asan/), then every libFuzzer
# harness for FUZZ_SECONDS each (default 30) over a copy of its seed corpus (build-fuzz/).
#
# The Release phase stops the script at its first failure, as it always has. The sanitized and fuzz
# phases both run whatever the other finds; the script exits non-zero if any of them failed.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$SECONDS
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --parallel
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --no-tests=error --parallel 2 | tee build/ctest.log
release_seconds=$((SECONDS - started))

FUZZ_SECONDS=${FUZZ_SECONDS:-30}
failed_phases=()
phase_times=("release (install, build, ctest): ${release_seconds}s")

# run_phase NAME COMMAND… : runs the command, records its time and whether it failed.
run_phase() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== test.sh: ${name}"
    if ! "$@"; then
        failed_phases+=("$name")
        echo "== test.sh: ${name} FAILED" >&2
    fi
    phase_times+=("${name}: $((SECONDS - start))s")
}

sanitized_suite() {
    # Debug keeps Q_ASSERT on; -O1 keeps the sanitized tests quick, -g1 gives stacks file:line. The
    # benchmarks and the screenshot tool are not tests: left out (OKX_BUILD_TOOLS) to save time.
    rm -f build-asan/ctest.log
    cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" \
        -DOKX_SANITIZE=address,undefined -DOKX_BUILD_TOOLS=OFF &&
        cmake --build build-asan --parallel 2 &&
        ctest --test-dir build-asan --output-on-failure --no-tests=error --parallel 2 | tee build-asan/ctest.log
}

fuzzers() {
    rm -f build-fuzz/ctest.log
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
        "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DOKX_FUZZ=ON "-DOKX_FUZZ_SECONDS=${FUZZ_SECONDS}" &&
        cmake --build build-fuzz --target okx-fuzzers --parallel 2 &&
        ctest --test-dir build-fuzz -L fuzz --output-on-failure --no-tests=error --parallel 2 | tee build-fuzz/ctest.log
}

run_phase "sanitized suite (ASan+LSan+UBSan)" sanitized_suite
run_phase "fuzzers (${FUZZ_SECONDS}s each)" fuzzers

# One line over the three ctest runs: each closes with "N% tests passed, F tests failed out of T".
passed=0
failed=0
for log in build/ctest.log build-asan/ctest.log build-fuzz/ctest.log; do
    line=$(grep -E 'tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" 2>/dev/null | tail -n 1 || true)
    if [ -n "$line" ]; then
        f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
        t=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
        passed=$((passed + t - f))
        failed=$((failed + f))
    fi
done

# A phase that failed before its tests ran (a build error) counts as one failure.
if [ ${#failed_phases[@]} -gt "$failed" ]; then
    failed=${#failed_phases[@]}
fi

echo
echo "== test.sh summary ($(((SECONDS - started) / 60)) min in all)"
printf '   %s\n' "${phase_times[@]}"
if [ ${#failed_phases[@]} -ne 0 ]; then
    printf '   FAILED: %s\n' "${failed_phases[@]}"
fi
echo "test.sh: ${passed} passed, ${failed} failed"
[ ${#failed_phases[@]} -eq 0 ] && [ "$failed" -eq 0 ]
