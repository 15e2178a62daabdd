#!/usr/bin/env bash
# Proves the Debian package on a fresh Debian 12: a throw-away minimal root (debootstrap
# --variant=minbase bookworm), `apt-get install ./okx-wallet-viewer_….deb` with nothing else by hand,
# then scripts/check-installed.sh from the installed paths (libraries, --version against the
# package's version, export --demo, the keychain plugin); then, with the test tools installed
# (Xvfb, xwininfo, ImageMagick), the window with --lang zh and its screenshot.
#
#   sudo scripts/check-deb-in-chroot.sh [PACKAGE.deb] [SCREENSHOT.png]
#
# PACKAGE.deb defaults to the one in build/ (cmake --build build --target package), the screenshot
# to build/chroot-window-zh.png. Takes a few minutes (it downloads a base system through apt's
# configured Debian mirror, or MIRROR=URL). Root only (debootstrap, chroot, mounts). KEEP_CHROOT=1
# leaves the root in place to look around. Not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "== check-deb-in-chroot: $*"; }

[ "$(id -u)" -eq 0 ] || { echo "check-deb-in-chroot: run as root (debootstrap, chroot, mount)" >&2; exit 2; }

arch=$(dpkg --print-architecture)
deb=${1:-}
if [ -z "$deb" ]; then
    shopt -s nullglob
    candidates=(build/okx-wallet-viewer_*_"$arch".deb)
    shopt -u nullglob
    [ ${#candidates[@]} -eq 1 ] || {
        echo "check-deb-in-chroot: expected one build/okx-wallet-viewer_*_$arch.deb, found ${#candidates[@]}; name the package" >&2
        exit 2
    }
    deb=${candidates[0]}
fi
deb=$(realpath "$deb")
screenshot=$(realpath -m "${2:-build/chroot-window-zh.png}")
version=$(dpkg-deb --field "$deb" Version)
say "package $deb (version $version)"

if ! command -v debootstrap >/dev/null; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends debootstrap >/dev/null
fi

# apt's configured Debian sources for bookworm (the release, its updates and security), so the
# chroot sees the same package versions the package was built against.
# shellcheck disable=SC2016 # $(…) are apt's fields, not the shell's
sources=$(apt-get indextargets --format '$(REPO_URI) $(CODENAME) $(COMPONENT)' 'Created-By: Packages' |
    awk '$2 ~ /^bookworm(-updates|-security)?$/ && $3 == "main" { print "deb " $1 " " $2 " main" }' | sort -u)
mirror=${MIRROR:-$(awk '$3 == "bookworm" { print $2; exit }' <<<"$sources")}
[ -n "$mirror" ] || { echo "check-deb-in-chroot: no Debian bookworm mirror in apt's sources; set MIRROR=URL" >&2; exit 2; }
[ -n "$sources" ] || sources="deb $mirror bookworm main"

root=$(mktemp -d /tmp/okx-deb-chroot.XXXXXX)
# Unmounts whatever is mounted inside the root (ours, and debootstrap's own if it was stopped),
# deepest first, then removes it, never crossing into another file system.
cleanup() {
    local mount_point
    awk -v root="$root/" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r |
        while read -r mount_point; do
            umount "$mount_point" 2>/dev/null || umount -l "$mount_point" 2>/dev/null || true
        done
    if [ "${KEEP_CHROOT:-0}" = 1 ]; then
        say "kept the root in $root"
    else
        rm -rf --one-file-system "$root" "$root.debootstrap.log"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "debootstrap --variant=minbase bookworm from $mirror into $root"
debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
    tail -n 30 "$root.debootstrap.log" >&2
    exit 1
}

mount -t proc proc "$root/proc"
mount -t sysfs sysfs "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
echo "$sources" >"$root/etc/apt/sources.list"
# No service starts inside the chroot (packages such as dbus would try).
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

mkdir -p "$root/root/check"
cp "$deb" scripts/check-installed.sh "$root/root/check/"
package=$(basename "$deb")

say "apt-get update"
in_root apt-get update -q >/dev/null
say "apt-get install ./$package (the package alone, with what it depends on and recommends)"
# shellcheck disable=SC2016 # $1 is the inner shell's
in_root sh -c 'cd /root/check && apt-get install -y -q "./$1"' install "$package" >"$root/root/check/install.log" 2>&1 || {
    tail -n 30 "$root/root/check/install.log" >&2
    exit 1
}
grep -E "^(Setting up okx-wallet-viewer|[0-9]+ upgraded, [0-9]+ newly installed)" "$root/root/check/install.log"
# shellcheck disable=SC2016 # ${…} are dpkg-query's fields
in_root dpkg-query -W -f='installed: ${Package} ${Version}\nDepends: ${Depends}\nRecommends: ${Recommends}\n' okx-wallet-viewer
say "files of the package"
in_root dpkg -L okx-wallet-viewer | grep -E '^/usr/(bin|lib|share/(applications|metainfo|man|doc|okx-wallet-viewer)|share/icons/hicolor/(scalable|256x256))/.'

say "from the installed paths, before anything else is installed"
in_root /bin/bash /root/check/check-installed.sh /usr "$version"

say "installing the test tools only (xvfb xauth x11-utils imagemagick) for the window"
in_root apt-get install -y -q --no-install-recommends xvfb xauth x11-utils imagemagick >/dev/null
in_root /bin/bash /root/check/check-installed.sh /usr "$version" --window /root/check/window-zh.png
mkdir -p "$(dirname "$screenshot")"
cp "$root/root/check/window-zh.png" "$screenshot"
say "PASS: the package installs and runs on a fresh Debian 12 (screenshot: $screenshot)"
