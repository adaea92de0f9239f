#!/usr/bin/env bash
# Nearby, along-route and map (province-wide view) search at 6,000 / 186,000 / 1,000,000 stations: PostgreSQL answering the
# service's SQL directly (pgbench) against station-service's API (wrk), same run, same parameters.
# See bench/README.md. Needs: PostgreSQL+PostGIS on 127.0.0.1:$PGPORT (superuser postgres), pgbench,
# wrk, python3, a built station-service (./mvnw -pl station-service -am install -DskipTests).
# Run alone, or from bench/run.sh (which passes its Keycloak and output directory).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH_NAME=search
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT"

DURATION="${BENCH_DURATION:-30}"          # seconds per measured run
WARMUP="${BENCH_WARMUP:-5}"               # seconds of warm-up before each
CLIENTS="${BENCH_CLIENTS:-16}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18091}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18180}"
STATE_DIR="${BENCH_STATE_DIR:-.platform-bench}"
DATASETS="${BENCH_DATASETS:-6k 186k}"
OUT="${BENCH_OUT_DIR:-$ROOT/bench/results/search-$(date +%Y-%m-%d)}"
JAR="$ROOT/station-service/target/quarkus-app/quarkus-run.jar"
CLASSES="$ROOT/station-service/target/classes"
OPEN_AT_SQL="2026-03-11 10:00"            # a Wednesday, station-local time
OPEN_AT_API="2026-03-11T10:00:00%2B08:00"

for tool in pgbench wrk psql python3 curl java; do command -v "$tool" > /dev/null || die "$tool is missing"; done
[ -f "$JAR" ] && [ -d "$CLASSES" ] || die "build station-service first: ./mvnw -B -pl station-service -am install -DskipTests"
mkdir -p "$OUT"
SERVICE_PID=""

platform_env() { env YIZHAN_STATE_DIR="$STATE_DIR" YIZHAN_PARTS=keycloak YIZHAN_KEYCLOAK_PORT="$KC_PORT" "$@"; }
cleanup() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2> /dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true; fi
  if [ "${BENCH_KEEP_KEYCLOAK:-0}" != 1 ]; then platform_env ./platform down > /dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if [ "${BENCH_KEEP_KEYCLOAK:-0}" != 1 ]; then
  say "Keycloak for real tokens: ./platform up with YIZHAN_PARTS=keycloak on port $KC_PORT, state $STATE_DIR"
  platform_env ./platform up > "$OUT/platform-up.log" 2>&1 || { tail -n 30 "$OUT/platform-up.log"; die "Keycloak did not start"; }
fi

echo "{" > "$OUT/search.json.part"
first=1
for ds in $DATASETS; do
  db="${BENCH_SEARCH_DB_PREFIX:-bench_station_}$ds"
  case "$ds" in
    6k)   gen=(fujian) ;;
    186k) gen=(national 186000) ;;
    1m)   gen=(national 1000000) ;;
    *)    die "unknown dataset $ds (6k, 186k, 1m)" ;;
  esac
  phase "search-load-$ds" begin
  say "[$ds] database $db: drop, create, postgis"
  psql_su -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  psql_su -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"

  say "[$ds] station-service on :$SERVICE_PORT against $db (Flyway migrates it)"
  env QUARKUS_HTTP_PORT="$SERVICE_PORT" QUARKUS_MANAGEMENT_PORT=$((SERVICE_PORT + 1000)) DB_HOST=127.0.0.1 DB_PORT="${PGPORT:-5432}" DB_NAME="$db" DB_USER=postgres DB_PASSWORD=postgres \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/yizhan" \
    YIZHAN_DEMO_LOAD_STATIONS=false QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL=ERROR \
    java $YIZHAN_JVM_OPTS -Dyizhan.bench=1 -jar "$JAR" > "$OUT/service-$ds.log" 2>&1 &
  SERVICE_PID=$!
  wait_ready "http://localhost:$((SERVICE_PORT + 1000))/q/health/ready" "$SERVICE_PID" "$OUT/service-$ds.log"

  say "[$ds] loading ${gen[*]} (DemoStationsCsv | COPY)"
  t0=$(now_ms)
  java -cp "$CLASSES" io.yizhan.station.demo.DemoStationsCsv "${gen[@]}" \
    | psql_su -d "$db" -c "\\copy station ($(java -cp "$CLASSES" io.yizhan.station.demo.DemoStationsCsv --columns)) FROM STDIN (FORMAT csv)"
  psql_su -d "$db" -c "VACUUM ANALYZE station"
  load_ms=$(( $(now_ms) - t0 ))
  rows=$(psql_su -d "$db" -c "SELECT count(*) FROM station")
  say "[$ds] $rows stations loaded in $load_ms ms"
  phase "search-load-$ds" end

  # EXPLAIN of the exact nearby statement at a point in Fuzhou (Dongjiekou), generic plan and custom plan
  psql_su -d "$db" > "$OUT/plan-$ds.txt" <<SQL
