#!/usr/bin/env bash
# Reporting rounds benchmark: one round of a generated ledger (40 lead units):
# - forms out: rectify-cli round forms, every unit's .xlsx form, and again as CSV;
# - forms back: the 40 CSV forms with every open task's row filled in (progress,
#   a completion claim on one row in ten, a reporter), collected in one command;
#   and the 40 .xlsx forms as they went out (read and checked whole, nothing to
#   write), collected in a second round.
# Targets (docs/benchmarks.md): forms for 40 units of a 100k-task ledger <= 5 s;
# collecting 40 returned forms <= 5 s.
# Usage: tests/bench/rounds_bench.sh [BUILD_DIR] [TASKS]
#   defaults: build/bench 100000
#   RECTIFY_CLI_BEFORE=FILE also collects the same filled forms with that (earlier)
#   rectify-cli, into a copy of the ledger as it was before the collection.
set -euo pipefail
build=${1:-build/bench}
tasks=${2:-100000}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-genledger"
[[ -x "$cli" && -x "$gen" ]] || { echo "build the bench preset first" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 is needed to fill the forms" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/ledger.sqlite"
"$gen" "$db" --tasks "$tasks" --today "$(date +%F)" >/dev/null
due=$(date -d '+10 days' +%F)
"$cli" --db "$db" --user admin users add 督办 --role supervisor >/dev/null
as=(--db "$db" --user 督办)
"$cli" "${as[@]}" round open 本月进展报送 --due "$due" >/dev/null
"$cli" "${as[@]}" round open 下月进展报送 --due "$due" >/dev/null

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# timed NAME CMD...: wall ms of one run, and CPU ms (user + system) and peak RSS
# (KiB) when /usr/bin/time is there: on a shared machine CPU is the steadier figure.
timed() {
    local name=$1; shift
    local s rss="-" cpu="-"
    s=$(now_ms)
    if [[ -x /usr/bin/time ]]; then
        read -r rss cpu < <( { /usr/bin/time -f '%M %U %S' "$@" >/dev/null; } 2>&1 | tail -1 \
            | awk '{ printf "%d %d\n", $1, ($2 + $3) * 1000 }')
    else
        "$@" >/dev/null
    fi
    printf '%-44s %6d ms wall %6s ms CPU   peak RSS %8s KiB\n' "$name" "$(( $(now_ms) - s ))" "$cpu" "$rss"
}

echo "ledger: $tasks tasks, $("$cli" --db "$db" info --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["units"])') units"
timed "round forms (xlsx, every unit)" "$cli" "${as[@]}" round forms "$work/xlsx" --round 本月进展报送
timed "round forms --csv (every unit)" "$cli" "${as[@]}" round forms "$work/csv" --round 本月进展报送 --csv
forms=$(ls "$work/xlsx" | wc -l)
rows=$(cat "$work"/csv/*.csv | wc -l)
echo "forms: $forms xlsx ($(du -sh "$work/xlsx" | cut -f1)), $forms CSV with $(( rows - 2 * forms )) task rows"

# Fill every task row of the CSV forms as a unit would: progress, every tenth row
# 已完成, the reporter and a phone number.
mkdir "$work/back"
python3 - "$work/csv" "$work/back" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8-sig", newline="") as f:
        lines = f.read().split("\r\n")
    out = lines[:2]
    for i, line in enumerate(lines[2:]):
        if not line:
            out.append(line)
            continue
        # The four key cells are quoted when they hold commas: keep the row's text
        # and replace its seven empty trailing cells.
        assert line.endswith(",,,,,,,"), line
        status = "已完成" if i % 10 == 0 else "推进中"
        out.append(line[:-7] + ",本月已按计划推进第%d项工作," % (i + 1) + status + ",,,,填报员,13800000000")
    with open(os.path.join(dst, name), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(out))
PY
cp "$db" "$work/before.sqlite"
timed "round collect: 40 filled CSV forms" "$cli" "${as[@]}" round collect "$work"/back/*.csv --round 本月进展报送
if [[ -n "${RECTIFY_CLI_BEFORE:-}" ]]; then
    timed "before: round collect: 40 filled CSV forms" "$RECTIFY_CLI_BEFORE" --db "$work/before.sqlite" \
        --user 督办 round collect "$work"/back/*.csv --round 本月进展报送
    # Both builds wrote the same rows.
    for t in progress_entries extensions round_reports audit_log; do
        a=$(sqlite3 "$db" "SELECT count(*) FROM $t" 2>/dev/null || echo -)
        b=$(sqlite3 "$work/before.sqlite" "SELECT count(*) FROM $t" 2>/dev/null || echo -)
        [[ "$a" == "$b" ]] || echo "rows of $t differ: $a here, $b before" >&2
    done
fi
"$cli" "${as[@]}" round status --round 本月进展报送 | head -1
timed "round collect again (already collected)" "$cli" "${as[@]}" round collect "$work"/back/*.csv --round 本月进展报送
"$cli" "${as[@]}" round forms "$work/xlsx2" --round 下月进展报送 >/dev/null
timed "round collect: 40 xlsx forms, nothing filled" "$cli" "${as[@]}" round collect "$work"/xlsx2/*.xlsx --round 下月进展报送
timed "round collect --dry-run: 40 xlsx forms" "$cli" "${as[@]}" round collect "$work"/xlsx2/*.xlsx --round 下月进展报送 --dry-run
