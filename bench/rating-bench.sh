#!/usr/bin/env bash
# Ratings benchmark: sustained anonymous ratings per second (wrk, QR tokens, spread over stations)
# and, at the same time, the lag from a worker's rating to the satisfaction report that counts it.
# See bench/README.md. Needs: PostgreSQL on 127.0.0.1:$PGPORT (superuser postgres), wrk, openssl,
# psql, python3, a built rating-service (./mvnw -B -pl rating-service -am package -DskipTests).
# Kafka is started by ./platform on non-default ports (the outbox relay publishes for real);
# no Keycloak: the service verifies tokens this script signs with a throw-away RSA key.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH="$ROOT/bench"
cd "$ROOT"

PGPORT="${PGPORT:-5432}"
DURATION="${BENCH_DURATION:-30}"          # seconds of the measured run
WARMUP="${BENCH_WARMUP:-5}"
CLIENTS="${BENCH_CLIENTS:-16}"
STATIONS="${BENCH_STATIONS:-200}"
PROBES="${BENCH_PROBES:-40}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18093}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-19192}"
STATE_DIR="${BENCH_STATE_DIR:-.platform-bench-rating}"
DB="bench_rating"
STAMP="$(date +%Y-%m-%d)"
RESULTS="$BENCH/results"
JAR="$ROOT/rating-service/target/quarkus-app/quarkus-run.jar"
SECRET="bench-qr-secret"

say() { printf '[rating-bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[rating-bench] ERROR: %s\n' "$*" >&2; exit 1; }
psql_su() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

for tool in wrk openssl psql python3 curl java; do command -v "$tool" > /dev/null || die "$tool is missing"; done
[ -f "$JAR" ] || die "build rating-service first: ./mvnw -B -pl rating-service -am package -DskipTests"
mkdir -p "$RESULTS"
WORK="$(mktemp -d)"
SERVICE_PID=""
platform_env() { env YIZHAN_STATE_DIR="$STATE_DIR" YIZHAN_PARTS=kafka YIZHAN_KAFKA_PORT="$KAFKA_PORT" \
  YIZHAN_KAFKA_CONTROLLER_PORT="$((KAFKA_PORT + 1))" "$@"; }
