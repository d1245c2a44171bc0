#!/usr/bin/env bash
# Report job benchmark: seeds EVENTS usage events (10,000,000) over LICENSEES licensees (1,000) and DAYS days (30)
# with SQL, starts AppLicensing on Payara Micro + H2 (or PostgreSQL), runs the nightly-usage-report job for those
# days through the API and times it from its start to its end as the job repository records them; then, on the
# same database, times one plain INSERT ... SELECT ... GROUP BY that computes the same facts (plain-facts.sql),
# checks that both give the same rows, and prints both times and their ratio (the goal: the job within 2x).
# Figures, not a pass/fail test.
#   DATABASE (h2, or postgres: a throw-away local PostgreSQL cluster on BENCH_PG_PORT (55434), started and deleted
#   by this script with server-config/postgres/cluster.sh)   EVENTS  LICENSEES  DAYS  PORT (8182)  HEAP (1g)
#   THREADS (licensing.reports.threads, 2)  SKIP_BUILD=1 to use the built WAR
set -euo pipefail
cd "$(dirname "$0")/../../.."

EVENTS="${EVENTS:-10000000}"
LICENSEES="${LICENSEES:-1000}"
DAYS="${DAYS:-30}"
DATABASE="${DATABASE:-h2}"
BENCH_PG_PORT="${BENCH_PG_PORT:-55434}"
PORT="${PORT:-8182}"
HEAP="${HEAP:-1g}"
THREADS="${THREADS:-2}"
H2_VERSION=2.2.224   # the H2 that Payara Micro bundles: the seeding tool must write the same file format
BASE="http://localhost:${PORT}"
WORK="$(mktemp -d)"
SERVER_PID=""
PG_DIR=""
[[ "$DATABASE" == h2 || "$DATABASE" == postgres ]] || { echo "DATABASE must be h2 or postgres" >&2; exit 2; }
command -v curl > /dev/null || { echo "curl is needed" >&2; exit 1; }

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2> /dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2> /dev/null || true
    fi
    SERVER_PID=""
}
trap 'stop_server; [ -z "$PG_DIR" ] || pg_stop "$PG_DIR"; rm -rf "$WORK"' EXIT

if [ "${SKIP_BUILD:-}" != 1 ]; then
    mvn -B -q -DskipTests package
fi

say() { echo "== $*"; }
fail() { echo "$*" >&2; exit 1; }
# The days are fixed before seeding, so that a run that passes midnight (UTC) seeds and aggregates the same days.
TODAY="$(date -u +%F)"
FROM_DAY="$(date -u -d "${TODAY} -${DAYS} days" +%F)"
TO_DAY="$(date -u -d "${TODAY} -1 day" +%F)"

