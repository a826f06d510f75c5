#!/usr/bin/env bash
# Builds Rectify (Release) and starts the GUI on the default ledger.
# Extra arguments are passed to the app, e.g. scripts/run.sh --db other.sqlite
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh run
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)"
app=build/release/app/rectify
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display found: starting Rectify on a virtual display (xvfb-run)." >&2
    exec xvfb-run -a "$app" "$@"
fi
exec "$app" "$@"
