#!/usr/bin/env bash
# Hostile CSV files against `rectify-cli import`: no crash, no hang, bounded
# memory, a clear one-line message naming the file, and the ledger untouched.
#
# Usage: hostile_csv.sh --cli PATH [--big-mb N] [--columns N] [--max-rss-mb N] [--timeout S]
#   short form (ctest):   --big-mb 72 --columns 100000
#   long form (release):  --big-mb 1024 --columns 100000 --max-rss-mb 300
# The big file is one line without a line break, larger than the reader's
# 64 MiB record limit when N > 64.
set -euo pipefail

cli=""
big_mb=72
columns=100000
max_rss_mb=400
limit=600
while [[ $# -gt 0 ]]; do
    case "$1" in
        --cli) cli=$2; shift 2 ;;
        --big-mb) big_mb=$2; shift 2 ;;
        --columns) columns=$2; shift 2 ;;
        --max-rss-mb) max_rss_mb=$2; shift 2 ;;
        --timeout) limit=$2; shift 2 ;;
        *) echo "unknown argument: $1" >&2; exit 2 ;;
    esac
done
[[ -x "$cli" ]] || { echo "--cli must name the rectify-cli executable" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export RECTIFY_LANG=en XDG_DATA_HOME="$work/data"
db="$work/ledger.sqlite"
"$cli" --db "$db" init --passwords-optional >/dev/null
"$cli" --db "$db" info --json >/dev/null
header='序号,问题类别,反馈问题,整改措施,整改目标,责任领导,牵头单位,配合单位,责任人,整改时限,整改进展,完成情况,备注'

# 1. One line of big_mb MiB and no line break.
head -c $((big_mb * 1024 * 1024)) /dev/zero | tr '\0' 'x' > "$work/oneline.csv"
# 2. A header and a row of $columns columns.
{ echo "$header"; awk -v n="$columns" 'BEGIN { for (i = 1; i < n; i++) printf "%d,", i; print n }'; } > "$work/columns.csv"
# 3. NUL bytes inside cells and between rows.
{ echo "$header"; printf '1,类别,问\0题,措\0施,,,,,,2024-01-31,,,\n\0\0\0\n'; } > "$work/nul.csv"
# 4. Byte sequences valid in no encoding (lone continuation bytes, overlong forms, 0xFF).
{ echo "$header"; printf '1,\x80\x81,\xc0\xaf,\xff\xfe\xfd,\xed\xa0\x80,,,,,2024-01-31,,,\n'; } > "$work/invalid.csv"
# 5. An unterminated quote that runs to the end of the file.
{ echo "$header"; printf '1,类别,"问题\n'; head -c 2000000 /dev/zero | tr '\0' 'y'; } > "$work/quote.csv"
# 6. Random bytes.
head -c 3000000 /dev/urandom > "$work/random.csv"

# Peak memory through GNU time (Debian package time) when it is installed.
timer=()
[[ -x /usr/bin/time ]] && timer=(/usr/bin/time -f 'RSS %M')

before=$(sqlite3 "$db" "SELECT count(*) FROM tasks; SELECT count(*) FROM audit_log" | tr '\n' ' ')
failures=0
for f in oneline columns nul invalid quote random; do
    file="$work/$f.csv"
    for mode in --dry-run ""; do
        set +e
        out=$( { timeout "$limit" "${timer[@]}" "$cli" --db "$db" import "$file" $mode >/dev/null; } 2>&1 )
        code=$?
        set -e
        rss_kb=$(echo "$out" | sed -n 's/^RSS \([0-9]*\)$/\1/p' | tail -1)
        message=$(echo "$out" | grep -v '^RSS ' | head -1 || true)
        verdict="ok"
        if [[ $code -ge 124 ]]; then
            verdict="FAIL: exit $code (crash, signal or timeout)"
        elif [[ -n "$rss_kb" && $rss_kb -gt $((max_rss_mb * 1024)) ]]; then
            verdict="FAIL: peak RSS $((rss_kb / 1024)) MiB > $max_rss_mb MiB"
        elif [[ $code -ne 0 && "$message" != *"$f.csv"* ]]; then
            verdict="FAIL: the message does not name the file: $message"
        fi
        after=$(sqlite3 "$db" "SELECT count(*) FROM tasks; SELECT count(*) FROM audit_log" | tr '\n' ' ')
        if [[ $code -ne 0 && "$after" != "$before" ]]; then
            verdict="FAIL: a refused import changed the ledger ($before -> $after)"
        fi
        [[ $code -eq 0 ]] && before=$after
        printf '%-8s %-10s exit %d, peak RSS %s MiB: %s\n    %s\n' "$f" "${mode:-import}" "$code" \
            "$(( ${rss_kb:-0} / 1024 ))" "$verdict" "${message:0:200}"
        [[ "$verdict" == "ok" ]] || failures=$((failures + 1))
    done
done
check=$(sqlite3 "$db" "PRAGMA integrity_check")
[[ "$check" == "ok" ]] || { echo "FAIL: integrity_check: $check"; failures=$((failures + 1)); }
echo "failures: $failures"
[[ $failures -eq 0 ]]
