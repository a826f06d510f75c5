#!/usr/bin/env bash
# The 通报 draft of a large ledger: rectify-cli bulletin as DOCX, ODT and PDF.
# rectify-genledger spreads its tasks over three inspections; a 通报 covers one,
# so the script also folds every problem into the first inspection (codes made
# unique, with sqlite3) to time the draft of all TASKS tasks at once, the worst
# case. Prints the median wall time and the peak RSS (GNU time) of each.
# Usage: tests/bench/bulletin_bench.sh [BUILD_DIR] [TASKS] [RUNS]
#   defaults: build/bench 100000 3; RECTIFY_BENCH_PDF=0 leaves out the PDF (about
#   10,000 pages for 100,000 tasks, the slow part).
set -euo pipefail
build=${1:-build/bench}
tasks=${2:-100000}
runs=${3:-3}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-genledger"
[[ -x "$cli" && -x "$gen" ]] || { echo "build the bench preset first" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "GNU time (/usr/bin/time) is needed" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/ledger.sqlite"
one="$work/one-inspection.sqlite"
"$gen" "$db" --tasks "$tasks" --today 2024-06-30 >/dev/null
cp "$db" "$one"
sqlite3 "$one" "UPDATE problems SET code = inspection_id || '-' || code;
                UPDATE problems SET inspection_id = (SELECT MIN(id) FROM inspections);"
first=$(sqlite3 "$db" "SELECT name FROM inspections ORDER BY id LIMIT 1")
largest=$(sqlite3 "$db" "SELECT i.name FROM inspections i JOIN problems p ON p.inspection_id = i.id
    JOIN tasks t ON t.problem_id = p.id GROUP BY i.id ORDER BY COUNT(*) DESC LIMIT 1")
largest_tasks=$(sqlite3 "$db" "SELECT COUNT(*) FROM tasks t JOIN problems p ON p.id = t.problem_id
    JOIN inspections i ON i.id = p.inspection_id WHERE i.name = '$largest'")

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# run NAME LEDGER INSPECTION OUT: median wall and CPU (user + system) ms and the
# largest peak RSS over $runs runs. On a loaded machine, compare the CPU time.
run() {
    local name=$1 ledger=$2 inspection=$3 out=$4
    local times=() cpus=() peak=0
    for ((r = 0; r < runs; r++)); do
        local wall user sys rss
        /usr/bin/time -o "$work/time" -f '%e %U %S %M' "$cli" --db "$ledger" bulletin "$out" \
            --today 2024-06-30 --inspection "$inspection" >/dev/null 2>&1
        read -r wall user sys rss < "$work/time"
        times+=("$(awk -v s="$wall" 'BEGIN { printf "%d", s * 1000 }')")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
        (( rss > peak )) && peak=$rss
    done
    local med cpu
    med=$(printf '%s\n' "${times[@]}" | median)
    cpu=$(printf '%s\n' "${cpus[@]}" | median)
    printf '%-30s wall %6d ms  CPU %6d ms  peak RSS %5d MiB  %9d bytes  wall runs: %s\n' \
        "$name" "$med" "$cpu" $(( peak / 1024 )) "$(stat -c %s "$out")" "${times[*]}"
}

echo "ledger: $tasks tasks; largest inspection: $largest ($largest_tasks tasks); $runs runs each"
run "largest inspection, docx" "$db" "$largest" "$work/largest.docx"
run "all $tasks tasks in one, docx" "$one" "$first" "$work/all.docx"
run "all $tasks tasks in one, odt" "$one" "$first" "$work/all.odt"
if [[ ${RECTIFY_BENCH_PDF:-1} != 0 ]]; then
    run "all $tasks tasks in one, pdf" "$one" "$first" "$work/all.pdf"
    echo "pages of the PDF: $(pdfinfo "$work/all.pdf" 2>/dev/null | awk '/^Pages/ {print $2}')"
fi
