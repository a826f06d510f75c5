#!/usr/bin/env bash
# Charts and report benchmark: rectify-cli export-charts (every chart in PNG, SVG
# and PDF, and PNG alone) and report on one generated ledger, beside
# `rectify-cli stats --json` (the statistics alone) as the baseline of the same
# run. Runs are interleaved so that all commands see the same machine load; the
# figures are medians of wall time and of CPU time (user + system), which is the
# steadier figure on a shared machine. Goal of the charts: under 2 s for all.
#
# Usage: tests/bench/charts_bench.sh [BUILD_DIR] [TASKS] [RUNS] [BEFORE_CLI]
#   defaults: build/bench, 100000 tasks, 3 runs. BEFORE_CLI: the rectify-cli of
#   an earlier build, timed in the same runs for a before/after ratio. The ledger
#   is generated once into $TMPDIR (or /tmp) and kept for the next run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/bench}
tasks=${2:-100000}
runs=${3:-3}
before=${4:-}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-genledger"
for exe in "$cli" "$gen" ${before:+"$before"}; do
    [[ -x "$exe" ]] || { echo "missing $exe: cmake --preset bench && cmake --build --preset bench" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "GNU time is needed (Debian package time)" >&2; exit 2; }

db="${TMPDIR:-/tmp}/rectify-stats-bench-$tasks.sqlite"
today=2024-06-30
if [[ ! -f "$db" ]]; then
    "$gen" "$db" --tasks "$tasks" --today "$today" >/dev/null
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# sample NAME CMD...: runs CMD once, appends "wall_ms cpu_ms" to $out/NAME.
sample() {
    local name=$1
    shift
    /usr/bin/time -o "$out/time" -f '%e %U %S' "$@" >/dev/null 2>"$out/stderr" \
        || { echo "$name failed:" >&2; cat "$out/stderr" >&2; exit 1; }
    awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$out/time" >>"$out/$name"
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { awk -v c="$2" '{ print $c }' "$out/$1" | median; }

commands=(stats charts charts_png report)
[[ -n "$before" ]] && commands+=(before_charts before_report)
one_round() {
    sample stats env RECTIFY_LANG=zh_CN "$cli" --db "$db" stats --today "$today" --json
    rm -rf "$out/c"
    sample charts env RECTIFY_LANG=zh_CN "$cli" --db "$db" export-charts "$out/c" --today "$today"
    rm -rf "$out/c"
    sample charts_png env RECTIFY_LANG=zh_CN "$cli" --db "$db" export-charts "$out/c" \
        --format png --today "$today"
    sample report env RECTIFY_LANG=zh_CN "$cli" --db "$db" report "$out/r.pdf" --today "$today"
    if [[ -n "$before" ]]; then
        rm -rf "$out/c"
        sample before_charts env RECTIFY_LANG=zh_CN "$before" --db "$db" export-charts "$out/c" \
            --today "$today"
        sample before_report env RECTIFY_LANG=zh_CN "$before" --db "$db" report "$out/r.pdf" \
            --today "$today"
    fi
}

one_round # warm the page cache; not counted
for c in "${commands[@]}"; do : >"$out/$c"; done
for ((i = 0; i < runs; i++)); do one_round; done

echo "ledger: $db ($tasks tasks), $runs runs each, medians; load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-44s %10s %10s\n' "" "wall ms" "CPU ms"
label() {
    case $1 in
    stats) echo "stats --json (baseline)" ;;
    charts) echo "export-charts, 5 charts x png,svg,pdf" ;;
    charts_png) echo "export-charts --format png" ;;
    report) echo "report (PDF)" ;;
    before_charts) echo "before: export-charts, png,svg,pdf" ;;
    before_report) echo "before: report (PDF)" ;;
    esac
}
for c in "${commands[@]}"; do
    printf '%-44s %10s %10s\n' "$(label "$c")" "$(column_median "$c" 1)" "$(column_median "$c" 2)"
done
awk -v c="$(column_median charts 2)" -v s="$(column_median stats 2)" \
    'BEGIN { printf "charts / stats CPU: %.2f; charts CPU %s 2 s goal\n", c / s, (c < 2000) ? "under the" : "OVER the" }'
if [[ -n "$before" ]]; then
    awk -v a="$(column_median charts 2)" -v b="$(column_median before_charts 2)" \
        'BEGIN { printf "charts CPU after / before: %.2f\n", a / b }'
fi
