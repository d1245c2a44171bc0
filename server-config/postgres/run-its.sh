#!/usr/bin/env bash
# Proves the PostgreSQL path of AppLicensing on a throw-away local PostgreSQL:
#   1. installs PostgreSQL from Debian's packages if no initdb is present (apt-get, as root);
#   2. creates a fresh cluster with initdb in a temporary folder, owned by the OS user "postgres"
#      when run as root (initdb refuses root), listening on 127.0.0.1:${PG_PORT} only, with its
#      unix socket inside that folder (so it never touches a system cluster);
#   3. creates role licensing/licensing and database licensing_it (the values the pom's profile
#      "postgres" gives the integration tests);
#   4. runs `mvn -B verify -Ppostgres`: the integration tests on Payara Micro (the unit tests ran in
#      the H2 build already; extra arguments of this script go to both Maven runs);
#   5. smoke test: boots the built WAR once on Payara Micro against that database and waits for
#      /health/ready to answer UP, which needs the Flyway migrations applied on PostgreSQL and the
#      datasource jdbc/licensing answering (skip with APPLICENSING_PG_SMOKE=0);
#   6. boots a second node on the same database and runs two-node-check.sh: 64 parallel requests
#      over both nodes grant exactly 5 of 5 floating seats and exactly 50 of 50 pay-per-use units,
#      and stopping node 2 right after three validations loses none of their usage events; then
#      starts node 2 again and finds the report run of the check in its history; stops both nodes;
#   7. creates database licensing_wildfly (same role) and runs `mvn -B verify -Pwildfly`: the same
#      WAR, unchanged, on WildFly 39 (Hibernate) against it (skip with APPLICENSING_WILDFLY=0);
#   8. always stops the nodes and the cluster and deletes its folder on exit (trap), also after a failure.
# Exit code: that of the first step that fails (Maven's, the smoke test's, ...), else 0.
#
# Environment:
#   APPLICENSING_MVN_LOCK  path of a lock file: when set (and flock exists) each Maven run (each boots
#                          its servers inside Maven) runs under `flock $APPLICENSING_MVN_LOCK` so builds
#                          on a shared machine never overlap
#   APPLICENSING_PG_SMOKE  0 skips the Payara Micro smoke boot and the two-node check (default 1)
#   APPLICENSING_WILDFLY   0 skips the WildFly run (default 1)
#   SMOKE_PORT             HTTP port of the smoke boot (default 18088; never 8080)
#   PG_PORT                cluster port (default 55432, the pom's pg.port)
# Safe to run twice: every run uses its own folder; a cluster left over by a run that was killed
# (kill -9, so no trap) is found through a state file and stopped first.
set -euo pipefail

cd "$(dirname "$0")/../.."

PG_PORT="${PG_PORT:-55432}"
PG_DB=licensing_it
PG_WILDFLY_DB=licensing_wildfly
PG_USER=licensing
PG_PASSWORD=licensing
SMOKE_PORT="${SMOKE_PORT:-18088}"
STATE_FILE=/tmp/applicensing-pg-its.datadir

say() { printf '\n==> [run-its] %s\n' "$*"; }
fail() { printf '\n==> [run-its] ERROR: %s\n' "$*" >&2; exit 1; }

# --- 1. PostgreSQL binaries ---------------------------------------------------------------------
source server-config/postgres/cluster.sh
pg_setup

# --- 2. a throw-away cluster --------------------------------------------------------------------
if [[ -f "$STATE_FILE" ]]; then
    stale="$(cat "$STATE_FILE")"
    if [[ "$stale" == /tmp/applicensing-pg-its.* && -d "$stale" ]]; then
        say "stopping a cluster left over by an earlier run: $stale"
        pg_stop "$stale"
    fi
    rm -f "$STATE_FILE"
fi

if (exec 3<> "/dev/tcp/127.0.0.1/$PG_PORT") 2> /dev/null; then
    fail "port $PG_PORT on 127.0.0.1 is already in use by something this script did not start"
fi

PG_DIR="$(mktemp -d /tmp/applicensing-pg-its.XXXXXX)"
echo "$PG_DIR" > "$STATE_FILE"
SMOKE_PID=""
NODE2_PID=""

