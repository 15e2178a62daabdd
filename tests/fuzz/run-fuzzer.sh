#!/bin/sh
# Runs one libFuzzer harness for a bounded time (ctest's fuzz tests; see CMakeLists.txt here).
#   run-fuzzer.sh FUZZER SEEDS_DIR RUN_DIR SECONDS
# New inputs go to RUN_DIR/corpus (kept between runs, so repeated runs go deeper), the committed
# seeds in SEEDS_DIR are only read, and a finding is saved as RUN_DIR/findings/crash-… (or leak-,
# timeout-, oom-…). Exits non-zero on any finding.
set -eu
fuzzer=$1 seeds=$2 run=$3 seconds=$4

[ -d "$seeds" ] || { echo "run-fuzzer: no seed corpus at $seeds" >&2; exit 2; }
mkdir -p "$run/corpus"
rm -rf "$run/findings"
mkdir -p "$run/findings"

status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$run/findings/" "$run/corpus" "$seeds" || status=$?

if [ "$status" -ne 0 ]; then
    echo "run-fuzzer: $(basename "$fuzzer") failed (exit $status); the input is in $run/findings/:" >&2
    ls -l "$run/findings" >&2 || true
    echo "run-fuzzer: reproduce with: $fuzzer $run/findings/<file>" >&2
fi
exit "$status"
