#!/usr/bin/env bash
# Export benchmark: rectify-cli export-csv / export-xlsx / backup of a generated
# ledger, against sqlite3 writing the same rows as CSV with one joined query (the
# floor for "read every task and write text"), measured in the same run.
# Usage: tests/bench/export_bench.sh [BUILD_DIR] [TASKS] [RUNS]
#   defaults: build/bench 100000 5
#   RECTIFY_CLI_BEFORE=FILE also times that (earlier) rectify-cli on the same ledger
#   in the same run, by turns with this build's (it must read this build's format
#   version), and prints after/before.
set -euo pipefail
build=${1:-build/bench}
tasks=${2:-100000}
runs=${3:-5}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-genledger"
[[ -x "$cli" && -x "$gen" ]] || { echo "build the bench preset first" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/ledger.sqlite"
"$gen" "$db" --tasks "$tasks" >/dev/null

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# time_cmd NAME CMD...: median wall ms over $runs runs, and peak RSS (KiB) of the last.
time_cmd() {
    local name=$1; shift
    local times=()
    for ((r = 0; r < runs; r++)); do
        local s; s=$(now_ms)
        "$@" >/dev/null
        times+=($(( $(now_ms) - s )))
    done
    local rss="-"
    if [[ -x /usr/bin/time ]]; then
        rss=$( { /usr/bin/time -f '%M' "$@" >/dev/null; } 2>&1 | tail -1 )
    fi
    local med; med=$(printf '%s\n' "${times[@]}" | median)
    printf '%-28s median %6d ms   peak RSS %8s KiB   runs: %s\n' "$name" "$med" "$rss" "${times[*]}"
    echo "$med" > "$work/$name.ms"
}

sql="SELECT p.code, p.category, p.title, t.measure, t.target, t.deadline, t.status, t.remarks,
     (SELECT group_concat(COALESCE(u.name, pe.name), '、') FROM responsibilities r
        LEFT JOIN units u ON u.id = r.unit_id LEFT JOIN people pe ON pe.id = r.person_id
      WHERE r.task_id = t.id)
     FROM problems p JOIN tasks t ON t.problem_id = p.id ORDER BY p.inspection_id, p.sort_order, t.number"

echo "ledger: $tasks tasks; $runs runs each"
time_cmd sqlite3-csv sqlite3 "$db" -csv "$sql"
before=${RECTIFY_CLI_BEFORE:-}
# time_pair NAME ARGS...: this build's rectify-cli ARGS, and with RECTIFY_CLI_BEFORE
# the earlier one's, run by turns so that both see the same load; medians of each.
time_pair() {
    local name=$1; shift
    local mine=() theirs=()
    for ((r = 0; r < runs; r++)); do
        local s
        if [[ -n "$before" ]]; then
            s=$(now_ms); "$before" "$@" >/dev/null; theirs+=($(( $(now_ms) - s )))
        fi
        s=$(now_ms); "$cli" "$@" >/dev/null; mine+=($(( $(now_ms) - s )))
    done
    local rss="-"
    [[ -x /usr/bin/time ]] && rss=$( { /usr/bin/time -f '%M' "$cli" "$@" >/dev/null; } 2>&1 | tail -1 )
    local med; med=$(printf '%s\n' "${mine[@]}" | median)
    printf '%-28s median %6d ms   peak RSS %8s KiB   runs: %s\n' "$name" "$med" "$rss" "${mine[*]}"
    echo "$med" > "$work/$name.ms"
    if [[ -n "$before" ]]; then
        med=$(printf '%s\n' "${theirs[@]}" | median)
        printf '%-28s median %6d ms   (earlier build)   runs: %s\n' "before-$name" "$med" "${theirs[*]}"
        echo "$med" > "$work/before-$name.ms"
    fi
}
time_pair export-csv-utf8 --db "$db" export-csv "$work/out-u.csv" --encoding utf-8-bom
time_pair export-csv-gb18030 --db "$db" export-csv "$work/out-g.csv"
time_pair export-xlsx --db "$db" export-xlsx "$work/out.xlsx"
time_pair backup --db "$db" backup "$work/copy.sqlite"
base=$(cat "$work/sqlite3-csv.ms")
for n in export-csv-utf8 export-csv-gb18030 export-xlsx backup; do
    awk -v a="$(cat "$work/$n.ms")" -v b="$base" -v n="$n" \
        'BEGIN { printf "%-28s %.1fx the sqlite3 CSV baseline\n", n, (b > 0 ? a / b : 0) }'
done
if [[ -n "$before" ]]; then
    for n in export-csv-utf8 export-csv-gb18030 export-xlsx backup; do
        awk -v a="$(cat "$work/$n.ms")" -v b="$(cat "$work/before-$n.ms")" -v n="$n" \
            'BEGIN { printf "%-28s %.2fx the earlier build\n", n, (b > 0 ? a / b : 0) }'
    done
fi
ls -l "$work"/out-u.csv "$work"/out-g.csv "$work"/out.xlsx "$work"/copy.sqlite | awk '{print $5, $9}'
