#!/usr/bin/env bash
# Nearby search with filters at 6,000 and 186,000 stations: PostgreSQL answering the service's SQL
# directly (pgbench) against station-service's GET /api/v1/stations/nearby (wrk), same run, same
# parameters. See bench/README.md. Needs: PostgreSQL+PostGIS on 127.0.0.1:$PGPORT (superuser postgres),
# pgbench, wrk, python3, a built station-service (./mvnw -pl station-service -am install -DskipTests).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH="$ROOT/bench"
cd "$ROOT"

PGPORT="${PGPORT:-5432}"
DURATION="${BENCH_DURATION:-30}"          # seconds per measured run
WARMUP="${BENCH_WARMUP:-5}"               # seconds of warm-up before each
CLIENTS="${BENCH_CLIENTS:-16}"
SERVICE_PORT="${BENCH_SERVICE_PORT:-18091}"
KC_PORT="${BENCH_KEYCLOAK_PORT:-18180}"
STATE_DIR="${BENCH_STATE_DIR:-.platform-bench}"
DATASETS="${BENCH_DATASETS:-6k 186k}"
STAMP="$(date +%Y-%m-%d)"
RESULTS="$BENCH/results"
OUT_JSON="$RESULTS/search-$STAMP.json"
OUT_MD="$RESULTS/search-$STAMP.md"
JAR="$ROOT/station-service/target/quarkus-app/quarkus-run.jar"
CLASSES="$ROOT/station-service/target/classes"
OPEN_AT_SQL="2026-03-11 10:00"            # a Wednesday, station-local time
OPEN_AT_API="2026-03-11T10:00:00%2B08:00"

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[bench] ERROR: %s\n' "$*" >&2; exit 1; }
psql_su() { psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PGPORT" -U postgres "$@"; }

for tool in pgbench wrk psql python3 curl java; do command -v "$tool" > /dev/null || die "$tool is missing"; done
[ -f "$JAR" ] && [ -d "$CLASSES" ] || die "build station-service first: ./mvnw -B -pl station-service -am install -DskipTests"
mkdir -p "$RESULTS"
WORK="$(mktemp -d)"
SERVICE_PID=""

platform_env() { env YIZHAN_STATE_DIR="$STATE_DIR" YIZHAN_PARTS=keycloak YIZHAN_KEYCLOAK_PORT="$KC_PORT" "$@"; }

cleanup() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2> /dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true; fi
  if [ "${BENCH_KEEP_KEYCLOAK:-0}" != 1 ]; then platform_env ./platform down > /dev/null 2>&1 || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say "Keycloak for real tokens: ./platform up with YIZHAN_PARTS=keycloak on port $KC_PORT, state $STATE_DIR"
platform_env ./platform up > "$WORK/platform-up.log" 2>&1 || { tail -n 30 "$WORK/platform-up.log"; die "Keycloak did not start"; }

token() {
  curl -sS -d grant_type=password -d client_id=yizhan-cli -d username=worker1 -d password=demo \
    "http://localhost:$KC_PORT/realms/yizhan/protocol/openid-connect/token" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# percentiles (ms) and rate from pgbench per-transaction logs (column 3: latency in microseconds)
pgbench_summary() {   # DIR PREFIX SECONDS TPS
  python3 - "$@" <<'PY'
import glob, json, sys
d, prefix, seconds, tps = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
lat = []
for f in glob.glob(f"{d}/{prefix}*"):
    with open(f) as fh:
        for line in fh:
            parts = line.split()
            if len(parts) > 2:
                lat.append(int(parts[2]) / 1000.0)
lat.sort()
pct = lambda p: lat[min(len(lat) - 1, int(round(p / 100.0 * len(lat))) - 1)] if lat else 0.0
print(json.dumps({"qps": round(tps, 1), "p50_ms": round(pct(50), 3), "p90_ms": round(pct(90), 3),
                  "p99_ms": round(pct(99), 3), "sampled": len(lat), "seconds": seconds}))
PY
}

echo "{" > "$WORK/all.json"
first=1
for ds in $DATASETS; do
  db="bench_station_$ds"
  case "$ds" in
    6k)   gen=(fujian) ;;
    186k) gen=(national 186000) ;;
    1m)   gen=(national 1000000) ;;
    *)    die "unknown dataset $ds (6k, 186k, 1m)" ;;
  esac
  say "[$ds] database $db: drop, create, postgis"
  psql_su -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  psql_su -d "$db" -c "CREATE EXTENSION IF NOT EXISTS postgis"

  say "[$ds] station-service on :$SERVICE_PORT against $db (Flyway migrates it)"
  env QUARKUS_HTTP_PORT="$SERVICE_PORT" DB_HOST=127.0.0.1 DB_PORT="$PGPORT" DB_NAME="$db" DB_USER=postgres DB_PASSWORD=postgres \
    KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9 OIDC_AUTH_SERVER_URL="http://localhost:$KC_PORT/realms/yizhan" \
    YIZHAN_DEMO_LOAD_STATIONS=false QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL=ERROR \
    java -Dyizhan.bench=1 -jar "$JAR" > "$RESULTS/service-$ds.log" 2>&1 &
  SERVICE_PID=$!
  for i in $(seq 1 120); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$SERVICE_PORT/q/health/ready" || true)" = 200 ] && break
    kill -0 "$SERVICE_PID" 2> /dev/null || { tail -n 30 "$RESULTS/service-$ds.log"; die "station-service exited"; }
    sleep 1
  done

  say "[$ds] loading ${gen[*]} (DemoStationsCsv | COPY)"
  t0=$(date +%s%N)
  java -cp "$CLASSES" io.yizhan.station.demo.DemoStationsCsv "${gen[@]}" \
    | psql_su -d "$db" -c "\\copy station ($(java -cp "$CLASSES" io.yizhan.station.demo.DemoStationsCsv --columns)) FROM STDIN (FORMAT csv)"
  psql_su -d "$db" -c "VACUUM ANALYZE station"
  rows=$(psql_su -d "$db" -c "SELECT count(*) FROM station")
  say "[$ds] $rows stations loaded in $(( ($(date +%s%N) - t0) / 1000000 )) ms"

  # EXPLAIN of the exact statement at a point in Fuzhou (Dongjiekou), as a prepared generic plan would see it too
  psql_su -d "$db" > "$RESULTS/plan-$ds-$STAMP.txt" <<SQL
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

  say "[$ds] pgbench: $CLIENTS clients, ${DURATION} s (after ${WARMUP} s warm-up)"
  PGB=(pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -M prepared -c "$CLIENTS" -j 2 -f "$BENCH/nearby.sql"
       -D amen='["microwave"]' -D openat="$OPEN_AT_SQL" -D radius=3000 -D lim=20 "$db")
  "${PGB[@]}" -T "$WARMUP" > /dev/null 2>&1
  ( cd "$WORK" && "${PGB[@]}" -T "$DURATION" -l --sampling-rate=0.2 --log-prefix="pgb-$ds" > "$WORK/pgbench-$ds.txt" 2>&1 )
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench-$ds.txt" | head -n 1)
  [ -n "$tps" ] || { cat "$WORK/pgbench-$ds.txt"; die "pgbench failed"; }
  cp "$WORK/pgbench-$ds.txt" "$RESULTS/pgbench-$ds-$STAMP.txt"
  pg_json=$(pgbench_summary "$WORK" "pgb-$ds" "$DURATION" "$tps")

  say "[$ds] wrk: $CLIENTS connections, ${DURATION} s (after ${WARMUP} s warm-up) on /api/v1/stations/nearby"
  code=$(curl -s -o "$WORK/probe.json" -w '%{http_code}' -H "Authorization: Bearer $(token)" \
    "http://localhost:$SERVICE_PORT/api/v1/stations/nearby?lat=26.08&lon=119.303&radius=3000&amenities=microwave&openAt=$OPEN_AT_API")
  [ "$code" = 200 ] || { cat "$WORK/probe.json"; die "probe request answered $code"; }
  hits=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$WORK/probe.json")
  say "[$ds] probe at Dongjiekou: $hits stations"
  BENCH_TOKEN="$(token)" BENCH_OUT="$WORK/warm.json" wrk -t2 -c"$CLIENTS" -d"${WARMUP}s" -s "$BENCH/nearby.lua" \
    "http://localhost:$SERVICE_PORT" > /dev/null
  BENCH_TOKEN="$(token)" BENCH_OUT="$WORK/wrk-$ds.json" wrk -t2 -c"$CLIENTS" -d"${DURATION}s" --latency -s "$BENCH/nearby.lua" \
    "http://localhost:$SERVICE_PORT" > "$RESULTS/wrk-$ds-$STAMP.txt"
  svc_json=$(cat "$WORK/wrk-$ds.json")

  kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true; SERVICE_PID=""

  [ $first = 1 ] || echo "," >> "$WORK/all.json"
  first=0
  printf '"%s": {"stations": %s, "probe_hits": %s, "pgbench": %s, "service": %s}\n' "$ds" "$rows" "$hits" "$pg_json" "$svc_json" >> "$WORK/all.json"
