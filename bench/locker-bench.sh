#!/usr/bin/env bash
# Reservations per second under a morning-peak burst (many workers, few items) against the real
# locker-service jar and PostgreSQL, with zero oversell checked in the database afterwards.
# See bench/README.md ("Locker reservation burst"). Needs: PostgreSQL on 127.0.0.1:$PGPORT (superuser
# postgres), psql, openssl, curl, java, python3, and a built locker-service and bench module:
#   ./mvnw -B -pl locker-service,bench -am install -DskipTests
# No Kafka and no Keycloak: events wait in the outbox; tokens are signed before each burst with a key pair
# made for the run, verified by the service through quarkus.oidc.public-key.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH_NAME="locker-bench"
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT"
PGPORT="${PGPORT:-5432}"
PORT="${BENCH_LOCKER_PORT:-18092}"
DB="${BENCH_LOCKER_DB:-bench_locker}"
LOCKERS="${BENCH_LOCKERS:-4}"              # lockers (one station each)
ITEMS="${BENCH_ITEMS:-6}"                  # catalogue items, each in one compartment per locker
SCARCE_UNITS="${BENCH_SCARCE_UNITS:-10}"   # units per item and locker in the scarce burst
REQUESTS="${BENCH_REQUESTS:-3000}"         # reservation requests per burst, each by a different worker
CONCURRENCY="${BENCH_CONCURRENCY:-64}"     # requests in flight
WARMUP="${BENCH_LOCKER_WARMUP:-$REQUESTS}"  # unmeasured reservations first, for a warm JIT (0 = none)
ANCHOR_SECONDS="${BENCH_ANCHOR_SECONDS:-20}"  # pgbench of the same write path after the bursts (0 = none)
ANCHOR_CLIENTS="${BENCH_ANCHOR_CLIENTS:-16}"  # close to the service's pool (20); PostgreSQL's 100 connections are shared
OUT="${BENCH_OUT_DIR:-$ROOT/bench/results/locker-$(date +%Y-%m-%d)}"
JAR="$ROOT/locker-service/target/quarkus-app/quarkus-run.jar"
ISSUER="https://bench.yizhan.local"
BASE="http://127.0.0.1:$PORT"

psql_db() { psql_su "$@"; }

for tool in psql openssl curl java python3; do command -v "$tool" > /dev/null || die "$tool is missing"; done
[ -f "$JAR" ] && bench_built || die "build first: ./mvnw -B -pl locker-service,bench -am install -DskipTests"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
SERVICE_PID=""
cleanup() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2> /dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" 2> /dev/null || true; fi
  cp "$WORK/service.log" "${BENCH_SERVICE_LOG:-/tmp/locker-bench-service.log}" 2> /dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# the driver and the tokens: the bench module (bench/src)
token() { bench_tokens token "$WORK/key.pem" "$ISSUER" "$@"; }
# workers RUN COUNT: COUNT worker tokens signed for the burst RUN, in WORK/RUN.tokens
workers() { bench_tokens workers "$WORK/key.pem" "$ISSUER" "$1" "$2" > "$WORK/$1.tokens"; }
# driver RUN: a burst, one reservation per token of WORK/RUN.tokens (LOCKERS_CSV and ITEMS_CSV set below)
driver() { bench_java ReservationBurst "$BASE" "$WORK/$1.tokens" "$LOCKERS_CSV" "$ITEMS_CSV" "$CONCURRENCY" "$1"; }

say "key pair for this run"
PUBLIC_KEY="$(bench_keypair "$WORK")"

say "database $DB"
psql_db -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

say "locker-service on port $PORT"
env DB_PORT="$PGPORT" DB_NAME="$DB" DB_USER=postgres QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT=$((PORT + 1000)) KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1 \
    QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" QUARKUS_OIDC_TOKEN_ISSUER="$ISSUER" \
    QUARKUS_LOG_CATEGORY__ORG_APACHE_KAFKA__LEVEL=OFF \
    java $YIZHAN_JVM_OPTS -Dquarkus.oidc.auth-server-url= -jar "$JAR" > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
wait_ready "http://127.0.0.1:$((PORT + 1000))/q/health/ready" "$SERVICE_PID" "$WORK/service.log"

