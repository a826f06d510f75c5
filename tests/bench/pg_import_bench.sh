#!/usr/bin/env bash
# Import benchmark on a PostgreSQL server: rectify-cli import of a generated
# Excel-shaped ledger CSV (one row per task, ~8 tasks per problem, UTF-8) into an
# empty ledger on the server, against the same import into an empty ledger file,
# measured in the same run (medians of wall time; the server's own work is not in
# the client's CPU time, so wall time is the figure compared). Then a re-import of
# the same file into the filled server ledger (every row unchanged), and the first
# import again as a role without superuser rights, whose rows the server checks
# link by link (the import checks them in bulk when the role may). Last, moving
# the whole ledger: migrate onto the server and back, backups of both ledgers.
# Usage: tests/bench/pg_import_bench.sh [BUILD_DIR] [ROWS] [RUNS]
#   defaults: build/bench 100000 5
#   The server: RECTIFY_BENCH_PG_URL=postgresql://user@host:port/maintenance-db if
#   set (a database "rectify_bench" is created and dropped on it), else a throwaway
#   cluster started with scripts/pg-test-cluster.sh. Without either, the server runs
#   are skipped with a message.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/bench}
rows=${2:-100000}
runs=${3:-5}
cli="$build/app/rectify-cli"
gen="$build/tests/bench/rectify-gencsv"
[[ -x "$cli" && -x "$gen" ]] || { echo "build the bench preset first" >&2; exit 2; }
command -v psql >/dev/null || { echo "psql is needed (package postgresql)" >&2; exit 2; }

