#!/usr/bin/env bash
# Broker benchmark: seeds LICENSEES licensees (100,000) and three licenses each across all nine licensing
# models, starts AppLicensing on Payara Micro + H2 (or PostgreSQL) and runs wrk against the validate endpoint and
# against the constant GET /api/v1/ping on the same server in the same run. Prints requests/s of both, their
# ratio and the p50/p99 latency of validate; then times the vendor console's dashboard and licensee list over the
# same licensees (console-pages.sh); prints the cost table (validate's CPU per request for products of 1, 3, 10
# and 30 modules, and for licensees holding 1, 10 and 100 licenses); last, runs a mixed workload (read-only
# validations, pay-per-use consumptions and floating checkOut/checkIn pairs at once) whose consumptions are
# counted against the units written off in the database. Figures, not a pass/fail test.
#   DATABASE (h2, or postgres: a throw-away local PostgreSQL cluster on BENCH_PG_PORT (55433), started and
#   deleted by this script with server-config/postgres/cluster.sh, installed from Debian's packages if missing)
#   LICENSEES (100000)  PORT (8181)  CONNECTIONS (32)  DURATION (15s, in seconds)  ROUNDS (3)  WARMUP (20s)  HEAP (1g)
#   COST_DURATION (8s, each row of the cost table)  SKIP_BUILD=1 to use the built WAR
#   H2_OPTIONS: settings appended to the H2 URL, e.g. ';CACHE_SIZE=262144' (KB; H2's default is 65536)
#   SERVER_OPTS: more JVM options for the server, e.g. -XX:StartFlightRecording=filename=/tmp/broker.jfr
set -euo pipefail
cd "$(dirname "$0")/../../.."

LICENSEES="${LICENSEES:-100000}"
DATABASE="${DATABASE:-h2}"
BENCH_PG_PORT="${BENCH_PG_PORT:-55433}"
PORT="${PORT:-8181}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-15s}"
ROUNDS="${ROUNDS:-3}"
WARMUP="${WARMUP:-20s}"
HEAP="${HEAP:-1g}"
COST_DURATION="${COST_DURATION:-8s}"
H2_VERSION=2.2.224   # the H2 that Payara Micro bundles: the seeding tool must write the same file format
BASE="http://localhost:${PORT}"
WORK="$(mktemp -d)"
SERVER_PID=""
PG_DIR=""
[[ "$DATABASE" == h2 || "$DATABASE" == postgres ]] || { echo "DATABASE must be h2 or postgres" >&2; exit 2; }
say() { echo "== $*"; }
fail() { echo "ERROR: $*" >&2; exit 1; }

need() { command -v "$1" > /dev/null || { echo "installing $2"; sudo_apt "$2"; }; }
sudo_apt() {
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -q > /dev/null && $sudo apt-get install -y -q "$1" > /dev/null
}
need wrk wrk
need curl curl

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

# The database: run_sql FILE runs a script on it and query SQL prints one value, both while the server is stopped.
DRIVER=()
if [ "$DATABASE" = postgres ]; then
    source server-config/postgres/cluster.sh
    pg_setup
    PG_DIR="$(mktemp -d /tmp/applicensing-pg-bench.XXXXXX)"
    pg_start "$PG_DIR" "$BENCH_PG_PORT"
    pg_psql_admin "$PG_DIR" "$BENCH_PG_PORT" -d postgres -c "CREATE ROLE licensing LOGIN PASSWORD 'licensing'"
    pg_psql_admin "$PG_DIR" "$BENCH_PG_PORT" -d postgres -c "CREATE DATABASE licensing_bench OWNER licensing"
    sed -e "s/@pg.port@/${BENCH_PG_PORT}/" -e 's/@pg.database@/licensing_bench/' -e 's/@pg.user@/licensing/' \
        -e 's/@pg.password@/licensing/' server-config/payara-micro/post-boot-postgres-test.asadmin > "$WORK/post-boot.asadmin"
    DRIVER=(--addlibs target/postgresql.jar)
    psql_bench() { PGPASSWORD=licensing "$PG_BIN/psql" -h 127.0.0.1 -p "$BENCH_PG_PORT" -U licensing -d licensing_bench \
        -v ON_ERROR_STOP=1 -qAt "$@"; }
    run_sql() { psql_bench -f "$1" > /dev/null && psql_bench -c 'ANALYZE licensee, license, license_property'; }
    query() { psql_bench -c "$1"; }
