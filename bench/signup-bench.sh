#!/usr/bin/env bash
# Sign-ups per second when a popular shift is released: many volunteers at once for few places,
# against the real volunteer-service jar and PostgreSQL; afterwards the database must show exactly
# `capacity` confirmed sign-ups and the rest waitlisted. See bench/README.md ("Shift release").
# Needs PostgreSQL on 127.0.0.1:$PGPORT (superuser postgres), psql, openssl, curl, java, and
#   ./mvnw -B -pl volunteer-service,bench -am install -DskipTests   (the jar and the bench module's driver)
# No Kafka, no Keycloak: events wait in the outbox; the driver signs tokens with a key pair made for
# the run, which the service checks through quarkus.oidc.public-key.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH_NAME=signup-bench
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT"
PGPORT="${PGPORT:-5432}"
PORT="${BENCH_VOLUNTEER_PORT:-18094}"
DB="${BENCH_VOLUNTEER_DB:-bench_volunteer}"
VOLUNTEERS="${BENCH_VOLUNTEERS:-2000}"
CAPACITY="${BENCH_CAPACITY:-20}"
CONCURRENCY="${BENCH_CONCURRENCY:-64}"
OUT="${BENCH_OUT_DIR:-$ROOT/bench/results/signup-$(date +%Y-%m-%d)}"
JAR="$ROOT/volunteer-service/target/quarkus-app/quarkus-run.jar"
ISSUER="https://bench.yizhan.local"
BASE="http://127.0.0.1:$PORT"

psql_db() { psql_su "$@"; }

[ -f "$JAR" ] && bench_built || die "build first: ./mvnw -B -pl volunteer-service,bench -am install -DskipTests"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
SERVICE_PID=""
cleanup() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2> /dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# the driver: the bench module (bench/src)
driver() { bench_java SignupRelease "$@"; }
PUBLIC_KEY="$(bench_keypair "$WORK")"

say "database $DB, volunteer-service on port $PORT"
psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
env DB_PORT="$PGPORT" DB_NAME="$DB" DB_USER=postgres QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL=OFF \
    java $YIZHAN_JVM_OPTS -Dquarkus.oidc.auth-server-url= -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
wait_ready "http://127.0.0.1:$((PORT + 1000))/q/health/ready" "$SERVICE_PID" "$WORK/service.log"

STATION="$(cat /proc/sys/kernel/random/uuid)"
psql_db -d "$DB" -c "INSERT INTO station_replica (id, tenant, name, status, lat, lon, version, updated_at)
    VALUES ('$STATION', 'fuzhou', '基准驿站', 'OPEN', 26.08, 119.30, 1, now())"
ADMIN="$(driver token "$WORK/key.pem" "$ISSUER" bench-admin city-admin fuzhou)"
DAY="$(TZ=Asia/Shanghai date -d tomorrow +%F)"
SHIFT="$(curl -fsS -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -X POST "$BASE/api/v1/shifts" \
    -d "{\"stationId\":\"$STATION\",\"date\":\"$DAY\",\"start\":\"09:00\",\"end\":\"17:00\",\"kind\":\"STATION_MASTER\",\"capacity\":$CAPACITY}" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"

say "release: $VOLUNTEERS volunteers, $CAPACITY places, $CONCURRENCY in flight"
RESULT="$(driver "$BASE" "$WORK/key.pem" "$ISSUER" "$SHIFT" "$VOLUNTEERS" "$CONCURRENCY")"
say "$RESULT"
read -r CONFIRMED WAITLISTED SHIFT_CONFIRMED <<< "$(psql_db -d "$DB" -F ' ' -c "SELECT
    (SELECT count(*) FROM signup WHERE shift_id = '$SHIFT' AND status = 'CONFIRMED'),
    (SELECT count(*) FROM signup WHERE shift_id = '$SHIFT' AND status = 'WAITLISTED'),
    (SELECT confirmed FROM shift WHERE id = '$SHIFT')")"
say "database: confirmed $CONFIRMED, waitlisted $WAITLISTED, shift.confirmed $SHIFT_CONFIRMED"
printf '{"machine":"%s cores, %s","volunteers":%s,"capacity":%s,"concurrency":%s,"driver":%s,"db":{"confirmed":%s,"waitlisted":%s}}\n' \
  "$(nproc)" "$(free -g | awk '/Mem:/ {print $2 " GB"}')" "$VOLUNTEERS" "$CAPACITY" "$CONCURRENCY" "$RESULT" "$CONFIRMED" "$WAITLISTED" \
  > "$OUT/signup.json"
psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"
[ "$CONFIRMED" = "$CAPACITY" ] && [ "$SHIFT_CONFIRMED" = "$CAPACITY" ] && [ "$WAITLISTED" = "$((VOLUNTEERS - CAPACITY))" ] \
  || die "places went wrong: confirmed $CONFIRMED of $CAPACITY, waitlisted $WAITLISTED"
say "ok: exactly $CAPACITY confirmed; results in $OUT/signup.json"
