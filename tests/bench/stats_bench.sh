#!/usr/bin/env bash
# rectify-cli stats --json against the same queries run by the bare sqlite3 shell
# (tests/bench/stats_baseline.sql) on one generated ledger. Prints the median of
# several runs of each, interleaved so that both see the same machine load, and
# the ratio (target: at most 1.5).
#
# Usage: tests/bench/stats_bench.sh [BUILD_DIR] [TASKS] [RUNS]
#   defaults: build/bench, 100000 tasks, 9 runs. The ledger is generated once
#   into $TMPDIR (or /tmp) and kept for the next run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/bench}
tasks=${2:-100000}
runs=${3:-9}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-genledger"
for exe in "$cli" "$gen"; do
    [[ -x "$exe" ]] || { echo "missing $exe: cmake --preset bench && cmake --build --preset bench" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed (Debian package sqlite3)" >&2; exit 2; }

db="${TMPDIR:-/tmp}/rectify-stats-bench-$tasks.sqlite"
today=2024-06-30
if [[ ! -f "$db" ]]; then
    "$gen" "$db" --tasks "$tasks" --today "$today" >/dev/null
fi

# The windows of a new ledger: due soon 7 days, notice off, stale 30 days.
params=$(cat <<SQL
.parameter init
.parameter set :today "'$today'"
.parameter set :soon_end "'$(date -d "$today + 7 days" +%F)'"
.parameter set :notice_start "'$(date -d "$today + 8 days" +%F)'"
.parameter set :notice_end "'$today'"
.parameter set :stale_from "'$(date -d "$today - 30 days" +%F)'"
SQL
)
baseline() { { echo "$params"; cat tests/bench/stats_baseline.sql; } | sqlite3 -readonly "$db" >/dev/null; }
rectify() { RECTIFY_LANG=en "$cli" --db "$db" stats --today "$today" --json >/dev/null; }

ms() { # runs "$@" once, prints the wall time in milliseconds
    local start end
    start=$(date +%s%N)
    "$@"
    end=$(date +%s%N)
    echo $(((end - start) / 1000000))
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Warm the page cache, and check that both give an answer.
baseline
rectify
b=() r=()
for ((i = 0; i < runs; i++)); do
    b+=("$(ms baseline)")
    r+=("$(ms rectify)")
done
bm=$(printf '%s\n' "${b[@]}" | median)
rm=$(printf '%s\n' "${r[@]}" | median)
echo "ledger: $db ($tasks tasks), $runs runs each"
echo "sqlite3 shell, same queries: median ${bm} ms  (runs: ${b[*]})"
echo "rectify-cli stats --json:    median ${rm} ms  (runs: ${r[*]})"
awk -v r="$rm" -v b="$bm" 'BEGIN { printf "ratio: %.2f (target <= 1.5)\n", r / b }'
