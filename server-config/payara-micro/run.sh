#!/usr/bin/env bash
# Builds AppLicensing and starts it in the foreground on Payara Micro with an embedded H2 file
# database, seeding the demo vendor (login demo / demo) on first start.
#   PORT       HTTP port (default 8080)
#   DATA_DIR   where the H2 database and the master key that encrypts signing keys live
#              (default ~/.applicensing); data survives restarts
#   DEMO_SEED  true (default) seeds the demo vendor with the KNOWN login demo / demo: for trying the product on
#              your own machine only. false for anything others can reach (a fresh DATA_DIR: a seeded vendor
#              stays in the database).
# With --rotate-master-key it first sets the master key aside as master.key.previous; the server creates a new
# one, reseals every signing key under it before it answers, and once it is ready the old key is kept as
# master.key.retired-<time>, for backups taken before the rotation only.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8080}"
DATA_DIR="${DATA_DIR:-$HOME/.applicensing}"
DEMO_SEED="${DEMO_SEED:-true}"
[[ "$DEMO_SEED" == "true" || "$DEMO_SEED" == "false" ]] || { echo "DEMO_SEED must be true or false" >&2; exit 2; }

mvn -B -q -DskipTests package
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

MASTER_KEY="${DATA_DIR}/master.key"
PREVIOUS_KEY="${MASTER_KEY}.previous"
if [[ "${1:-}" == "--rotate-master-key" ]]; then
    [[ -f "$MASTER_KEY" ]] || { echo "no master key at ${MASTER_KEY} to rotate" >&2; exit 1; }
    [[ ! -e "$PREVIOUS_KEY" ]] || { echo "${PREVIOUS_KEY} exists: a rotation is unfinished; start without --rotate-master-key to finish it" >&2; exit 1; }
    mv "$MASTER_KEY" "$PREVIOUS_KEY"
    echo "rotating the master key: the old one is ${PREVIOUS_KEY} until the server has resealed the signing keys"
elif [[ -n "${1:-}" ]]; then
    echo "usage: $0 [--rotate-master-key]" >&2
    exit 2
fi
previous_key_option=()
if [[ -f "$PREVIOUS_KEY" ]]; then
    previous_key_option=("-Dlicensing.master-key-previous-file=${PREVIOUS_KEY}")
fi

# asadmin property syntax: ':' and '=' inside a value are escaped with a backslash.
h2_url="jdbc\\\\:h2\\\\:file\\\\:${DATA_DIR}/licensing"
sed "s|@H2_URL@|${h2_url}|" server-config/payara-micro/post-boot-h2.asadmin > target/post-boot-h2.asadmin

# Ready means every signing key is sealed under the new master key: the server no longer needs the old one.
retire_previous_key() {
    if [[ -f "$PREVIOUS_KEY" ]]; then
        local retired="${MASTER_KEY}.retired-$(date -u +%Y%m%dT%H%M%SZ)"
        mv "$PREVIOUS_KEY" "$retired"
        echo "  master key rotated: the old key is now ${retired}; keep it only with backups taken before now"
    fi
}

demo_warning() {
    [[ "$DEMO_SEED" == "true" ]] || return 0
    cat <<MSG

  !!! WARNING: this instance seeds the demo vendor with the publicly known login demo / demo. !!!
  !!! Anyone who can reach port ${PORT} can log in as it. Only for trying the product locally;  !!!
  !!! for anything else start with DEMO_SEED=false and a fresh DATA_DIR.                       !!!

MSG
}

announce_when_ready() {
    for _ in $(seq 1 180); do
        if curl -fs "http://localhost:${PORT}/health/ready" > /dev/null 2>&1; then
            retire_previous_key
            cat <<MSG

  AppLicensing is ready (data in ${DATA_DIR})
    Home:     http://localhost:${PORT}/
    Console:  http://localhost:${PORT}/console/index.xhtml  ($([[ "$DEMO_SEED" == "true" ]] && echo "log in as demo / demo, or sign up" || echo "sign up"))
    API:      http://localhost:${PORT}/api/v1/products  (HTTP Basic with a vendor user, or an API key)
    OpenAPI:  http://localhost:${PORT}/openapi       browsable at http://localhost:${PORT}/openapi-ui/
    Health:   http://localhost:${PORT}/health/ready

MSG
            demo_warning
            return
        fi
        sleep 1
    done
    echo "AppLicensing did not become ready within 180 s: see the log above" >&2
}
demo_warning
announce_when_ready &

exec java -Xmx1g \
    -Dlicensing.demo.seed="${DEMO_SEED}" \
    -Dlicensing.master-key-file="${MASTER_KEY}" "${previous_key_option[@]}" \
    -Dmp.health.default.readiness.empty.response=DOWN \
    -jar target/payara-micro.jar \
    --deploy target/applicensing.war --contextroot / \
    --port "${PORT}" --nocluster \
    --prebootcommandfile server-config/payara-micro/pre-boot.asadmin \
    --postbootcommandfile target/post-boot-h2.asadmin