DRIVER=()
if [ "$DATABASE" = postgres ]; then
    source server-config/postgres/cluster.sh
    pg_setup
    PG_DIR="$(mktemp -d /tmp/applicensing-pg-reports.XXXXXX)"
    pg_start "$PG_DIR" "$BENCH_PG_PORT"
    pg_psql_admin "$PG_DIR" "$BENCH_PG_PORT" -d postgres -c "CREATE ROLE licensing LOGIN PASSWORD 'licensing'"
    pg_psql_admin "$PG_DIR" "$BENCH_PG_PORT" -d postgres -c "CREATE DATABASE licensing_reports OWNER licensing"
    sed -e "s/@pg.port@/${BENCH_PG_PORT}/" -e 's/@pg.database@/licensing_reports/' -e 's/@pg.user@/licensing/' \
        -e 's/@pg.password@/licensing/' server-config/payara-micro/post-boot-postgres-test.asadmin > "$WORK/post-boot.asadmin"
    DRIVER=(--addlibs target/postgresql.jar)
    psql_bench() { PGPASSWORD=licensing "$PG_BIN/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U licensing \
        -d licensing_reports -v ON_ERROR_STOP=1 -qAt "$@"; }
    run_sql() { psql_bench -f "$1" > /dev/null; }
    query() { psql_bench -c "$1"; }
    after_seed() { psql_bench -c 'ANALYZE usage_event'; }
else
    mvn -B -q dependency:copy -Dartifact=com.h2database:h2:${H2_VERSION} -DoutputDirectory="$WORK"
    h2_url="jdbc\\\\:h2\\\\:file\\\\:${WORK}/data/licensing"
    sed "s|@H2_URL@|${h2_url}|" server-config/payara-micro/post-boot-h2.asadmin > "$WORK/post-boot.asadmin"
    h2() { java -cp "$WORK/h2-${H2_VERSION}.jar" "$1" -url "jdbc:h2:file:${WORK}/data/licensing" -user sa -password sa "${@:2}"; }
    run_sql() { h2 org.h2.tools.RunScript -script "$1"; }
    query() { h2 org.h2.tools.Shell -sql "$1" | sed -n 2p | tr -d ' '; }
    after_seed() { :; }
fi

start_server() {
    java -Xmx"$HEAP" -Dlicensing.demo.seed=true -Dlicensing.reports.nightly=false -Dlicensing.reports.threads="$THREADS" \
        -Dmp.health.default.readiness.empty.response=DOWN -Dlicensing.master-key-file="$WORK/master.key" \
        -jar target/payara-micro.jar --deploy target/applicensing.war --contextroot / "${DRIVER[@]}" \
        --port "$PORT" --nocluster --prebootcommandfile server-config/payara-micro/pre-boot.asadmin \
        --postbootcommandfile "$WORK/post-boot.asadmin" > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    local started=$SECONDS
    until curl -fs "$BASE/health/ready" > /dev/null 2>&1; do
        if ! kill -0 "$SERVER_PID" 2> /dev/null || [ $((SECONDS - started)) -gt 240 ]; then
            echo "the server did not become ready in $((SECONDS - started)) s" >&2
            tail -50 "$WORK/server.log" >&2
            exit 1
        fi
        sleep 1
    done
}
api() { curl -fsS -u demo:demo -X "$1" -H 'Content-Type: application/json' "$BASE/api/v1/$2" ${3:+-d "$3"}; }
member() { sed -E "s/.*\"$1\":\"?([^,\"}]*)\"?.*/\1/"; }
millis() { date +%s%3N; }

echo "== creating the schema and the demo vendor"
start_server
stop_server

echo "== seeding ${EVENTS} usage events over ${LICENSEES} licensees and ${DAYS} days with SQL"
started=$(millis)
sed -e "s/@EVENTS@/${EVENTS}/g" -e "s/@LICENSEES@/${LICENSEES}/g" -e "s/@DAYS@/${DAYS}/g" -e "s/@TODAY@/${TODAY}/g" \
    src/test/benchmark/seed-usage.sql > "$WORK/seed-usage.sql"
run_sql "$WORK/seed-usage.sql"
after_seed
echo "seeded in $(( ($(millis) - started) / 1000 )) s: $(query "SELECT COUNT(*) FROM usage_event WHERE product_number = 'RBENCH'") events"

echo "== the job, ${FROM_DAY} to ${TO_DAY}, ${THREADS} threads"
start_server
run="$(api POST reports/runs "{\"from\":\"${FROM_DAY}\",\"to\":\"${TO_DAY}\"}" | member executionId)"
while :; do
    state="$(api GET "reports/runs/$run")"
    [ "$(echo "$state" | member running)" = false ] && break
    sleep 1
done
echo "run ${run}: $(echo "$state" | member status), $(echo "$state" | member items) licensee-days, $(echo "$state" | member facts) facts"
[ "$(echo "$state" | member status)" = COMPLETED ] || { echo "the run did not complete: $state" >&2; exit 1; }
job_ms="$(awk -v s="$(echo "$state" | member started)" -v e="$(echo "$state" | member ended)" 'BEGIN {
    cmd = "date -u -d " s " +%s%3N"; cmd | getline a; close(cmd);
    cmd = "date -u -d " e " +%s%3N"; cmd | getline b; close(cmd); print b - a }')"
stop_server

echo "== the plain SQL on the same database"
echo "SELECT 1;" > "$WORK/nothing.sql"
started=$(millis); run_sql "$WORK/nothing.sql"; tool_ms=$(( $(millis) - started ))
started=$(millis); run_sql src/test/benchmark/plain-facts.sql; sql_ms=$(( $(millis) - started - tool_ms ))

differ="$(query "SELECT (SELECT COUNT(*) FROM (SELECT * FROM usage_fact WHERE product_number = 'RBENCH'
    EXCEPT SELECT * FROM usage_fact_plain) a) + (SELECT COUNT(*) FROM (SELECT * FROM usage_fact_plain
    EXCEPT SELECT * FROM usage_fact WHERE product_number = 'RBENCH') b)")"
rows="$(query "SELECT COUNT(*) FROM usage_fact_plain")"

echo
echo "| commit | cores | database | events | licensees | days | facts | job | plain SQL | job / SQL | rows that differ |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
awk -v commit="$(git rev-parse --short HEAD)" -v cores="$(nproc)" -v db="$DATABASE" -v events="$EVENTS" \
    -v licensees="$LICENSEES" -v days="$DAYS" -v rows="$rows" -v job="$job_ms" -v sql="$sql_ms" -v differ="$differ" \
    'BEGIN { printf "| %s | %s | %s | %s | %s | %s | %s | %.1f s | %.1f s | %.2f | %s |\n",
        commit, cores, db, events, licensees, days, rows, job / 1000, sql / 1000, job / sql, differ }'
[ "$differ" = 0 ] || { echo "the job and the plain SQL disagree on ${differ} rows" >&2; exit 1; }
