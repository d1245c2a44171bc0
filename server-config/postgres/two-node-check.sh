#!/usr/bin/env bash
# Exactness across nodes: two AppLicensing nodes share one PostgreSQL database, and 64 requests sent
# at once, alternating between the nodes, must grant exactly 5 of 5 floating seats and exactly 50 of
# 50 pay-per-use units. Then a clean stop: node 2 is stopped right after three validations, and their
# usage events must be in the database (they are buffered in memory, not written per request). In between,
# a module deactivated on node 1 must be gone from node 2's answers within a second (each node keeps the
# catalog in memory and trusts it for at most 0.5 s without hearing of a change). And a report run started on node
# 1 is in node 2's history: the job repository is the shared database (with REPORT_RUN_FILE set, the run is
# written there, so that the caller can look for it again after restarting node 2).
# Run by run-its.sh with both nodes up:
#   PSQL="psql -h … -p … -U … -d …" PGPASSWORD=… two-node-check.sh NODE1_PORT NODE2_PORT NODE2_PID
# The database is the only thing the nodes share (no cluster cache, --nocluster): it is the row lock
# on the licensee that keeps the count exact. Exit 0 when exact, 1 otherwise.
set -euo pipefail

NODES=("http://127.0.0.1:$1" "http://127.0.0.1:$2")
PARALLEL=64
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say() { printf '\n==> [two-nodes] %s\n' "$*"; }
fail() { printf '\n==> [two-nodes] ERROR: %s\n' "$*" >&2; exit 1; }

USER_NAME="nodes$(date +%s)$RANDOM"
PASSWORD="two-nodes-password"
api() { # METHOD PATH [JSON] on node 1, failing on any error answer
    curl -fsS -u "$USER_NAME:$PASSWORD" -X "$1" -H 'Content-Type: application/json' \
        "${NODES[0]}/api/v1/$2" ${3:+-d "$3"}
}

say "a vendor, two products and their licenses, created on node 1"
curl -fsS -X POST -H 'Content-Type: application/json' "${NODES[0]}/api/v1/vendors" -d \
    "{\"vendorName\":\"Two nodes\",\"email\":\"$USER_NAME@example.com\",\"username\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" \
    > /dev/null
