#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests.
#
#   scripts/pg-test-cluster.sh start STATEDIR   # initdb + start on a free loopback port
#   scripts/pg-test-cluster.sh stop STATEDIR    # stop it and remove its data
#
# start writes STATEDIR/url (postgresql://postgres@127.0.0.1:PORT/postgres, trust
# authentication on loopback only) and prints it. Logins that are members of the
# role rectify_password_auth (made here) must give their password (scram-sha-256):
# the tests that prove a password is checked grant it to the logins they make. When no server can be started
# (PostgreSQL not installed, initdb or postgres failing) it writes the reason to
# STATEDIR/skip-reason instead and still exits 0, so that the PostgreSQL tests are
# skipped with that reason rather than the whole test run failing.
#
# initdb and postgres refuse to run as root: as root, they run as the `postgres`
# system user (created by Debian's postgresql package) and the data directory,
# made under the system's temporary directory, belongs to that user.
set -uo pipefail

usage() { echo "usage: $0 start|stop STATEDIR" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
action=$1
state=$2
mkdir -p "$state" || exit 1
state=$(cd "$state" && pwd)

find_bindir() {
    local d
    if command -v pg_config >/dev/null 2>&1; then
        d=$(pg_config --bindir 2>/dev/null)
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
    fi
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -V -r); do
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
    return 1
}

# Runs a command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"
        fi
    else
        "$@"
    fi
}

skip() {
    echo "$*" >"$state/skip-reason"
    echo "PostgreSQL tests will be skipped: $*"
    exit 0
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
    local data bindir
    [[ -f "$state/datadir" ]] || return 0
    data=$(cat "$state/datadir")
    bindir=$(cat "$state/bindir" 2>/dev/null || find_bindir)
    if [[ -n "$data" && -d "$data" ]]; then
        if [[ -f "$data/db/postmaster.pid" && -n "$bindir" ]]; then
            as_owner "$bindir/pg_ctl" -D "$data/db" -m fast -w -t 30 stop >/dev/null 2>&1 \
                || as_owner "$bindir/pg_ctl" -D "$data/db" -m immediate -w -t 30 stop >/dev/null 2>&1 \
                || true
        fi
        # Only ever a directory this script made (see start below).
        [[ "$(basename "$data")" == rectify-pg.* ]] && rm -rf "$data"
    fi
    rm -f "$state/datadir" "$state/bindir" "$state/url"
}

case "$action" in
stop)
    stop_cluster
    rm -f "$state/skip-reason"
    echo "PostgreSQL test cluster stopped."
    exit 0
    ;;
start) ;;
*) usage ;;
esac

# A cluster left over from an interrupted run goes first.
stop_cluster
rm -f "$state/skip-reason"

bindir=$(find_bindir) || skip "PostgreSQL is not installed (Debian package postgresql)."
if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    skip "running as root and there is no 'postgres' user to run the server as."
fi

data=$(mktemp -d "${TMPDIR:-/tmp}/rectify-pg.XXXXXX") || skip "cannot make a temporary directory."
echo "$data" >"$state/datadir"
echo "$bindir" >"$state/bindir"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$data" || skip "cannot hand $data to the postgres user."
fi
chmod 700 "$data"

if ! as_owner "$bindir/initdb" -D "$data/db" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$state/initdb.log" 2>&1; then
    reason="initdb failed: $(tail -n 3 "$state/initdb.log" | tr '\n' ' ')"
    stop_cluster
    skip "$reason"
fi

# Only the loopback interface, no Unix socket (the directory path may be too long
# for one), and no durability: the data is thrown away.
cat >>"$data/db/postgresql.conf" <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 100
EOF
{
    printf 'host all +rectify_password_auth 127.0.0.1/32 scram-sha-256\n'
    printf 'host all all 127.0.0.1/32 trust\n'
} >"$data/db/pg_hba.conf"

started=
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 30000))
    port_in_use "$port" && continue
    if as_owner "$bindir/pg_ctl" -D "$data/db" -o "-p $port" -l "$data/server.log" -w -t 60 \
        start >/dev/null 2>&1; then
        started=$port
        break
    fi
    # Another process may have taken the port between the check and the start.
    grep -q "could not bind\|Address already in use" "$data/server.log" 2>/dev/null || break
done
if [[ -z "$started" ]]; then
    reason="the server did not start: $(tail -n 3 "$data/server.log" 2>/dev/null | tr '\n' ' ')"
    stop_cluster
    skip "$reason"
fi

# The group whose members sign in with a password (see the top of this file).
if ! as_owner "$bindir/psql" -X -q -h 127.0.0.1 -p "$started" -U postgres -d postgres \
    -c "CREATE ROLE rectify_password_auth NOLOGIN" >>"$data/server.log" 2>&1; then
    echo "could not make the role rectify_password_auth: password tests will be skipped" >&2
fi

url="postgresql://postgres@127.0.0.1:$started/postgres"
echo "$url" >"$state/url"
echo "$url"