else
    mvn -B -q dependency:copy -Dartifact=com.h2database:h2:${H2_VERSION} -DoutputDirectory="$WORK"
    h2_url="jdbc\\\\:h2\\\\:file\\\\:${WORK}/data/licensing${H2_OPTIONS:-}"
    h2_url="${h2_url//=/\\\\=}"
    sed "s|@H2_URL@|${h2_url}|" server-config/payara-micro/post-boot-h2.asadmin > "$WORK/post-boot.asadmin"
    h2() { java -cp "$WORK/h2-${H2_VERSION}.jar" "$1" -url "jdbc:h2:file:${WORK}/data/licensing" -user sa -password sa "${@:2}"; }
    run_sql() { h2 org.h2.tools.RunScript -script "$1"; }
    query() { h2 org.h2.tools.Shell -sql "$1" | sed -n 2p | tr -d ' '; }
fi

# wrk sends thousands of requests a second from one address with one Broker key, far over the default limits,
# which are made for real clients; these limits are never reached, yet every request still passes the limiter.
LIMITS="-Dlicensing.rate-limit.broker.per-key=100000000/1m -Dlicensing.rate-limit.broker.per-address=100000000/1m"
LIMITS="$LIMITS -Dlicensing.rate-limit.api.per-address=100000000/1m"

start_server() {
    java -Xmx"$HEAP" ${SERVER_OPTS:-} -Dlicensing.demo.seed=true -Dmp.health.default.readiness.empty.response=DOWN $LIMITS \
        -Dlicensing.master-key-file="$WORK/master.key" \
        -jar target/payara-micro.jar --deploy target/applicensing.war --contextroot / "${DRIVER[@]}" \
        --port "$PORT" --nocluster --prebootcommandfile server-config/payara-micro/pre-boot.asadmin \
        --postbootcommandfile "$WORK/post-boot.asadmin" > "$WORK/server.log" 2>&1 &
    SERVER_PID=$!
    local started=$SECONDS
    until curl -fs "$BASE/health/ready" > /dev/null 2>&1; do
        if ! kill -0 "$SERVER_PID" 2> /dev/null || [ $((SECONDS - started)) -gt 240 ]; then
            echo "the server did not become ready in $((SECONDS - started)) s: $(kill -0 "$SERVER_PID" 2> /dev/null \
                && echo "it runs, /health/ready answers $(curl -sS -m 5 "$BASE/health/ready" 2>&1)" \
                || echo "it ended")" >&2
            tail -50 "$WORK/server.log" >&2
            exit 1
        fi
        sleep 1
    done
    echo "server ready in $((SECONDS - started)) s"
}

api() { # METHOD PATH [JSON]: fails the benchmark on any error answer
    curl -fsS -u demo:demo -X "$1" -H 'Content-Type: application/json' "$BASE/api/v1/$2" ${3:+-d "$3"}
}
module() { # NUMBER PRODUCT MODEL [PROPERTIES-JSON]
    local properties="${4:-}"
    [ -n "$properties" ] || properties='{}'
    api POST product-modules "{\"number\":\"$1\",\"name\":\"$3\",\"productNumber\":\"$2\",\"licensingModel\":\"$3\",\"properties\":$properties}" > /dev/null
}
template() { # NUMBER MODULE EXTRA-JSON-MEMBERS
    api POST license-templates "{\"number\":\"$1\",\"name\":\"$1\",\"productModuleNumber\":\"$2\",$3}" > /dev/null
}

echo "== seeding the catalog through the API"
start_server
for p in 1 2 3; do
    api POST products "{\"number\":\"BENCH-$p\",\"name\":\"Benchmark product $p\"}" > /dev/null