\\pset format aligned
\\pset tuples_only off
SET plan_cache_mode = force_generic_plan;
PREPARE nearby(float8, float8, float8, boolean, text, text, timestamp, int) AS
SELECT id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities::text AS amenities,
       ST_Distance(geog, ST_SetSRID(ST_MakePoint(\$2, \$1), 4326)::geography) AS distance_m
  FROM station WHERE status IN ('OPEN', 'WARNED')
   AND ST_DWithin(geog, ST_SetSRID(ST_MakePoint(\$2, \$1), 4326)::geography, \$3)
   AND (\$4::boolean = false OR open_24h)
   AND (\$5::text IS NULL OR amenities @> \$5::text::jsonb)
   AND (\$6::text IS NULL OR station_type = \$6::text)
   AND (\$7::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, \$7::timestamp))
 ORDER BY geog <-> ST_SetSRID(ST_MakePoint(\$2, \$1), 4326)::geography LIMIT \$8;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE nearby(26.0800, 119.3030, 3000, false, '["microwave"]', NULL, '$OPEN_AT_SQL', 20);
RESET plan_cache_mode;
EXPLAIN (ANALYZE, BUFFERS) EXECUTE nearby(26.0800, 119.3030, 3000, false, '["microwave"]', NULL, '$OPEN_AT_SQL', 20);
SQL

  code=$(curl -s -o "$OUT/probe-$ds.json" -w '%{http_code}' -H "Authorization: Bearer $(kc_token "$KC_PORT" worker1)" \
    "http://localhost:$SERVICE_PORT/api/v1/stations/nearby?lat=26.08&lon=119.303&radius=3000&amenities=microwave&openAt=$OPEN_AT_API")
  [ "$code" = 200 ] || { cat "$OUT/probe-$ds.json"; die "probe request answered $code"; }
  hits=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$OUT/probe-$ds.json")
  say "[$ds] probe at Dongjiekou: $hits stations"

  phase "search-$ds" begin
  say "[$ds] nearby: pgbench then wrk, $CLIENTS clients, ${DURATION} s each (after ${WARMUP} s warm-up)"
  pg_near=$(run_pgbench "nearby-$ds" "$DURATION" "$WARMUP" "$OUT" -M prepared -c "$CLIENTS" -j 2 -f "$BENCH_DIR/nearby.sql" \
    -D amen='["microwave"]' -D openat="$OPEN_AT_SQL" -D radius=3000 -D lim=20 "$db")
  # BENCH_PROFILE=1: a flame graph of the service over each measured wrk run (lib.sh, profile_start/profile_stop)
  svc_near=$(BENCH_TOKEN="$(kc_token "$KC_PORT" worker1)" wrk_json "nearby-$ds" "$DURATION" "$WARMUP" "$CLIENTS" \
    "$BENCH_DIR/nearby.lua" "http://localhost:$SERVICE_PORT" "$OUT" "search-nearby-$ds" "$SERVICE_PID")
  # the latency of requests arriving at half the rate the service just saturated at, open-loop (wrklib.pacer;
  # 64 connections, so a send rarely waits for a busy one: the summary counts those that did)
  half=$(python3 -c 'import json,sys; print(max(1, int(json.loads(sys.argv[1])["qps"] / 2)))' "$svc_near")
  say "[$ds] nearby open-loop at $half requests/s (half of the closed-loop rate)"
  svc_open=$(BENCH_TOKEN="$(kc_token "$KC_PORT" worker1)" BENCH_OF=nearby BENCH_RATE="$half" BENCH_CONNS=64 wrk_json "nearby-open-$ds" \
    "$DURATION" "$WARMUP" 64 "$BENCH_DIR/open-loop.lua" "http://localhost:$SERVICE_PORT" "$OUT")
  say "[$ds] along-route: pgbench then wrk"
  pg_route=$(run_pgbench "route-$ds" "$DURATION" "$WARMUP" "$OUT" -M prepared -c "$CLIENTS" -j 2 -f "$BENCH_DIR/route.sql" "$db")
  svc_route=$(BENCH_TOKEN="$(kc_token "$KC_PORT" worker1)" wrk_json "route-$ds" "$DURATION" "$WARMUP" "$CLIENTS" \
    "$BENCH_DIR/route.lua" "http://localhost:$SERVICE_PORT" "$OUT" "search-route-$ds" "$SERVICE_PID")
  say "[$ds] map, province-wide view: pgbench then wrk"
  pg_map=$(run_pgbench "map-$ds" "$DURATION" "$WARMUP" "$OUT" -M prepared -c "$CLIENTS" -j 2 -f "$BENCH_DIR/map.sql" "$db")
  svc_map=$(BENCH_TOKEN="$(kc_token "$KC_PORT" worker1)" wrk_json "map-$ds" "$DURATION" "$WARMUP" "$CLIENTS" \
    "$BENCH_DIR/map.lua" "http://localhost:$SERVICE_PORT" "$OUT" "search-map-$ds" "$SERVICE_PID")
  # the map's latency the same way: views arriving at half the rate it saturated at
  map_half=$(python3 -c 'import json,sys; print(max(1, int(json.loads(sys.argv[1])["qps"] / 2)))' "$svc_map")
  say "[$ds] map open-loop at $map_half views/s (half of the closed-loop rate)"
  svc_map_open=$(BENCH_TOKEN="$(kc_token "$KC_PORT" worker1)" BENCH_OF=map BENCH_RATE="$map_half" BENCH_CONNS=64 wrk_json "map-open-$ds" \
    "$DURATION" "$WARMUP" 64 "$BENCH_DIR/open-loop.lua" "http://localhost:$SERVICE_PORT" "$OUT")
  phase "search-$ds" end

  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true; SERVICE_PID=""
  [ "${BENCH_KEEP_DB:-0}" = 1 ] || psql_su -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"

  [ $first = 1 ] || echo "," >> "$OUT/search.json.part"
  first=0
  printf '"%s": {"stations": %s, "load_ms": %s, "probe_hits": %s, "nearby": {"pgbench": %s, "service": %s}, "route": {"pgbench": %s, "service": %s}, "map": {"pgbench": %s, "service": %s}, "nearby_open": {"offered_per_s": %s, "service": %s}, "map_open": {"offered_per_s": %s, "service": %s}}\n' \
    "$ds" "$rows" "$load_ms" "$hits" "$pg_near" "$svc_near" "$pg_route" "$svc_route" "$pg_map" "$svc_map" "$half" "$svc_open" \
    "$map_half" "$svc_map_open" >> "$OUT/search.json.part"
  say "[$ds] nearby $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["qps"], "q/s vs pgbench", json.loads(sys.argv[2])["qps"])' "$svc_near" "$pg_near");" \
      "route $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["qps"], "q/s vs pgbench", json.loads(sys.argv[2])["qps"])' "$svc_route" "$pg_route");" \
      "map $(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["qps"], "q/s vs pgbench", json.loads(sys.argv[2])["qps"])' "$svc_map" "$pg_map")"
done
echo "}" >> "$OUT/search.json.part"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); json.dump({"clients": int(sys.argv[3]), "seconds": int(sys.argv[4]), "datasets": d}, open(sys.argv[2], "w"), indent=2)' \
  "$OUT/search.json.part" "$OUT/search.json" "$CLIENTS" "$DURATION"
rm -f "$OUT/search.json.part"
say "results: $OUT/search.json (raw pgbench/wrk outputs and plans beside it)"
