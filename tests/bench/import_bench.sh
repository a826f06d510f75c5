#!/usr/bin/env bash
# Import benchmark: rectify-cli import of a generated Excel-shaped ledger CSV
# (one row per task, ~8 tasks per problem) into an empty ledger, in UTF-8 and in
# GB18030, against sqlite3's flat ".import" of the same file, measured in the
# same run (medians), with peak RSS; then one run of ten times the rows. The same
# rows as an .xlsx workbook are imported too, against the CSV import of the same
# run (target: within 1.5x, peak RSS < 300 MiB).
# Beside the flat .import it times a floor: the sqlite3 shell alone writing the
# rows of an imported ledger into an empty ledger of the same schema (secondary
# indexes built after the rows, the search index in one statement per table),
# with and without the search index, and prints the import's ratio to it.
# Usage: tests/bench/import_bench.sh [BUILD_DIR] [ROWS] [RUNS] [BIG_ROWS]
#   defaults: build/bench 100000 5 1000000 (BIG_ROWS 0 skips the big run)
#   RECTIFY_CLI_BEFORE=FILE also times that (earlier) rectify-cli in the same run,
#   importing into an empty ledger it made itself (its own format version), on
#   the big file too.
set -euo pipefail
build=${1:-build/bench}
rows=${2:-100000}
runs=${3:-5}
big=${4:-1000000}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-gencsv"
[[ -x "$cli" && -x "$gen" ]] || { echo "build the bench preset first" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 is needed" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "/usr/bin/time is needed (package time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$gen" "$work/u.csv" --rows "$rows" --encoding utf-8 --xlsx "$work/u.xlsx"
"$gen" "$work/g.csv" --rows "$rows" --encoding gb18030
"$cli" --db "$work/empty.sqlite" init --passwords-optional >/dev/null

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# run_timed NAME PREP CMD...: PREP (untimed) before every run; median wall ms and
# the largest peak RSS over the runs.
run_timed() {
    local name=$1 prep=$2; shift 2
    local times=() cpus=() rss=0
    for ((r = 0; r < runs; r++)); do
        eval "$prep"
        local s e kib cpu
        s=$(date +%s%N)
        /usr/bin/time -o "$work/time" -f '%M %U %S' "$@" >/dev/null 2>"$work/err" || true
        e=$(date +%s%N)
        times+=($(( (e - s) / 1000000 )))
        read -r kib cpu < <(tail -1 "$work/time" | awk '{ printf "%d %d\n", $1, ($2 + $3) * 1000 }')
        cpus+=("$cpu")
        (( kib > rss )) && rss=$kib
    done
    local med cmed
    med=$(printf '%s\n' "${times[@]}" | median)
    cmed=$(printf '%s\n' "${cpus[@]}" | median)
    # CPU time (user + sys) is printed too: on a shared machine it is the steadier figure.
    printf '%-24s median %6d ms wall %6d ms CPU   peak RSS %7d KiB   wall runs: %s\n' \
        "$name" "$med" "$cmed" "$rss" "${times[*]}"
    echo "$med" > "$work/$name.ms"
    echo "$cmed" > "$work/$name.cpu"
}

fresh='cp "$work/empty.sqlite" "$work/l.sqlite"; rm -f "$work/l.sqlite-wal" "$work/l.sqlite-shm"'
# The same ledger without the free-text search index (tables problem_search and
# task_search and their triggers): what the import costs apart from the index.
"$cli" --db "$work/nosearch.sqlite" init --passwords-optional >/dev/null
sqlite3 "$work/nosearch.sqlite" "DROP TABLE task_search; DROP TABLE IF EXISTS problem_search; DROP TRIGGER IF EXISTS task_search_insert; DROP TRIGGER IF EXISTS task_search_update; DROP TRIGGER IF EXISTS task_search_delete; DROP TRIGGER IF EXISTS task_search_problem; DROP TRIGGER IF EXISTS problem_search_insert; DROP TRIGGER IF EXISTS problem_search_update; DROP TRIGGER IF EXISTS problem_search_delete;"
nosearch='cp "$work/nosearch.sqlite" "$work/l.sqlite"; rm -f "$work/l.sqlite-wal" "$work/l.sqlite-shm"'
flat='rm -f "$work/flat.sqlite"'
echo "rows: $rows ($(wc -c < "$work/u.csv") bytes UTF-8, $(wc -c < "$work/g.csv") bytes GB18030); $runs runs each"
run_timed sqlite3-import-utf8 "$flat" sqlite3 "$work/flat.sqlite" ".mode csv" ".import $work/u.csv t"
run_timed sqlite3-import-gb18030 "$flat" sqlite3 "$work/flat.sqlite" ".mode csv" ".import $work/g.csv t"
run_timed import-utf8 "$fresh" "$cli" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10
run_timed import-gb18030 "$fresh" "$cli" --db "$work/l.sqlite" import "$work/g.csv" --feedback-date 2023-10-10
run_timed import-xlsx "$fresh" "$cli" --db "$work/l.sqlite" import "$work/u.xlsx" --feedback-date 2023-10-10
xlsx_tasks=$("$cli" --db "$work/l.sqlite" info --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["tasks"])' 2>/dev/null || echo "?")
sqlite3 "$work/l.sqlite" "VACUUM INTO '$work/src.sqlite'"
# An earlier build, timed in the same run: RECTIFY_CLI_BEFORE=path/to/rectify-cli.
if [[ -n "${RECTIFY_CLI_BEFORE:-}" ]]; then
    "$RECTIFY_CLI_BEFORE" --db "$work/before-empty.sqlite" init --passwords-optional >/dev/null
    freshBefore='cp "$work/before-empty.sqlite" "$work/l.sqlite"; rm -f "$work/l.sqlite-wal" "$work/l.sqlite-shm"'
    run_timed before-import-utf8 "$freshBefore" "$RECTIFY_CLI_BEFORE" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10
    run_timed before-import-gb18030 "$freshBefore" "$RECTIFY_CLI_BEFORE" --db "$work/l.sqlite" import "$work/g.csv" --feedback-date 2023-10-10
    for enc in utf8 gb18030; do
        awk -v a="$(cat "$work/import-$enc.cpu")" -v b="$(cat "$work/before-import-$enc.cpu")" -v n="import-$enc" \
            'BEGIN { printf "%-24s %.2fx the CPU of the earlier build\n", n, (b > 0 ? a / b : 0) }'
    done
fi
run_timed import-utf8-nosearch "$nosearch" "$cli" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10
run_timed dry-run-utf8 "$fresh" "$cli" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10 --dry-run
# Re-import of the same file into the filled ledger: every row unchanged.
"$cli" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10 >/dev/null
run_timed reimport-utf8 ":" "$cli" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10

# The floor: what SQLite itself needs to write the same rows into this schema.
# floor.sql copies every table the import filled from an imported ledger
# (src.sqlite) in one transaction, with the importer's page cache: the
# secondary indexes dropped first and built again after the rows; with the
# search index, its triggers set aside and both search tables filled in one
# INSERT ... SELECT each, with the importer's FTS5 settings (automerge 0, 16 MiB
# of pending terms), as the triggers would index them.
floor_sql() { # floor_sql TARGET_LEDGER SEARCH(0|1)
    local target=$1 search=$2 t
    echo "PRAGMA cache_size = -65536;"
    echo "ATTACH '$work/src.sqlite' AS src;"
    echo "BEGIN;"
    local tables
    tables=$(sqlite3 "$target" "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'sqlite%' AND name NOT LIKE '%search%' ORDER BY rowid")
    local filled=()
    for t in $tables; do
        [[ $(sqlite3 "$target" "SELECT count(*) FROM \"$t\"") == 0 ]] || continue
        [[ $(sqlite3 "$work/src.sqlite" "SELECT count(*) FROM \"$t\"") != 0 ]] || continue
        filled+=("'$t'")
    done
    local in
    in=$(IFS=,; echo "${filled[*]}")
    sqlite3 "$target" "SELECT 'DROP INDEX \"' || name || '\";' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ($in)"
    if ((search)); then
        sqlite3 "$target" "SELECT 'DROP TRIGGER \"' || name || '\";' FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%\\_search%' ESCAPE '\\'"
    fi
    for t in "${filled[@]}"; do
        t=${t//\'/}
        echo "INSERT INTO main.\"$t\" SELECT * FROM src.\"$t\";"
    done
    sqlite3 "$target" "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ($in)"
    if ((search)); then
        for t in problem_search task_search; do
            echo "INSERT INTO $t ($t, rank) VALUES ('automerge', 0);"
            echo "INSERT INTO $t ($t, rank) VALUES ('hashsize', 16777216);"
        done
        echo "INSERT INTO problem_search (rowid, problem) SELECT id, code || ' ' || category || ' ' || title || ' ' || description FROM problems;"
        echo "INSERT INTO task_search (rowid, task) SELECT id, measure || ' ' || target || ' ' || remarks FROM tasks;"
        sqlite3 "$target" "SELECT sql || ';' FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%\\_search%' ESCAPE '\\' ORDER BY rowid"
    fi
    echo "COMMIT;"
}
floor_sql "$work/empty.sqlite" 1 > "$work/floor.sql"
floor_sql "$work/nosearch.sqlite" 0 > "$work/floor-nosearch.sql"
run_timed floor "$fresh" sqlite3 "$work/l.sqlite" ".read $work/floor.sql"
sqlite3 "$work/l.sqlite" "SELECT CASE WHEN (SELECT count(*) FROM task_search) = (SELECT count(*) FROM src.tasks) THEN '' ELSE 'floor: the search index is incomplete' END" \
    -cmd "ATTACH '$work/src.sqlite' AS src" | grep . >&2 && exit 1
run_timed floor-nosearch "$nosearch" sqlite3 "$work/l.sqlite" ".read $work/floor-nosearch.sql"
for run in utf8:utf8 gb18030:gb18030 utf8-nosearch:utf8; do
    enc=${run%%:*} base=${run##*:}
    awk -v a="$(cat "$work/import-$enc.ms")" -v b="$(cat "$work/sqlite3-import-$base.ms")" \
        -v c="$(cat "$work/import-$enc.cpu")" -v d="$(cat "$work/sqlite3-import-$base.cpu")" -v n="import-$enc" \
        'BEGIN { printf "%-24s %.2fx wall, %.2fx CPU of sqlite3 .import of the same file (target: within 2x)\n", n, (b > 0 ? a / b : 0), (d > 0 ? c / d : 0) }'
done
# The import against the floor: 1x would be the importer writing as fast as
# SQLite can write these rows into this schema.
for run in utf8:floor utf8-nosearch:floor-nosearch; do
    enc=${run%%:*} base=${run##*:}
    awk -v a="$(cat "$work/import-$enc.ms")" -v b="$(cat "$work/$base.ms")" \
        -v c="$(cat "$work/import-$enc.cpu")" -v d="$(cat "$work/$base.cpu")" -v n="import-$enc" \
        -v f="$(cat "$work/$base.ms")" -v i="$(cat "$work/sqlite3-import-utf8.ms")" \
        'BEGIN { printf "%-24s %.2fx wall, %.2fx CPU of the floor (sqlite3 writing the same rows into the schema; the floor is %.2fx the wall of .import)\n", n, (b > 0 ? a / b : 0), (d > 0 ? c / d : 0), (i > 0 ? f / i : 0) }'
done
# The workbook against the CSV file of the same rows, in this run.
awk -v a="$(cat "$work/import-xlsx.ms")" -v b="$(cat "$work/import-utf8.ms")" \
    -v c="$(cat "$work/import-xlsx.cpu")" -v d="$(cat "$work/import-utf8.cpu")" -v t="$xlsx_tasks" \
    -v z="$(wc -c < "$work/u.xlsx")" \
    'BEGIN { printf "%-24s %.2fx wall, %.2fx CPU of the CSV import of the same rows (target: within 1.5x); %s tasks, %d bytes\n", "import-xlsx", (b > 0 ? a / b : 0), (d > 0 ? c / d : 0), t, z }'
"$cli" --db "$work/l.sqlite" info | sed -n '3,6p'

if (( big > 0 )); then
    "$gen" "$work/big.csv" --rows "$big" --encoding gb18030
    rm -f "$work/u.csv" "$work/g.csv" "$work/u.xlsx"
    runs=1
    echo "big: $big rows ($(wc -c < "$work/big.csv") bytes GB18030), one run"
    run_timed sqlite3-import-big "$flat" sqlite3 "$work/flat.sqlite" ".mode csv" ".import $work/big.csv t"
    run_timed import-big "$fresh" "$cli" --db "$work/l.sqlite" import "$work/big.csv" --feedback-date 2023-10-10
    if [[ -n "${RECTIFY_CLI_BEFORE:-}" ]]; then
        run_timed before-import-big "$freshBefore" "$RECTIFY_CLI_BEFORE" --db "$work/l.sqlite" import "$work/big.csv" --feedback-date 2023-10-10
        awk -v a="$(cat "$work/before-import-big.cpu")" -v d="$(cat "$work/sqlite3-import-big.cpu")" \
            'BEGIN { printf "%-24s %.2fx CPU of sqlite3 .import\n", "before-import-big", (d > 0 ? a / d : 0) }'
    fi
    awk -v a="$(cat "$work/import-big.ms")" -v b="$(cat "$work/sqlite3-import-big.ms")" \
        -v c="$(cat "$work/import-big.cpu")" -v d="$(cat "$work/sqlite3-import-big.cpu")" \
        'BEGIN { printf "%-24s %.2fx wall, %.2fx CPU of sqlite3 .import (target: within 5x, peak RSS < 200 MiB)\n", "import-big", (b > 0 ? a / b : 0), (d > 0 ? c / d : 0) }'
fi