done
module BM-SUB BENCH-1 Subscription
module BM-FLOAT BENCH-1 Floating '{"maxCheckoutValidity":"600"}'
module BM-PPU BENCH-1 PayPerUse
template BT-1-1 BM-SUB '"licenseType":"TIMEVOLUME","timeVolume":1,"timeVolumePeriod":"YEAR"'
template BT-1-2 BM-FLOAT '"licenseType":"FLOATING","maxSessions":5'
template BT-1-3 BM-PPU '"licenseType":"QUANTITY","quantity":1000'
module BM-TRY BENCH-2 TryAndBuy
module BM-MULTI BENCH-2 MultiFeature
module BM-QUOTA BENCH-2 Quota
template BT-2-1 BM-TRY '"licenseType":"TIMEVOLUME","timeVolume":30,"timeVolumePeriod":"DAY"'
template BT-2-2 BM-MULTI '"licenseType":"FEATURE"'
template BT-2-3 BM-QUOTA '"licenseType":"QUANTITY","quantity":100'
module BM-RENT BENCH-3 Rental
module BM-NODE BENCH-3 NodeLocked '{"nodeSecretMode":"CLIENT"}'
module BM-PLAN BENCH-3 PricingTable '{"skudef":"{\"skus\":[{\"number\":\"export\",\"type\":\"FEATURE\"},{\"number\":\"users\",\"type\":\"QUOTA\"}]}"}'
template BT-3-1 BM-RENT '"licenseType":"FEATURE"'
template BT-3-2 BM-RENT '"licenseType":"TIMEVOLUME","timeVolume":1,"timeVolumePeriod":"MONTH"'
template BT-3-3 BM-PLAN '"licenseType":"TIMEVOLUME","timeVolume":1,"timeVolumePeriod":"MONTH","properties":{"skus":"{\"export\":true,\"users\":10}"}'
template BT-3-4 BM-NODE '"licenseType":"QUANTITY","quantity":3'
# The cost table's catalog: products of 1, 3, 10 and 30 modules, and one of a single Subscription module.
for m in 1 3 10 30; do
    api POST products "{\"number\":\"BENCH-M$m\",\"name\":\"Cost product of $m modules\"}" > /dev/null
    for j in $(seq 1 "$m"); do
        case $((j % 3)) in
            1) module "BCM$m-$j" "BENCH-M$m" Subscription
               template "BCMT$m-$j" "BCM$m-$j" '"licenseType":"TIMEVOLUME","timeVolume":1,"timeVolumePeriod":"YEAR"' ;;
            2) module "BCM$m-$j" "BENCH-M$m" MultiFeature
               template "BCMT$m-$j" "BCM$m-$j" '"licenseType":"FEATURE"' ;;
            0) module "BCM$m-$j" "BENCH-M$m" PayPerUse
               template "BCMT$m-$j" "BCM$m-$j" '"licenseType":"QUANTITY","quantity":1000' ;;
        esac
    done
done
api POST products '{"number":"BENCH-L","name":"Cost product of one module"}' > /dev/null
module BCL-SUB BENCH-L Subscription
template BCLT BCL-SUB '"licenseType":"TIMEVOLUME","timeVolume":1,"timeVolumePeriod":"YEAR"'
TOKEN="$(api POST api-keys '{"role":"BROKER","description":"benchmark"}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')"
stop_server

echo "== seeding ${LICENSEES} licensees, $((3 * LICENSEES)) licenses and the cost table's with SQL"
seed_started=$SECONDS
sed "s/@LICENSEES@/${LICENSEES}/g" src/test/benchmark/seed-licensees.sql > "$WORK/seed-licensees.sql"
run_sql "$WORK/seed-licensees.sql"
run_sql src/test/benchmark/seed-cost.sql
echo "seeded in $((SECONDS - seed_started)) s: $(query 'SELECT COUNT(*) FROM licensee') licensees, \
$(query 'SELECT COUNT(*) FROM license') licenses in the database"

echo "== measuring"
start_server
check="$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"productNumber":"BENCH-2"}' "$BASE/api/v1/licensees/BL1/validate")"
echo "sample answer: ${check:0:300}..."