stop_nodes() { # the Payara Micro nodes of steps 5 and 6, if running; waits until they have exited
    local _
    for pid in "$SMOKE_PID" "$NODE2_PID"; do
        if [[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null; then
            kill "$pid" 2> /dev/null || true
            wait "$pid" 2> /dev/null || true   # not this shell's child when started in $(...): then poll
            for _ in $(seq 1 150); do
                kill -0 "$pid" 2> /dev/null || break
                sleep 0.2
            done
            kill -9 "$pid" 2> /dev/null || true
        fi
    done
    SMOKE_PID=""
    NODE2_PID=""
}

cleanup() {
    local rc=$?
    trap '' INT TERM HUP PIPE   # finish cleaning up even if the terminal or a pipe went away
    stop_nodes
    pg_stop "$PG_DIR"
    rm -f "$STATE_FILE"
    say "stopped and deleted the cluster in $PG_DIR" 2> /dev/null || true
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 141' PIPE
trap 'exit 143' TERM

pg_start "$PG_DIR" "$PG_PORT"
psql_admin() { pg_psql_admin "$PG_DIR" "$PG_PORT" "$@"; }

# --- 3. role and database -----------------------------------------------------------------------
say "creating role $PG_USER and database $PG_DB"
psql_admin -d postgres -c "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'"
psql_admin -d postgres -c "CREATE DATABASE $PG_DB OWNER $PG_USER ENCODING 'UTF8'"
PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" -qAt \
    -c "SELECT 'connected over TCP as ' || current_user || ' to ' || current_database()"

# --- 4. Maven -----------------------------------------------------------------------------------
mvn_lock=()
if [[ -n "${APPLICENSING_MVN_LOCK:-}" ]] && command -v flock > /dev/null 2>&1; then
    mvn_lock=(flock "$APPLICENSING_MVN_LOCK")
    say "Maven waits for the lock $APPLICENSING_MVN_LOCK"
fi
maven() { # PROFILE DATABASE [ARGS...]: mvn -B verify -PPROFILE against DATABASE of the cluster
    local profile="$1" database="$2" rc
    shift 2
    say "mvn -B verify -P$profile (database $database) $*"
    set +e
    "${mvn_lock[@]}" mvn -B verify -P"$profile" \
        -Dpg.port="$PG_PORT" -Dpg.database="$database" -Dpg.user="$PG_USER" -Dpg.password="$PG_PASSWORD" "$@"
    rc=$?
    set -e
    if [[ $rc -ne 0 ]]; then
        say "Maven (profile $profile) failed with exit code $rc"
        exit "$rc"
    fi
    say "Maven (profile $profile) succeeded"
}
maven postgres "$PG_DB" "$@"

# --- 5. smoke boot on Payara Micro --------------------------------------------------------------
payara_nodes() {
    postboot=target/server-config/payara-micro/post-boot-postgres-test.asadmin
    command -v curl > /dev/null 2>&1 || fail "the smoke boot needs curl (apt-get install -y curl)"
    for f in target/payara-micro.jar target/applicensing.war target/postgresql.jar "$postboot"; do
        [[ -f "$f" ]] || fail "smoke boot needs $f (built by mvn verify -Ppostgres)"
    done
    grep -q "portNumber=$PG_PORT" "$postboot" || fail "$postboot does not point at port $PG_PORT"
    if (exec 3<> "/dev/tcp/127.0.0.1/$SMOKE_PORT") 2> /dev/null; then
        fail "smoke port $SMOKE_PORT is in use: set SMOKE_PORT"
    fi

    start_node() { # PORT LOG: a Payara Micro node on the test database; prints its pid
        java -Xmx768m -Dmp.health.default.readiness.empty.response=DOWN \
            -Dlicensing.master-key-file="$PG_DIR/master.key" \
            -jar target/payara-micro.jar --nocluster --port "$1" \
            --addlibs target/postgresql.jar --prebootcommandfile server-config/payara-micro/pre-boot.asadmin \
            --postbootcommandfile "$postboot" \
            --deploy target/applicensing.war --contextroot / \
            > "$2" 2>&1 &
        echo $!
    }

    wait_ready() { # PID PORT LOG
        local body last="no answer"
        for _ in $(seq 1 180); do
            kill -0 "$1" 2> /dev/null || { last="the process ended"; break; }
            if body="$(curl -fsS "http://127.0.0.1:$2/health/ready" 2> /dev/null)"; then
                echo "/health/ready on $2: $body"
                return 0
            fi
            # What the readiness endpoint said last (a DOWN check names itself), or why curl got nothing.
            last="$(curl -sS -w ' (HTTP %{http_code})' "http://127.0.0.1:$2/health/ready" 2>&1 || true)"
            sleep 1
        done
        tail -n 80 "$3" >&2 || true
        fail "the application did not become ready on PostgreSQL within 180 s; last /health/ready on $2: $last (Payara Micro log above)"
    }

    say "smoke boot: Payara Micro on port $SMOKE_PORT with jdbc/licensing on PostgreSQL"
    SMOKE_PID="$(start_node "$SMOKE_PORT" "$PG_DIR/micro.log")"
    wait_ready "$SMOKE_PID" "$SMOKE_PORT" "$PG_DIR/micro.log"
    say "Flyway history in $PG_DB:"
    PGPASSWORD="$PG_PASSWORD" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" \
        -c 'SELECT version, description, success FROM flyway_schema_history ORDER BY installed_rank' || true

    # --- 6. two nodes, one database -------------------------------------------------------------
    NODE2_PORT=$((SMOKE_PORT + 1))
    say "second node on port $NODE2_PORT, same database: seats and quantities must stay exact across both"
    NODE2_PID="$(start_node "$NODE2_PORT" "$PG_DIR/micro2.log")"
    wait_ready "$NODE2_PID" "$NODE2_PORT" "$PG_DIR/micro2.log"
    PSQL="$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U $PG_USER -d $PG_DB" PGPASSWORD="$PG_PASSWORD" \
        REPORT_RUN_FILE="$PG_DIR/report-run" \
        bash server-config/postgres/two-node-check.sh "$SMOKE_PORT" "$NODE2_PORT" "$NODE2_PID"

    # The check stopped node 2: started again, it must still list the report run, as it was.
    say "node 2 started again: the report job's history must have survived the restart"
    NODE2_PID="$(start_node "$NODE2_PORT" "$PG_DIR/micro2-again.log")"
    wait_ready "$NODE2_PID" "$NODE2_PORT" "$PG_DIR/micro2-again.log"
    local user password run facts again
    read -r user password run facts < "$PG_DIR/report-run"
    again="$(curl -fsS -u "$user:$password" "http://127.0.0.1:$NODE2_PORT/api/v1/reports/runs/$run")" \
        || fail "node 2, restarted, does not answer report run $run"
    [[ "$(echo "$again" | sed -E 's/.*"status":"([A-Z_]+)".*/\1/')" == COMPLETED \
        && "$(echo "$again" | sed -E 's/.*"facts":([0-9]+).*/\1/')" == "$facts" ]] \
        || fail "node 2, restarted, lists report run $run otherwise than before (COMPLETED, $facts facts): $again"
    say "node 2, restarted, lists report run $run as COMPLETED with its $facts facts"
    say "two Payara Micro nodes on one PostgreSQL OK; stopping them"
    stop_nodes
}

if [[ "${APPLICENSING_PG_SMOKE:-1}" == "0" ]]; then
    say "smoke boot and two-node check skipped (APPLICENSING_PG_SMOKE=0)"
else
    payara_nodes
fi

# --- 7. the same WAR on WildFly 39 --------------------------------------------------------------
if [[ "${APPLICENSING_WILDFLY:-1}" == "0" ]]; then
    say "WildFly run skipped (APPLICENSING_WILDFLY=0)"
else
    say "creating database $PG_WILDFLY_DB for the WildFly run"
    psql_admin -d postgres -c "CREATE DATABASE $PG_WILDFLY_DB OWNER $PG_USER ENCODING 'UTF8'"
    maven wildfly "$PG_WILDFLY_DB" "$@"
fi
say "PostgreSQL path OK"