work=$(mktemp -d)
cluster=""
cleanup() {
    [[ -n "$cluster" ]] && bash "$here/../../scripts/pg-test-cluster.sh" stop "$cluster" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

server=${RECTIFY_BENCH_PG_URL:-}
if [[ -z "$server" ]]; then
    cluster="$work/pg"
    bash "$here/../../scripts/pg-test-cluster.sh" start "$cluster" >/dev/null 2>&1 || true
    server=$(cat "$cluster/url" 2>/dev/null || true)
    if [[ -z "$server" ]]; then
        echo "SKIPPED: no PostgreSQL server could be started: $(cat "$cluster/skip-reason" 2>/dev/null || echo unknown)"
        exit 0
    fi
fi
db="${server%/*}/rectify_bench"

"$gen" "$work/u.csv" --rows "$rows" --encoding utf-8
"$cli" --db "$work/empty.sqlite" init >/dev/null

median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
# run_timed NAME PREP CMD...: PREP (untimed) before every run; median wall ms.
run_timed() {
    local name=$1 prep=$2; shift 2
    local times=()
    for ((r = 0; r < runs; r++)); do
        eval "$prep"
        local s e
        s=$(date +%s%N)
        "$@" >/dev/null 2>"$work/err" || { echo "$name failed:" >&2; cat "$work/err" >&2; exit 1; }
        e=$(date +%s%N)
        times+=($(( (e - s) / 1000000 )))
    done
    local med
    med=$(printf '%s\n' "${times[@]}" | median)
    printf '%-22s median %6d ms wall   runs: %s\n' "$name" "$med" "${times[*]}"
    echo "$med" > "$work/$name.ms"
}

fresh_file='cp "$work/empty.sqlite" "$work/l.sqlite"; rm -f "$work/l.sqlite-wal" "$work/l.sqlite-shm"'
# A new database with an empty ledger, its schema made by rectify-cli init.
fresh_server='psql -q "$server" -c "DROP DATABASE IF EXISTS rectify_bench" -c "CREATE DATABASE rectify_bench" >/dev/null 2>&1 && "$cli" --db "$db" init >/dev/null'

echo "rows: $rows ($(wc -c < "$work/u.csv") bytes UTF-8); $runs runs each; server $(psql -Atq "$server" -c "SHOW server_version")"
run_timed import-file "$fresh_file" "$cli" --db "$work/l.sqlite" import "$work/u.csv" --feedback-date 2023-10-10
run_timed import-server "$fresh_server" "$cli" --db "$db" import "$work/u.csv" --feedback-date 2023-10-10
# The two ledgers hold the same rows.
file_counts=$(sqlite3 "$work/l.sqlite" "SELECT (SELECT count(*) FROM problems), (SELECT count(*) FROM tasks), (SELECT count(*) FROM responsibilities), (SELECT count(*) FROM progress_entries), (SELECT count(*) FROM units), (SELECT count(*) FROM people)" | tr '|' ' ')
server_counts=$(psql -Atq "$db" -c "SELECT (SELECT count(*) FROM problems), (SELECT count(*) FROM tasks), (SELECT count(*) FROM responsibilities), (SELECT count(*) FROM progress_entries), (SELECT count(*) FROM units), (SELECT count(*) FROM people)" | tr '|' ' ')
echo "rows written (problems tasks responsibilities progress units people): file $file_counts, server $server_counts"
[[ "$file_counts" == "$server_counts" ]] || { echo "the server ledger differs from the file" >&2; exit 1; }
run_timed reimport-server ":" "$cli" --db "$db" import "$work/u.csv" --feedback-date 2023-10-10
# The same import as a role that may not switch the server's per-row triggers off
# (no superuser, no GRANT SET ON PARAMETER session_replication_role): the server
# checks every new row's links itself. Skipped where no role can be made.
clerk=rectify_bench_clerk
clerk_db="${db/\/\/postgres@/\/\/$clerk@}"
fresh_clerk="$fresh_server"' && psql -q "$db" -c "GRANT ALL ON ALL TABLES IN SCHEMA public TO $clerk" -c "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO $clerk" >/dev/null'
if [[ "$clerk_db" != "$db" ]] && psql -q "$server" -c "DROP ROLE IF EXISTS $clerk" -c "CREATE ROLE $clerk LOGIN" >/dev/null 2>&1; then
    run_timed import-server-rowchecks "$fresh_clerk" "$cli" --db "$clerk_db" import "$work/u.csv" --feedback-date 2023-10-10
    psql -q "$server" -c "DROP DATABASE IF EXISTS rectify_bench" -c "DROP ROLE IF EXISTS $clerk" >/dev/null 2>&1 || true
else
    echo "import-server-rowchecks SKIPPED: no role without superuser rights could be made on this server"
fi
# Moving a whole ledger: the file just imported copied onto an empty server
# database (migrate), back into a new file, and a backup of the server ledger
# (a verified SQLite file), beside a backup of the file ledger (SQLite's own
# online backup) in the same run.
eval "$fresh_server"
"$cli" --db "$db" import "$work/u.csv" --feedback-date 2023-10-10 >/dev/null
fresh_empty='psql -q "$server" -c "DROP DATABASE IF EXISTS rectify_bench" -c "CREATE DATABASE rectify_bench" >/dev/null 2>&1'
run_timed backup-file 'rm -f "$work/b.sqlite"' "$cli" --db "$work/l.sqlite" backup "$work/b.sqlite"
run_timed backup-server 'rm -f "$work/b.sqlite"' "$cli" --db "$db" backup "$work/b.sqlite"
run_timed migrate-to-file 'rm -f "$work/m.sqlite"*' "$cli" migrate --from "$db" --to "$work/m.sqlite"
run_timed migrate-to-server "$fresh_empty" "$cli" migrate --from "$work/m.sqlite" --to "$db"
for name in import-server import-server-rowchecks; do
    [[ -f "$work/$name.ms" ]] || continue
    awk -v n="$name" -v a="$(cat "$work/$name.ms")" -v b="$(cat "$work/import-file.ms")" \
        'BEGIN { printf "%-22s %.2fx the wall time of the import into a file (target: within 3x)\n", n, (b > 0 ? a / b : 0) }'
done
psql -q "$server" -c "DROP DATABASE IF EXISTS rectify_bench" >/dev/null 2>&1 || true
