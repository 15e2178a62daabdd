#!/usr/bin/env bash
# Renders the PNG icons from their SVG sources in resources/icons (the PNGs are committed; run this
# after editing an SVG). Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"

for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" okx-wallet-viewer.svg -o "app-$size.png"
done
for name in warning stale privacy settings; do
    rsvg-convert -w 32 -h 32 "$name.svg" -o "$name.png"
    rsvg-convert -w 64 -h 64 "$name.svg" -o "$name@2x.png"
done
