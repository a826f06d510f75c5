#!/usr/bin/env bash
# Builds Rectify with warnings as errors under AddressSanitizer + UBSan
# and runs every test through ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
ctest --preset ci -j"$(nproc)" --timeout 600
