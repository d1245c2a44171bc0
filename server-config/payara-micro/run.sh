#!/usr/bin/env bash
# Builds AppLicensing and starts it in the foreground on Payara Micro with an embedded H2 file
# database, seeding the demo vendor (login demo / demo) on first start.
#   PORT      HTTP port (default 8080)
#   DATA_DIR  where the H2 database and the master key that encrypts signing keys live
#             (default ~/.applicensing); data survives restarts
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT="${PORT:-8080}"
DATA_DIR="${DATA_DIR:-$HOME/.applicensing}"

mvn -B -q -DskipTests package
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"

# asadmin property syntax: ':' and '=' inside a value are escaped with a backslash.
h2_url="jdbc\\\\:h2\\\\:file\\\\:${DATA_DIR}/licensing"
sed "s|@H2_URL@|${h2_url}|" server-config/payara-micro/post-boot-h2.asadmin > target/post-boot-h2.asadmin

announce_when_ready() {
    for _ in $(seq 1 180); do
        if curl -fs "http://localhost:${PORT}/health/ready" > /dev/null 2>&1; then
            cat <<MSG

  AppLicensing is ready (data in ${DATA_DIR})
    Home:     http://localhost:${PORT}/
    Console:  http://localhost:${PORT}/console/index.xhtml  (log in as demo / demo, or sign up)
    API:      http://localhost:${PORT}/api/v1/products  (HTTP Basic demo:demo or an API key)
    OpenAPI:  http://localhost:${PORT}/openapi       browsable at http://localhost:${PORT}/openapi-ui/
    Health:   http://localhost:${PORT}/health/ready

MSG
            return
        fi
        sleep 1
    done
    echo "AppLicensing did not become ready within 180 s: see the log above" >&2
}
announce_when_ready &

exec java -Xmx1g \
    -Dlicensing.demo.seed=true \
    -Dlicensing.master-key-file="${DATA_DIR}/master.key" \
    -Dmp.health.default.readiness.empty.response=DOWN \
    -jar target/payara-micro.jar \
    --deploy target/applicensing.war --contextroot / \
    --port "${PORT}" --nocluster \
    --postbootcommandfile target/post-boot-h2.asadmin
