#!/usr/bin/env bash
# Takes the user guide's screenshots of the main window on the sample ledger, in
# Chinese and in English, under a virtual X server (xvfb-run).
# Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build/ci)
# Writes docs/images/main-window-{zh_CN,en}.png and docs/images/dashboard-{zh_CN,en}.png.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build/ci}"
app="$build/app/rectify"
[[ -x "$app" ]] || { echo "build the application first: $app is missing" >&2; exit 2; }
mkdir -p docs/images
# A home of its own: the user's settings and ledgers stay untouched.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
for lang in zh_CN en; do
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home" \
    ASAN_OPTIONS=detect_leaks=0 \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" --sample --lang "$lang" --screenshot "docs/images/main-window-$lang.png"
    echo "docs/images/main-window-$lang.png"
    XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home" \
    ASAN_OPTIONS=detect_leaks=0 \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$app" --sample --lang "$lang" --dashboard --screenshot "docs/images/dashboard-$lang.png"
    echo "docs/images/dashboard-$lang.png"
done
