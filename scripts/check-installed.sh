#!/usr/bin/env bash
# Checks an installed OKX Wallet Viewer, as a user would run it, from its installed paths only:
#   scripts/check-installed.sh PREFIX VERSION [--window SCREENSHOT.png]
# PREFIX is where it was installed (/usr for the Debian package, or a `cmake --install --prefix`
# staging folder), VERSION the one it must report.
#  - every program and the keychain plugin find all their libraries (ldd);
#  - `okx-wallet-viewer --version` prints VERSION;
#  - `okx-wallet-viewer export --demo` writes the CSV (the built-in server, no network);
#  - a command that reads the stored API key loads the keychain plugin from PREFIX, which runs a
#    QtKeychain job (QtKeychain then loads libsecret);
#  - with --window: the window starts under Xvfb with --lang zh and its title is Chinese, so the
#    translations load; a screenshot of the screen goes to SCREENSHOT.png.
# Used by the ctest test `installed_tree` (a staging prefix) and by scripts/check-deb-in-chroot.sh
# (the package installed in a fresh Debian 12). Needs xvfb-run, xwininfo and import for --window
# (Debian packages xvfb, xauth, x11-utils, imagemagick).
set -uo pipefail

usage() {
    echo "usage: $0 PREFIX VERSION [--window SCREENSHOT.png]" >&2
    exit 2
}
[ $# -eq 2 ] || [ $# -eq 4 ] || usage
prefix=$(realpath "$1")
version=$2
screenshot=""
if [ $# -eq 4 ]; then
    [ "$3" = "--window" ] || usage
    screenshot=$(realpath -m "$4")
fi

program="$prefix/bin/okx-wallet-viewer"
window_program="$prefix/bin/okx-wallet-viewer-gui"
demo_address=0xEd0C6079229E2d407672a117c22b62064f4a4312
csv_header=address,chainIndex,chainName,symbol,tokenContractAddress,balance,rawBalance,tokenPriceUsd,valueUsd,isRiskToken
chinese_title="OKX 钱包查看器"

# A home of its own: no saved settings, watch list, keychain or credentials from the caller.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
export HOME="$work/home" LC_ALL=C.UTF-8
# No way to the caller's session bus either (its address, its runtime folder, an X display to find
# it through), so no real keychain is read; Xvfb gives the window a display of its own.
unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
unset OKX_API_KEY OKX_SECRET_KEY OKX_API_PASSPHRASE OKX_PASSPHRASE OKX_PROJECT_ID
unset QT_PLUGIN_PATH QT_QPA_PLATFORM LD_LIBRARY_PATH

passed=0
failed=0
pass() {
    echo "ok:   $1"
    passed=$((passed + 1))
}
fail() {
    echo "FAIL: $1"
    [ $# -lt 2 ] || head -n 20 "$2" | sed 's/^/      /'
    failed=$((failed + 1))
}

# The plugin is wherever the install put it under PREFIX (lib/ or lib/<multiarch>/).
plugin=$(find "$prefix/lib" -path '*/okx-wallet-viewer/libokx-keychain.so' 2>/dev/null | head -n 1)

check_libraries() {
    local missing="$work/ldd-missing"
    : >"$missing"
    [ -n "$plugin" ] || echo "no okx-wallet-viewer/libokx-keychain.so under $prefix/lib" >>"$missing"
    for file in "$program" "$window_program" ${plugin:+"$plugin"}; do
        if [ ! -f "$file" ]; then
            echo "$file: not installed" >>"$missing"
        else
            ldd "$file" | grep 'not found' | sed "s|^|$file: |" >>"$missing"
        fi
    done
    if [ -s "$missing" ]; then
        fail "programs and plugin find their libraries" "$missing"
    else
        pass "programs and plugin find their libraries (${plugin#"$prefix"/})"
    fi
}

check_version() {
    local printed
    printed=$("$program" --version 2>&1)
    if [ "$printed" = "okx-wallet-viewer $version" ]; then
        pass "--version: $printed"
    else
        echo "$printed" >"$work/version"
        fail "--version prints 'okx-wallet-viewer $version'" "$work/version"
    fi
}

check_demo_export() {
    local csv="$work/demo.csv"
    if "$program" export --demo --address "$demo_address" --chains 1 --output "$csv" 2>"$work/export.err" &&
        [ "$(head -n 1 "$csv" | tr -d '\r')" = "$csv_header" ] && [ "$(wc -l <"$csv")" -gt 1 ]; then
        pass "export --demo: the CSV header and $(($(wc -l <"$csv") - 1)) holdings"
    else
        cat "$csv" 2>/dev/null >>"$work/export.err"
        fail "export --demo writes the CSV" "$work/export.err"
    fi
}

check_keychain_plugin() {
    # No credentials in the environment: the command asks the keychain, through the plugin, then
    # says that none are stored (exit 2). With no session bus QtKeychain answers that it has no
    # Secret Service, but only after loading libsecret, which only the plugin's job does. The base
    # URL is a closed local port, so nothing could leave the machine whatever happened.
    local log="$work/ld-debug"
    LD_DEBUG=files "$program" total --address "$demo_address" --chains 1 --base-url http://127.0.0.1:9 \
        >/dev/null 2>"$log"
    local status=$?
    if [ "$status" -eq 2 ] && [ -n "$plugin" ] &&
        grep -q "file=$plugin \[0\];  dynamically loaded by" "$log" &&
        grep -q "file=libqt6keychain.so.1 \[0\];  needed by $plugin" "$log" &&
        grep -q "file=libsecret-1.so.0 \[0\];  dynamically loaded by" "$log"; then
        pass "keychain plugin loaded from ${plugin#"$prefix"/}, QtKeychain ran a job"
    else
        {
            echo "exit code $status (expected 2: no credentials)"
            grep -E "okx-keychain|keychain|libsecret|no API credentials" "$log" | grep -v "symbol=" | head -n 20
        } >"$work/keychain"
        fail "the keychain plugin loads from PREFIX" "$work/keychain"
    fi
}

check_window() {
    local log="$work/window"
    # Inside Xvfb: start the window, wait for its title (up to 60 s on a busy machine), let the
    # demo portfolios arrive and paint, take the picture, print the title.
    cat >"$work/window.sh" <<'INNER'
program=$1 out=$2 screenshot=$3
"$program" --lang zh >"$out" 2>&1 &
app=$!
title=""
deadline=$((SECONDS + 60))
while [ -z "$title" ] && [ $SECONDS -lt $deadline ] && kill -0 "$app" 2>/dev/null; do
    sleep 0.5
    title=$(xwininfo -root -tree 2>/dev/null | grep -o '"OKX[^"]*"' | head -n 1)
done
[ -z "$title" ] || sleep 4
import -window root "$screenshot" 2>>"$out"
kill "$app" 2>/dev/null
wait "$app" 2>/dev/null
echo "$title"
INNER
    xvfb-run -a -s "-screen 0 1600x1000x24" bash "$work/window.sh" "$program" "$log.out" "$screenshot" >"$log" 2>&1
    if grep -qF "\"$chinese_title" "$log"; then
        pass "window under Xvfb, title $(tail -n 1 "$log") (translations loaded), screenshot $screenshot"
    else
        cat "$log.out" >>"$log" 2>/dev/null
        fail "the window's title is '$chinese_title…' with --lang zh" "$log"
    fi
}

echo "check-installed: $program (expecting version $version)"
check_libraries
check_version
check_demo_export
check_keychain_plugin
[ -z "$screenshot" ] || check_window

if [ "$failed" -ne 0 ]; then
    echo "check-installed: $failed of $((passed + failed)) checks FAILED"
    exit 1
fi
echo "check-installed: all $passed checks passed"
