#!/usr/bin/env bash
# Crash safety of the import: kills `rectify-cli import` with SIGKILL at several
# points of a large import and checks, after each kill, that the ledger passes
# PRAGMA integrity_check, opens again, and holds all of the import or none of it.
#
# Usage: sigkill_import.sh --cli PATH [--rows N] [--kills K] [--keep-dir]
#   short form (ctest):   --rows 3000 --kills 4
#   long form (release):  --rows 200000 --kills 12
# Kill points are spread over the duration of one complete import, measured
# first in the same run, so they fall in the reading, checking and writing phases
# whatever the speed of the machine.
set -euo pipefail

cli=""
rows=3000
kills=4
keep=0
while [[ $# -gt 0 ]]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --rows) rows=$2; shift 2 ;;
        --kills) kills=$2; shift 2 ;;
        --keep-dir) keep=1; shift ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ -x "$cli" ]] || { echo "--cli must name the rectify-cli executable" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 (Debian package sqlite3) is needed" >&2; exit 2; }

work=$(mktemp -d)
if [[ $keep -eq 0 ]]; then trap 'rm -rf "$work"' EXIT; else echo "files in $work"; fi
export RECTIFY_LANG=en XDG_DATA_HOME="$work/data"

# A ledger of $rows tasks, four per problem, in the export's column shape (UTF-8).
csv="$work/big.csv"
awk -v rows="$rows" 'BEGIN {
    OFS = ","
    print "序号,问题类别,反馈问题,整改措施,整改目标,责任领导,牵头单位,配合单位,责任人,整改时限,整改进展,完成情况,备注"
    split("党的建设,作风建设,制度执行,资金管理,选人用人,意识形态", cats, ",")
    split("未启动,推进中,已完成,已销号", states, ",")
    for (i = 0; i < rows; i++) {
        p = int(i / 4) + 1
        print p, cats[p % 6 + 1], "问题" p "：制度落实不到位", \
            "\"措施" i "，\"\"逐项\"\"建立台账, 按月通报\"", "完成整改", "领导" (p % 12), "单位" (p % 40), \
            "配合单位" (i % 7) "、配合单位" (i % 5 + 7), "责任人" (i % 90), \
            sprintf("2024-%02d-%02d", i % 12 + 1, i % 28 + 1), "正在推进第" i "项", \
            states[i % 4 + 1], ""
    }
}' > "$csv"

tasks_in() {
    sqlite3 "$1" "SELECT count(*) FROM tasks" 2>&1
}

fresh_ledger() {
    rm -f "$1" "$1-wal" "$1-shm"
    "$cli" --db "$1" init --passwords-optional >/dev/null
}

# One complete import: its duration, and the number of tasks it writes.
full="$work/full.sqlite"
fresh_ledger "$full"
start=$(date +%s%N)
"$cli" --db "$full" import "$csv" >/dev/null
end=$(date +%s%N)
total_ms=$(( (end - start) / 1000000 ))
expected=$(tasks_in "$full")
[[ "$expected" == "$rows" ]] || { echo "FAIL: a complete import wrote $expected tasks, not $rows" >&2; exit 1; }
echo "complete import of $rows rows: ${total_ms} ms"

failures=0
none=0
all=0
for ((k = 1; k <= kills; k++)); do
    # Spread over 5 % .. 95 % of the complete import's duration.
    delay_ms=$(( total_ms * (5 + 90 * (k - 1) / (kills > 1 ? kills - 1 : 1)) / 100 ))
    db="$work/kill$k.sqlite"
    fresh_ledger "$db"
    "$cli" --db "$db" import "$csv" >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
        state="killed"
    else
        state="finished before the kill"
    fi
    wait "$pid" 2>/dev/null || true

    check=$(sqlite3 "$db" "PRAGMA integrity_check" 2>&1)
    count=$(tasks_in "$db")
    info=$("$cli" --db "$db" info --json 2>&1) || { echo "FAIL kill $k: the ledger does not open: $info" >&2; failures=$((failures + 1)); continue; }
    verdict="ok"
    if [[ "$check" != "ok" ]]; then
        verdict="FAIL: integrity_check says: $check"
    elif [[ "$count" == "0" ]]; then
        none=$((none + 1))
    elif [[ "$count" == "$rows" ]]; then
        all=$((all + 1))
    else
        verdict="FAIL: $count of $rows tasks (a partial import)"
    fi
    # The killed import left no lock behind: importing again works and is complete.
    if [[ "$verdict" == "ok" ]]; then
        if ! "$cli" --db "$db" import "$csv" >/dev/null 2>&1; then
            verdict="FAIL: importing again after the kill failed"
        elif [[ "$(tasks_in "$db")" != "$rows" ]]; then
            verdict="FAIL: importing again gave $(tasks_in "$db") tasks"
        fi
    fi
    echo "kill $k at ${delay_ms} ms ($state): $count tasks, integrity $check: $verdict"
    [[ "$verdict" == "ok" ]] || failures=$((failures + 1))
done

echo "kills: $kills, none imported: $none, all imported: $all, failures: $failures"
[[ $failures -eq 0 ]]