export BENCH_TOKEN="$TOKEN"
export BENCH_LICENSEES="$LICENSEES"
rate() { awk '/Requests\/sec/ {print $2}' "$1"; }
requests() { awk '/requests in/ {print $1}' "$1"; }
not_2xx() { awk '/Non-2xx/ {n = $NF} END {print n + 0}' "$1"; }
percentile() { awk -v p="$2" '$1 == p {print $2}' "$1"; }
errors() { awk '/Non-2xx|Socket errors/ {print}' "$1"; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$SERVER_PID/status"; }
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$SERVER_PID/stat"; }
median() { sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }

# One measured run: wrk's report in $WORK/NAME.txt, and the server's CPU time per request in $WORK/NAME.cpu.
measure() { # NAME WRK-ARGUMENTS...
    local name="$1"; shift
    local before; before="$(cpu_ms)"
    wrk "$@" > "$WORK/$name.txt" 2>> "$WORK/validate.err"
    awk -v ms="$(( $(cpu_ms) - before ))" -v n="$(requests "$WORK/$name.txt")" \
        'BEGIN {printf "%.2f\n", ms / n}' > "$WORK/$name.cpu"
}

wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s src/test/benchmark/validate.lua "$BASE" > /dev/null
wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$BASE/api/v1/ping" > /dev/null
# Ping and validate take turns in ROUNDS short runs, so that a change in the shared machine's load falls on
# both alike; each round gives a ratio, and the median round is reported.
for round in $(seq 1 "$ROUNDS"); do
    measure "ping-$round" -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE/api/v1/ping"
    measure "validate-$round" -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s src/test/benchmark/validate.lua "$BASE"
    awk -v v="$(rate "$WORK/validate-$round.txt")" -v p="$(rate "$WORK/ping-$round.txt")" -v r="$round" \
        'BEGIN {printf "%.3f %d\n", v / p, r}' >> "$WORK/ratios"
done
median_round="$(sort -n "$WORK/ratios" | awk '{a[NR] = $2} END {print a[int((NR + 1) / 2)]}')"
cp "$WORK/ping-$median_round.txt" "$WORK/ping.txt"
cp "$WORK/validate-$median_round.txt" "$WORK/validate.txt"
measure validate4 -t2 -c4 -d"$DURATION" --latency -s src/test/benchmark/validate.lua "$BASE"

validate_rate="$(rate "$WORK/validate.txt")"
ping_rate="$(rate "$WORK/ping.txt")"
cat <<REPORT

== Broker benchmark, commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo +changes), $(nproc) cores, -Xmx${HEAP}, ${DATABASE}
   ${LICENSEES} licensees, $((3 * LICENSEES)) licenses (3 modules per validation), ${CONNECTIONS} connections,
   ${ROUNDS} rounds of ${DURATION} ping then ${DURATION} validate; the round with the median ratio is shown
ratios     $(sort -n "$WORK/ratios" | awk '{printf "%s%.2f", (NR > 1 ? ", " : ""), $1}')   (validate / ping per round)
validate   ${validate_rate} req/s   p50 $(percentile "$WORK/validate.txt" 50%)   p99 $(percentile "$WORK/validate.txt" 99%)
ping       ${ping_rate} req/s   p50 $(percentile "$WORK/ping.txt" 50%)   p99 $(percentile "$WORK/ping.txt" 99%)
ratio      $(awk -v v="$validate_rate" -v p="$ping_rate" 'BEGIN {printf "%.2f", v / p}')   (validate / ping; goal >= 0.70, validate p99 <= 1.5 x ping p99)
CPU        validate $(cat "$WORK"/validate-*.cpu | median) ms per request, ping $(cat "$WORK"/ping-*.cpu | median) ms (server process, median of the rounds)
4 conns    validate $(rate "$WORK/validate4.txt") req/s   p50 $(percentile "$WORK/validate4.txt" 50%)   p99 $(percentile "$WORK/validate4.txt" 99%)   CPU $(cat "$WORK/validate4.cpu") ms per request
server     $(rss_mb) MB resident after the run
REPORT
licensees="$(api GET 'licensees?size=1' | sed -E 's/.*"totalItems":([0-9]+).*/\1/')"
last=$((LICENSEES - 1))
src/test/benchmark/console-pages.sh "$BASE" demo demo "$licensees" DEMO-CUSTOMER "customer $last" "BL$last"
echo
echo "== cost table: validate at ${CONNECTIONS} connections, ${COST_DURATION} per row, after ${COST_DURATION} of warm-up"
echo "   shape of the validation                req/s   CPU ms/request   p50"
cost_row() { # LABEL PRODUCT LICENSEE-PREFIX
    export BENCH_PRODUCT="$2" BENCH_PREFIX="$3" BENCH_COUNT=1000
    wrk -t2 -c"$CONNECTIONS" -d"$COST_DURATION" -s src/test/benchmark/cost.lua "$BASE" > /dev/null 2>> "$WORK/cost.err"
    measure cost -t2 -c"$CONNECTIONS" -d"$COST_DURATION" --latency -s src/test/benchmark/cost.lua "$BASE"
    printf '   %-36s %7s   %14s   %s\n' "$1" "$(rate "$WORK/cost.txt")" "$(cat "$WORK/cost.cpu")" \
        "$(percentile "$WORK/cost.txt" 50%)"
}
for m in 1 3 10 30; do
    cost_row "$m module(s), one license each" "BENCH-M$m" "BCM$m-"