api POST products '{"number":"TN-FLOAT","name":"Floating"}' > /dev/null
api POST product-modules '{"number":"TN-SEATS","name":"Seats","productNumber":"TN-FLOAT","licensingModel":"Floating","properties":{"maxCheckoutValidity":"600"}}' > /dev/null
api POST license-templates '{"number":"TN-POOL","name":"Pool","productModuleNumber":"TN-SEATS","licenseType":"FLOATING","maxSessions":5}' > /dev/null
api POST licensees '{"number":"TN-C1","productNumber":"TN-FLOAT"}' > /dev/null
api POST licenses '{"licenseeNumber":"TN-C1","licenseTemplateNumber":"TN-POOL"}' > /dev/null
api POST products '{"number":"TN-PPU","name":"Credits"}' > /dev/null
api POST product-modules '{"number":"TN-CREDITS","name":"Credits","productNumber":"TN-PPU","licensingModel":"PayPerUse"}' > /dev/null
api POST license-templates '{"number":"TN-PACK","name":"Pack","productModuleNumber":"TN-CREDITS","licenseType":"QUANTITY","quantity":50}' > /dev/null
api POST licensees '{"number":"TN-C2","productNumber":"TN-PPU"}' > /dev/null
api POST licenses '{"licenseeNumber":"TN-C2","licenseTemplateNumber":"TN-PACK"}' > /dev/null
TOKEN="$(api POST api-keys '{"role":"BROKER"}' | sed -E 's/.*"secret":"([^"]+)".*/\1/')"

validate() { # INDEX LICENSEE BODY [IDEMPOTENCY-KEY]: on node INDEX % 2, answer saved as $WORK/INDEX.json
    local node="${NODES[$(($1 % 2))]}"
    curl -sS -o "$WORK/$1.json" -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: application/json' ${4:+-H "Idempotency-Key: $4"} \
        -d "$3" "$node/api/v1/licensees/$2/validate" >> "$WORK/status.txt"
}

GRANTED=0
burst() { # LABEL LICENSEE BODY-WITH-%i [KEY-PREFIX]: all requests started at once, then counted
    rm -f "$WORK"/*.json "$WORK/status.txt"
    local i
    for i in $(seq 0 $((PARALLEL - 1))); do
        validate "$i" "$2" "${3//%i/$i}" "${4:+$4$i}" &
    done
    wait
    GRANTED="$(cat "$WORK"/*.json | grep -o '"valid":true,"modules"' | wc -l)"
    echo "$1: $PARALLEL requests over 2 nodes; HTTP statuses: $(sort "$WORK/status.txt" | uniq -c | xargs); granted: $GRANTED"
    [[ "$(grep -vc '^200$' "$WORK/status.txt" || true)" == 0 ]] || fail "$1: not every request answered 200"
}

burst "checkouts on 5 seats" TN-C1 '{"productNumber":"TN-FLOAT","modules":{"TN-SEATS":{"sessionId":"s%i"}}}'
[[ "$GRANTED" == 5 ]] || fail "expected exactly 5 seats granted, got $GRANTED"

burst "reservations of 1 on 50" TN-C2 '{"productNumber":"TN-PPU","modules":{"TN-CREDITS":{"reserveQuantity":1}}}' use-
[[ "$GRANTED" == 50 ]] || fail "expected exactly 50 units granted, got $GRANTED"
remaining="$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"productNumber":"TN-PPU","dryRun":true}' "${NODES[1]}/api/v1/licensees/TN-C2/validate" \
    | grep -o '"remainingQuantity":-\?[0-9]*')"
[[ "$remaining" == '"remainingQuantity":0' ]] || fail "expected remainingQuantity 0 on node 2, got $remaining"

say "exact across two nodes: 5 of 5 seats, 50 of 50 units, $remaining"

# --- a catalog change on node 1 reaches node 2's Broker within a second --------------------------
answer_on_node2() {
    curl -fsS -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"productNumber":"TN-FLOAT","dryRun":true}' "${NODES[1]}/api/v1/licensees/TN-C1/validate"
}
answer_on_node2 | grep -q '"TN-SEATS"' || fail "node 2 does not answer module TN-SEATS before the change"
api PATCH product-modules/TN-SEATS '{"active":false}' > /dev/null
changed_at="$(date +%s%N)"
until ! answer_on_node2 | grep -q '"TN-SEATS"'; do
    (( $(date +%s%N) - changed_at < 3000000000 )) || fail "node 2 still answers the deactivated module after 3 s"
    sleep 0.05
done
seen_ms=$(( ($(date +%s%N) - changed_at) / 1000000 ))
(( seen_ms <= 1000 )) || fail "node 2 saw node 1's catalog change after ${seen_ms} ms, not within 1 s"
say "a module deactivated on node 1 was gone from node 2's answers after ${seen_ms} ms (at most 1 s)"

# --- the report job's history is the database's, not a node's --------------------------------------
# A run started on node 1 is listed by node 2 with the same status and figures: the job repository lives in the
# shared database (as it must to survive a restart), and the day's facts count at least a burst's validations.
on_node() { curl -fsS -u "$USER_NAME:$PASSWORD" "${NODES[$1]}/api/v1/$2"; }
field() { sed -E "s/.*\"$1\":\"?([^,\"}]*)\"?.*/\1/"; }
today="$(date -u +%F)"
sleep 3   # the flusher's 2-second timer has written the bursts' events by now
run="$(api POST reports/runs "{\"from\":\"$today\",\"to\":\"$today\"}" | field executionId)"
for _ in $(seq 1 120); do
    [[ "$(on_node 0 "reports/runs/$run" | field running)" == false ]] && break
    sleep 0.5
done
on_node0="$(on_node 0 "reports/runs/$run")"
on_node1="$(on_node 1 "reports/runs/$run")"
[[ "$(echo "$on_node0" | field status)" == COMPLETED ]] || fail "the report run did not complete: $on_node0"
[[ "$(echo "$on_node1" | field status)" == COMPLETED && "$(echo "$on_node1" | field facts)" == "$(echo "$on_node0" | field facts)" ]] \
    || fail "node 2 does not see node 1's report run as it is: $on_node1"
validations="$(on_node 1 "reports/usage?from=$today&to=$today" | field validations)"
(( validations >= PARALLEL )) || fail "the day's facts count ${validations} validations, fewer than a burst's ${PARALLEL}"
say "report run ${run} started on node 1 is listed by node 2 as COMPLETED with $(echo "$on_node1" | field facts) facts; the day counts ${validations} validations"
# For the caller's restart check (run-its.sh): who may read the run, the run, and its facts.
[[ -z "${REPORT_RUN_FILE:-}" ]] || echo "$USER_NAME $PASSWORD $run $(echo "$on_node0" | field facts)" > "$REPORT_RUN_FILE"

# --- a clean stop loses no usage event ---------------------------------------------------------
events() { $PSQL -qAt -c "SELECT count(*) FROM usage_event WHERE licensee_number = 'TN-C2'"; }
sleep 3   # the flusher's 2-second timer has written the bursts' events by now
before="$(events)"
for i in 1 2 3; do
    curl -fsS -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        -d '{"productNumber":"TN-PPU","dryRun":true}' "${NODES[1]}/api/v1/licensees/TN-C2/validate"
done
kill -TERM "$3"
for _ in $(seq 1 60); do
    kill -0 "$3" 2> /dev/null || break
    sleep 1
done
! kill -0 "$3" 2> /dev/null || fail "node 2 did not stop within 60 s"
after="$(events)"
[[ $((after - before)) == 3 ]] || fail "a clean stop lost usage events: $((after - before)) of 3 written"
say "clean stop of node 2: the 3 usage events buffered at the stop were written"