ADMIN="$(token bench-admin city-admin fuzhou)"
api() { curl -fsS -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }
json_id() { python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'; }

say "seed: $LOCKERS lockers, $ITEMS items"
ITEM_IDS=()
for i in $(seq 1 "$ITEMS"); do
  ITEM_IDS+=("$(api -X POST "$BASE/api/v1/supplies" -d "{\"name\":\"基准物资$i\",\"unitValueFen\":$((100 * i)),\"lowStockThreshold\":0}" | json_id)")
done
LOCKER_IDS=()
DEVICE_TOKENS=()
for l in $(seq 1 "$LOCKERS"); do
  station="$(python3 -c 'import uuid; print(uuid.uuid4())')"
  psql_db -d "$DB" -c "INSERT INTO station_replica (id, tenant, name, status, lat, lon, version, updated_at)
      VALUES ('$station', 'fuzhou', '基准驿站$l', 'OPEN', 26.08 + $l * 0.001, 119.30, 1, now())"
  locker="$(api -X POST "$BASE/api/v1/lockers" -d "{\"stationId\":\"$station\",\"name\":\"基准柜$l\",\"deviceClientId\":\"bench-locker-$l\"}" | json_id)"
  LOCKER_IDS+=("$locker")
  DEVICE_TOKENS+=("$(token "service-account-bench-locker-$l" device fuzhou "bench-locker-$l")")
done
# every locker online, as its device's heartbeat makes it (before each burst: a long warm-up outlasts the first)
heartbeat() {
  local l
  for l in "${!LOCKER_IDS[@]}"; do
    curl -fsS -X POST -H "Authorization: Bearer ${DEVICE_TOKENS[$l]}" "$BASE/api/v1/lockers/${LOCKER_IDS[$l]}/heartbeat" > /dev/null
  done
}
heartbeat
LOCKERS_CSV="$(IFS=,; echo "${LOCKER_IDS[*]}")"
ITEMS_CSV="$(IFS=,; echo "${ITEM_IDS[*]}")"

restock() {   # UNITS: adds UNITS of item i to compartment i of every locker
  for locker in "${LOCKER_IDS[@]}"; do
    lines="$(python3 -c 'import json,sys; ids=sys.argv[2].split(","); print(json.dumps({"lines":[{"compartmentNumber":n+1,"itemId":i,"added":int(sys.argv[1])} for n,i in enumerate(ids)]}))' "$1" "$ITEMS_CSV")"
    api -X POST "$BASE/api/v1/lockers/$locker/restocks" -d "$lines" > /dev/null
  done
}
ample_units() {   # N: units per compartment so that N reservations spread over them all succeed (190 at most per restock)
  local units=$(( ($1 / (LOCKERS * ITEMS) + 1) * 2 ))
  [ "$units" -le 190 ] && echo "$units" || echo 190
}
check() {   # prints reserved, held, quantity, violations
  psql_db -d "$DB" -F ' ' -c "SELECT (SELECT count(*) FROM reservation WHERE status = 'RESERVED'),
      (SELECT coalesce(sum(held), 0) FROM compartment), (SELECT coalesce(sum(quantity), 0) FROM compartment),
      (SELECT count(*) FROM compartment WHERE quantity < 0 OR held < 0 OR held > quantity)"
}

# A warm JIT, as in production: unmeasured bursts by other workers until the service's compilers are quiet
# (lib.sh, warm_jit: BENCH_WARM_ROUNDS, 12 at most), then the reservations, stock, outbox and idempotency rows
# they made are cleared (the service keeps no cache of them). Without it the bursts measured the compilers: after
# five warm-up bursts they still took 52 % of the next; on 2 cores it took 7 rounds of 3,000 (2.5 min of load)
# until the compilers worked under 5 % of a round, the JIT's share falling 0.89, 0.83, 0.77, 0.70, 0.52, 0.35,
# 0.05 (2026-12-07).
clear_reservations() {
  psql_db -d "$DB" -c "TRUNCATE reservation, worker_item_lock, idempotency_record, outbox_event CASCADE" \
    -c "UPDATE compartment SET quantity = 0, held = 0"
}
warm_round() {   # the same workers each round, what one round reserved cleared before the next; stock for about
  # half of them, so that refusals (the scarce burst's path: problem details, rollback) warm up too
  clear_reservations; restock "$(ample_units $((WARMUP / 4)))"; heartbeat
  say "warm-up: $(driver warmup)"
}
JIT_ROUNDS=0; JIT_WARM_SHARE=null
if [ "$WARMUP" -gt 0 ]; then
  say "warm-up: rounds of $WARMUP reservations by other workers, not measured, then cleared"
  workers warmup "$WARMUP"
  profile_prime "$SERVICE_PID"   # BENCH_PROFILE=1 (lib.sh): the recompilation JFR causes falls in the warm-up
  warm_jit "$SERVICE_PID" "${BENCH_WARM_ROUNDS:-12}" warm_round
  clear_reservations
fi
workers scarce "$REQUESTS"; workers ample "$REQUESTS"
# burst RUN: the driver's burst (the tokens signed above), its JSON with the compilers' share of its time added
burst() {
  local j0 t0 out
  heartbeat; j0="$(jit_seconds "$SERVICE_PID")"; t0="$(now_ms)"
  out="$(driver "$1")"
  python3 -c 'import json,sys; r = json.loads(sys.argv[1]); r["jitShare"] = json.loads(sys.argv[2]); print(json.dumps(r))' \
    "$out" "$(jit_share "$SERVICE_PID" "$j0" "$t0")"
}

SCARCE_TOTAL=$((LOCKERS * ITEMS * SCARCE_UNITS))
say "burst 1 (scarce): $REQUESTS workers, concurrency $CONCURRENCY, for $SCARCE_TOTAL units"
restock "$SCARCE_UNITS"
profile_start locker-scarce "$SERVICE_PID"   # BENCH_PROFILE=1: a flame graph of the service over each burst (lib.sh)
SCARCE="$(burst scarce)"
profile_stop locker-scarce "$SERVICE_PID" "$OUT"
read -r S_RES S_HELD S_QTY S_BAD <<< "$(check)"
say "$SCARCE"
say "database: reserved $S_RES, held $S_HELD, quantity $S_QTY, rows violating stock checks $S_BAD"

AMPLE_UNITS="$(ample_units "$REQUESTS")"
say "burst 2 (ample): $REQUESTS new workers, every request can succeed ($AMPLE_UNITS more units per compartment)"
restock "$AMPLE_UNITS"
profile_start locker-ample "$SERVICE_PID"
AMPLE="$(burst ample)"
profile_stop locker-ample "$SERVICE_PID" "$OUT"
read -r A_RES A_HELD A_QTY A_BAD <<< "$(check)"
say "$AMPLE"
say "database: reserved $A_RES, held $A_HELD, quantity $A_QTY, rows violating stock checks $A_BAD"

ANCHOR='null'
if [ "$ANCHOR_SECONDS" -gt 0 ]; then
  say "anchor: pgbench of the reservation's whole transaction (bench/reserve.sql), $ANCHOR_CLIENTS clients, $ANCHOR_SECONDS s, same compartments"
  psql_db -d "$DB" -c "CREATE TABLE bench_pair AS SELECT row_number() OVER (ORDER BY c.locker_id, c.item_id) AS n, c.locker_id, c.item_id, l.station_id
      FROM compartment c JOIN locker l ON l.id = c.locker_id WHERE c.item_id IS NOT NULL" \
    -c "UPDATE compartment SET quantity = quantity + 1000000 WHERE item_id IS NOT NULL" \
    -c "UPDATE locker SET online = true, last_heartbeat_at = now()"   # as a heartbeat would; the anchor takes 23 s
  pairs="$(psql_db -d "$DB" -c "SELECT count(*) FROM bench_pair")"
  ANCHOR="$(PGPORT="$PGPORT" run_pgbench reserve "$ANCHOR_SECONDS" 3 "$OUT" -M prepared -c "$ANCHOR_CLIENTS" -j 2 -f "$BENCH_DIR/reserve.sql" -D pairs="$pairs" "$DB")"
  say "anchor: $ANCHOR"
fi

python3 - "$SCARCE" "$AMPLE" "$SCARCE_TOTAL" "$S_RES" "$S_HELD" "$S_BAD" "$A_RES" "$A_HELD" "$A_QTY" "$A_BAD" \
    "$OUT/locker.json" "$OUT/locker.md" "$(nproc)" "$ANCHOR" "$JIT_ROUNDS" "$JIT_WARM_SHARE" <<'PY'
import json, sys
scarce, ample = json.loads(sys.argv[1]), json.loads(sys.argv[2])
units, s_res, s_held, s_bad, a_res, a_held, a_qty, a_bad = map(int, sys.argv[3:11])
scarce["units"], scarce["dbReserved"], scarce["dbHeld"], scarce["oversold"] = units, s_res, s_held, max(0, s_held - units)
ample["dbReservedTotal"], ample["dbHeldTotal"], ample["dbQuantityTotal"] = a_res, a_held, a_qty
ok = (scarce["created"] == units == s_res == s_held and s_bad == 0 and a_bad == 0
      and a_res == a_held == scarce["created"] + ample["created"] and a_held <= a_qty)
out = {"cores": int(sys.argv[13]), "scarce": scarce, "ample": ample, "zeroOversell": ok, "pgbench": json.loads(sys.argv[14]),
       "warmupRounds": int(sys.argv[15]), "jitShareWarmupLast": json.loads(sys.argv[16])}
json.dump(out, open(sys.argv[11], "w"), indent=2)
row = lambda n, r: f"| {n} | {r['requests']} | {r['concurrency']} | {r['created']} | {r['refused409']} | {r['other']} | {r['requestsPerSecond']} | {r['reservationsPerSecond']} | {r['p50ms']} / {r['p99ms']} | {r['jitShare']} |"
md = ["| burst | requests | in flight | 201 | 409 | other | requests/s | reservations/s | p50 / p99 ms | JIT share |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|", row(f"scarce ({units} units)", scarce), row("ample", ample), "",
      f"Zero oversell: {'yes' if ok else 'NO'} (scarce: {s_res} reserved = {s_held} held of {units} units; "
      f"after both: {a_res} reserved = {a_held} held ≤ {a_qty} in stock; rows violating stock checks: {s_bad + a_bad})"]
open(sys.argv[12], "w").write("\n".join(md) + "\n")
print("\n".join(md))
sys.exit(0 if ok else 1)
PY