cleanup() {
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2> /dev/null && wait "$SERVICE_PID" 2> /dev/null || true
  platform_env "$ROOT/platform" down > /dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Tokens: RS256 with a key made for this run; the service trusts its public key (no OIDC server).
openssl genrsa -out "$WORK/key.pem" 2048 2> /dev/null
PUBLIC_KEY="$(openssl rsa -in "$WORK/key.pem" -pubout 2> /dev/null | grep -v -- '-----' | tr -d '\n')"
token() { # subject tenant role
  local now header payload
  now="$(date +%s)"
  header="$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)"
  payload="$(printf '{"iss":"bench","aud":["yizhan-api"],"sub":"%s","preferred_username":"%s",%s"realm_access":{"roles":["%s"]},"iat":%d,"exp":%d}' \
    "$1" "$1" "${2:+\"tenant\":\"$2\",}" "$3" "$now" "$((now + 3600))" | b64url)"
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$WORK/key.pem" -binary | b64url)"
}
qr_token() { printf '1.%s' "$(printf 'yizhan-qr:%s:1' "$1" | openssl dgst -sha256 -hmac "$SECRET" -binary | head -c 16 | b64url)"; }

say "database $DB"
psql_su -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER yizhan"

say "Kafka on 127.0.0.1:$KAFKA_PORT (./platform, state $STATE_DIR)"
platform_env "$ROOT/platform" up > "$WORK/platform.log" 2>&1 || { cat "$WORK/platform.log"; die "Kafka did not start"; }

say "rating-service on :$SERVICE_PORT"
env QUARKUS_HTTP_PORT="$SERVICE_PORT" QUARKUS_MANAGEMENT_PORT=$((SERVICE_PORT + 1000)) DB_NAME="$DB" KAFKA_BOOTSTRAP_SERVERS="127.0.0.1:$KAFKA_PORT" \
  YIZHAN_RATING_QR_SECRET="$SECRET" YIZHAN_RATING_ANONYMOUS_LIMIT=1000000000 \
  QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER=bench \
  java $YIZHAN_JVM_OPTS -Dquarkus.oidc.auth-server-url= -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$((SERVICE_PORT + 1000))/q/health/ready" > /dev/null 2>&1 && break
  kill -0 "$SERVICE_PID" 2> /dev/null || { tail -50 "$WORK/service.log"; die "rating-service exited"; }
  sleep 1
done
curl -sf "http://127.0.0.1:$((SERVICE_PORT + 1000))/q/health/ready" > /dev/null || { tail -50 "$WORK/service.log"; die "rating-service not ready"; }

say "$STATIONS stations in the replica (Fuzhou), 10 more for the probe"
psql_su -d "$DB" -c "INSERT INTO station_replica (id, tenant, name, status, lat, lon, version, updated_at)
  SELECT gen_random_uuid(), 'fuzhou', '基准驿站 ' || g, 'OPEN', 26.08, 119.30, 1, now() FROM generate_series(1, $((STATIONS + 10))) g"
psql_su -d "$DB" -c "SELECT id FROM station_replica ORDER BY name" > "$WORK/ids"
head -n "$STATIONS" "$WORK/ids" | while read -r id; do printf '%s %s\n' "$id" "$(qr_token "$id")"; done > "$WORK/stations"
tail -n 10 "$WORK/ids" > "$WORK/probe-stations"

ADMIN="$(token bench-admin fuzhou city-admin)"
BASE="http://127.0.0.1:$SERVICE_PORT"
curl -sf -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/satisfaction/cities/fuzhou" > /dev/null \
  || { curl -s -i -H "Authorization: Bearer $ADMIN" "$BASE/api/v1/satisfaction/cities/fuzhou"; grep -i "oidc\|token\|ERROR" "$WORK/service.log" | tail -20; die "admin token refused"; }

say "warm-up ${WARMUP}s"
RATING_STATIONS="$WORK/stations" LUA_PATH="$BENCH/?.lua;;" wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -s "$BENCH/rating.lua" "$BASE" > /dev/null
BEFORE="$(psql_su -d "$DB" -c "SELECT count(*) FROM rating")"

say "measuring ${DURATION}s with $CLIENTS connections; probing the lag meanwhile"
# one worker per probe, so that no rating replaces another within 24 h
for i in $(seq 0 $((PROBES - 1))); do token "bench-worker-$i" "" worker; echo; done > "$WORK/workers"
RATING_STATIONS="$WORK/stations" LUA_PATH="$BENCH/?.lua;;" wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$BENCH/rating.lua" "$BASE" > "$WORK/wrk.txt" &
WRK_PID=$!
sleep 2
python3 "$BENCH/rating-probe.py" "$BASE" "$WORK/workers" "$ADMIN" "$WORK/probe-stations" "$PROBES" > "$WORK/probe.json"
wait "$WRK_PID"
AFTER="$(psql_su -d "$DB" -c "SELECT count(*) FROM rating")"
OUTBOX="$(psql_su -d "$DB" -c "SELECT count(*) FILTER (WHERE published_at IS NULL) || ' unpublished of ' || count(*) FROM outbox_event")"
say "outbox right after the run: $OUTBOX; waiting for the relay to drain it"
DRAIN_START="$(date +%s)"
DRAIN="not drained in 600 s"
for _ in $(seq 1 600); do
  if [ "$(psql_su -d "$DB" -c "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")" = 0 ]; then
    DRAIN="$(( $(date +%s) - DRAIN_START )) s"
    break
  fi
  sleep 1
done
EVENT_LAG="$(psql_su -d "$DB" -c "SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - created_at))::numeric, 1)
  || ' / ' || round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - created_at))::numeric, 1)
  || ' / ' || round(max(extract(epoch FROM published_at - created_at))::numeric, 1) FROM outbox_event WHERE published_at IS NOT NULL")"
cat "$WORK/wrk.txt"
say "probe: $(cat "$WORK/probe.json")"

RPS="$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")"
NON2XX="$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")"
P50="$(awk '/^ +50%/ {print $2}' "$WORK/wrk.txt")"
P99="$(awk '/^ +99%/ {print $2}' "$WORK/wrk.txt")"
OUT="$RESULTS/rating-$STAMP.md"
{
  echo "## Ratings benchmark, $STAMP ($(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo "| Figure | Value |"
  echo "| --- | --- |"
  echo "| anonymous ratings/s (wrk -t2 -c$CLIENTS, ${DURATION}s, $STATIONS stations) | $RPS |"
  echo "| latency p50 / p99 | $P50 / $P99 |"
  echo "| non-2xx responses | ${NON2XX:-0} |"
  echo "| rows written in the measured run | $((AFTER - BEFORE)) |"
  echo "| outbox right after the run | $OUTBOX |"
  echo "| time for the relay to drain it afterwards | $DRAIN |"
  echo "| event lag, outbox row → published on rating-events (p50 / p99 / max, s, all events of the run) | $EVENT_LAG |"
  echo "| lag rating → satisfaction report (p50 / p95 / max, ms, under load) | $(python3 -c "import json;d=json.load(open('$WORK/probe.json'))['lagMs'];print(f\"{d['p50']} / {d['p95']} / {d['max']}\")") |"
  echo "| the worker's POST alone (p50 / p95 / max, ms) | $(python3 -c "import json;d=json.load(open('$WORK/probe.json'))['postMs'];print(f\"{d['p50']} / {d['p95']} / {d['max']}\")") |"
} > "$OUT"
cat "$OUT"
say "written $OUT"