done
echo "}" >> "$WORK/all.json"

python3 - "$WORK/all.json" "$OUT_JSON" "$OUT_MD" "$CLIENTS" "$DURATION" <<'PY'
import json, sys, platform, os, subprocess
data = json.load(open(sys.argv[1]))
mem_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
pg = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-U", "postgres", "-d", "bench_station_" + next(iter(data)), "-c",
                     "select split_part(version(), ',', 1) || ', PostGIS ' || extversion from pg_extension where extname = 'postgis'"],
                    capture_output=True, text=True).stdout.strip()
result = {"machine": {"cores": os.cpu_count(), "memory_gb": mem_gb, "kernel": platform.release(), "postgres": pg},
          "clients": int(sys.argv[4]), "seconds": int(sys.argv[5]),
          "query": "nearby: point ±5 km around one of 10 Fujian city centres, radius 3000 m, amenities [microwave], open Wed 10:00, limit 20",
          "datasets": data}
for ds in data.values():
    ds["service_to_postgres_qps"] = round(ds["service"]["qps"] / ds["pgbench"]["qps"], 3)
json.dump(result, open(sys.argv[2], "w"), indent=2, ensure_ascii=False)
lines = ["| stations | pgbench q/s | pgbench p50 / p99 ms | service q/s | service p50 / p99 ms | service / PostgreSQL q/s | errors |",
         "|---:|---:|---:|---:|---:|---:|---:|"]
for name, ds in data.items():
    p, s = ds["pgbench"], ds["service"]
    lines.append(f"| {ds['stations']:,} ({name}) | {p['qps']:,.0f} | {p['p50_ms']:.2f} / {p['p99_ms']:.2f} | {s['qps']:,.0f} | "
                 f"{s['p50_ms']:.2f} / {s['p99_ms']:.2f} | {ds['service_to_postgres_qps']:.2f} | {s['errors']} |")
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
say "results: $OUT_JSON, $OUT_MD, plans and raw outputs in $RESULTS"
