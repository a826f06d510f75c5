#!/usr/bin/env bash
# Main window timings on a 100,000-task ledger, with a 1,000-task ledger as the
# baseline measured in the same run (see docs/benchmarks.md).
# Usage: tests/bench/ui_bench.sh [BUILD_DIR] [TASKS]   (default: build/bench 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/bench}"
tasks="${2:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen
"$build/tests/bench/rectify-genledger" "$work/base.sqlite" --tasks 1000 >/dev/null
"$build/tests/bench/rectify-genledger" "$work/big.sqlite" --tasks "$tasks" >/dev/null
echo "== baseline"
"$build/tests/bench/rectify-ui-bench" "$work/base.sqlite" 5
echo "== large"
"$build/tests/bench/rectify-ui-bench" "$work/big.sqlite" 5