done
for n in 1 10 100; do
    cost_row "1 module, $n license(s) of it" BENCH-L "BCL$n-"
done
echo "   (ping: $(cat "$WORK"/ping-*.cpu | median) ms CPU per request, median of the rounds above)"
if [ -s "$WORK/cost.err" ]; then
    echo "the cost table's validations answered other than 200 (first lines):"
    sort "$WORK/cost.err" | uniq -c | sort -rn | head -5
fi
echo
echo "== mixed workload: read-only validations, pay-per-use consumptions of 1, floating checkOut/checkIn pairs"
# Connections split so that requests come about 80 / 15 / 5 (a consumption takes longer than a read).
read_connections=$((CONNECTIONS * 3 / 4))
consume_connections=$((CONNECTIONS * 3 / 16))
seconds=$((2 * ${DURATION%s}))   # the mixed workload runs twice as long as a round
export BENCH_STOP_AT=$(($(date +%s) + seconds))
mixed_duration="$((seconds + 5))s"   # the writers stop themselves at BENCH_STOP_AT, with nothing in flight
wrk -t2 -c"$read_connections" -d"${seconds}s" -s src/test/benchmark/validate.lua "$BASE" > "$WORK/mixed-read.txt" \
    2> "$WORK/mixed.err" &
mixed_pids=($!)
wrk -t"$consume_connections" -c"$consume_connections" -d"$mixed_duration" -s src/test/benchmark/consume.lua "$BASE" > "$WORK/mixed-consume.txt" \
    2>> "$WORK/mixed.err" &
mixed_pids+=($!)
wrk -t2 -c2 -d"$mixed_duration" -s src/test/benchmark/floating.lua "$BASE" > "$WORK/mixed-floating.txt" \
    2>> "$WORK/mixed.err" &
mixed_pids+=($!)
wait "${mixed_pids[@]}"
reads="$(requests "$WORK/mixed-read.txt")"
consumptions="$(requests "$WORK/mixed-consume.txt")"
consumed_2xx=$((consumptions - $(not_2xx "$WORK/mixed-consume.txt")))
pairs="$(requests "$WORK/mixed-floating.txt")"
mixed_rate="$(awk -v a="$(rate "$WORK/mixed-read.txt")" -v b="$(rate "$WORK/mixed-consume.txt")" \
    -v c="$(rate "$WORK/mixed-floating.txt")" 'BEGIN {printf "%.0f", a + b + c}')"
stop_server
written_off="$(query "SELECT SUM(l.used_quantity) FROM license l JOIN license_template t
    ON t.id = l.license_template_id WHERE t.number = 'BT-1-3'")"
total=$((reads + consumptions + pairs))
cat <<REPORT
mixed      ${mixed_rate} req/s in all ($(awk -v r="$mixed_rate" -v p="$ping_rate" 'BEGIN {printf "%.2f", r / p}') x ping; goal >= 0.50): \
$((100 * reads / total)) % read-only, $((100 * consumptions / total)) % consumptions, $((100 * pairs / total)) % checkOut/checkIn
consumed   ${consumed_2xx} consumptions answered 2xx, ${written_off} units written off in the database \
($([ "$consumed_2xx" = "$written_off" ] && echo "every one accounted" || echo "MISMATCH"))
REPORT
if [ -s "$WORK/mixed.err" ]; then
    echo "the mixed workload answered other than 200 (first lines):"
    sort "$WORK/mixed.err" | uniq -c | sort -rn | head -5
fi
errors "$WORK/validate.txt"
if [ -s "$WORK/validate.err" ]; then
    echo "validate answered other than 200 (first lines):"
    sort "$WORK/validate.err" | uniq -c | sort -rn | head -5
fi
