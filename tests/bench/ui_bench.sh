#!/usr/bin/env bash
# Main window timings on a 100,000-task ledger, with a 1,000-task ledger as the
# baseline measured in the same run (see docs/benchmarks.md).
# Usage: tests/bench/ui_bench.sh [BUILD_DIR] [TASKS] [BEFORE_BUILD_DIR]
#   (default: build/bench 100000). With BEFORE_BUILD_DIR, the rectify-ui-bench of
#   another build (an older commit) runs on ledgers of the same rows (made by its
#   own rectify-genledger with the same seed, so at its own format version), each
#   right before this build's, so that before and after share the machine's load.
#   TASKS may be 1000000: the ledger is then about 1 GB in the temporary folder
#   (twice with BEFORE_BUILD_DIR) and takes a few minutes to generate; set
#   RECTIFY_BENCH_DASHBOARD=0 to leave the dashboard's figures out (most of a minute
#   per read on a million tasks). RUNS (default 5) sets the runs per figure.
#   LEDGERS="BASE.sqlite BIG.sqlite" benches existing ledger files instead of
#   generating them (TASKS is then only a label): each is copied into the temporary
#   folder first (cp --reflink=auto), so the originals are never written, and the
#   build before, if any, runs on the same copies (both builds must read that format).
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build/bench}"
tasks="${2:-100000}"
runs="${RUNS:-5}"
[[ "$tasks" =~ ^[0-9]+$ ]] || { echo "TASKS must be a number: $tasks" >&2; exit 2; }
before="${3:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"
export XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen
if [[ -n "${LEDGERS:-}" ]]; then
    read -r base_file big_file <<<"$LEDGERS"
    [[ -f "$base_file" && -f "$big_file" ]] || { echo "LEDGERS: two ledger files: $LEDGERS" >&2; exit 2; }
    cp --reflink=auto "$base_file" "$work/base.sqlite"
    cp --reflink=auto "$big_file" "$work/big.sqlite"
    chmod u+w "$work/base.sqlite" "$work/big.sqlite"
    if [[ -n "$before" ]]; then
        ln -s "$work/base.sqlite" "$work/base-before.sqlite"
        ln -s "$work/big.sqlite" "$work/big-before.sqlite"
    fi
else
    "$build/tests/bench/rectify-genledger" "$work/base.sqlite" --tasks 1000 >/dev/null
    "$build/tests/bench/rectify-genledger" "$work/big.sqlite" --tasks "$tasks" >/dev/null
    if [[ -n "$before" ]]; then
        "$before/tests/bench/rectify-genledger" "$work/base-before.sqlite" --tasks 1000 >/dev/null
        "$before/tests/bench/rectify-genledger" "$work/big-before.sqlite" --tasks "$tasks" >/dev/null
    fi
fi
run() {
    # The offscreen platform's notices are not figures.
    "$1/tests/bench/rectify-ui-bench" "$2" "$runs" 2> >(grep -v propagateSizeHints >&2)
}
for ledger in base big; do
    # With LEDGERS the sizes are the files' own: the bench's first line gives the tasks.
    if [[ -n "${LEDGERS:-}" ]]; then
        [[ $ledger == base ]] && echo "== baseline ($base_file)" || echo "== large ($big_file, $(du -m "$work/big.sqlite" | cut -f1) MB)"
    else
        [[ $ledger == base ]] && echo "== baseline (1,000 tasks)" || echo "== large ($tasks tasks, $(du -m "$work/big.sqlite" | cut -f1) MB)"
    fi
    if [[ -n "$before" ]]; then
        echo "-- before ($before)"
        run "$before" "$work/$ledger-before.sqlite"
        echo "-- after ($build)"
    fi
    run "$build" "$work/$ledger.sqlite"
done
