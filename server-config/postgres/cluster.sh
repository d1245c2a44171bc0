# A throw-away local PostgreSQL cluster, for run-its.sh and the benchmark (src/test/benchmark/run.sh).
# Sourced, not run; the caller defines say MESSAGE and fail MESSAGE. It gives:
#   pg_setup                installs PostgreSQL from Debian's packages if no initdb is present (apt-get, as
#                           root), and sets PG_BIN and as_pg (runs a command as the cluster's OS user: "postgres"
#                           when run as root, as initdb refuses root; else the caller)
#   pg_start DIR PORT       initdb in DIR/data, owned by that user, and starts the cluster on 127.0.0.1:PORT only,
#                           with its unix socket in DIR (so it never touches a system cluster)
#   pg_stop DIR             stops the cluster in DIR if it runs, and deletes DIR
#   pg_psql_admin DIR PORT ... psql as the superuser postgres over that socket, stopping at the first error

pg_bindir() {
    local initdb
    initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
    [[ -n "$initdb" ]] && dirname "$initdb"
}

pg_setup() {
    if [[ -z "$(pg_bindir)" ]]; then
        [[ $EUID -eq 0 ]] || fail "PostgreSQL is not installed and this is not root: apt-get install -y postgresql"
        say "installing PostgreSQL from Debian's packages"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update
        apt-get install -y postgresql
    fi
    PG_BIN="$(pg_bindir)"
    [[ -n "$PG_BIN" ]] || fail "no initdb under /usr/lib/postgresql/*/bin after installing"
    say "using $("$PG_BIN/postgres" --version) from $PG_BIN"

    if [[ $EUID -eq 0 ]]; then
        if ! id postgres > /dev/null 2>&1; then
            useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
        fi
        as_pg() { (cd / && runuser -u postgres -- "$@"); }
    else
        as_pg() { "$@"; }
    fi
}

pg_start() {
    local dir="$1" port="$2"
    [[ $EUID -eq 0 ]] && chown postgres: "$dir"
    chmod 700 "$dir"
    say "initdb in $dir/data"
    as_pg "$PG_BIN/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=peer --auth-host=scram-sha-256 > "$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; fail "initdb failed"; }
    say "starting PostgreSQL on 127.0.0.1:$port"
    as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
        -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off" \
        > /dev/null || { cat "$dir/postgres.log" >&2; fail "PostgreSQL did not start"; }
}

pg_stop() {
    local dir="$1"
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
    fi
    rm -rf "$dir"
}

pg_psql_admin() {
    local dir="$1" port="$2"
    shift 2
    as_pg "$PG_BIN/psql" -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
