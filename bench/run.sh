#!/usr/bin/env bash
# The whole benchmark suite, one command (`./platform bench`): its own stack on its own ports, state
# directory and databases; every scenario with its anchor measured in the same run; CPU and RSS of
# every process sampled throughout; results.json, report.html and bench/README.md's table at the end.
# See bench/README.md. BENCH_QUICK=1 for a short run (6k stations only, short durations).
# `./platform bench SCENARIO...` runs only those (replicas search burst signup ratings pickup kafka
# notifications mixed); the table then carries the other rows over from the last full run, and says so.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH_NAME=bench
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT"
RUN_T0="$(now_ms)"

QUICK="${BENCH_QUICK:-0}"
# a full run warms each load for 20 s: after 5 s of load rating-service's JIT was not done (156 ratings/s
# where the same instance did 219/s a minute later)
if [ "$QUICK" = 1 ]; then d_dur=8; d_warm=5; d_sets="6k"; d_steps="10 30"; d_req=600; d_vol=400; d_probes=10; d_krec=50000; d_rmin=1500; d_nsec=20
else d_dur=15; d_warm=20; d_sets="6k 186k 1m"; d_steps="3 10 30 100 300"; d_req=3000; d_vol=2000; d_probes=40; d_krec=300000; d_rmin=6000; d_nsec=60; fi
SKIP=" ${BENCH_SKIP:-} "                   # scenarios to leave out: search burst signup (for development)
ONLY="${*:-}"                              # scenarios to run alone (arguments of ./platform bench)
SCENARIOS=" replicas search burst signup ratings pickup kafka notifications mixed "
for s in $ONLY; do
  case "$SCENARIOS" in *" $s "*) ;; *) die "no scenario $s ($SCENARIOS)" ;; esac
done
skipped() {
  case "$SKIP" in *" $1 "*) say "skipping $1 (BENCH_SKIP)"; return 0 ;; esac
  [ -z "$ONLY" ] && return 1
  case " $ONLY " in *" $1 "*) return 1 ;; *) return 0 ;; esac
}
DURATION="${BENCH_DURATION:-$d_dur}"       # seconds of each measured load run
WARMUP="${BENCH_WARMUP:-$d_warm}"          # seconds of warm-up before each
DATASETS="${BENCH_DATASETS:-$d_sets}"      # search datasets: 6k 186k 1m
MIX_STEPS="${BENCH_MIX_STEPS:-$d_steps}"   # national day: multiples of 27 visits/s
MIX_SECONDS="${BENCH_MIX_SECONDS:-$DURATION}"
BURST_REQUESTS="${BENCH_REQUESTS:-$d_req}"
VOLUNTEERS="${BENCH_VOLUNTEERS:-$d_vol}"
PROBES="${BENCH_PROBES:-$d_probes}"
NOTIFY_RATE="${BENCH_NOTIFY_RATE:-1000}"                # events a second
NOTIFY_SECONDS="${BENCH_NOTIFY_SECONDS:-$d_nsec}"
NOTIFY_SUBSCRIBERS="${BENCH_NOTIFY_SUBSCRIBERS:-10000}"
KAFKA_RECORDS="${BENCH_KAFKA_RECORDS:-$d_krec}"
CLIENTS="${BENCH_CLIENTS:-16}"
BASE_PORT="${BENCH_PORT_BASE:-28000}"
# PostgreSQL of its own: ./platform starts an embedded cluster (state dir) when nothing answers on this port,
# so other users of the machine's server neither take its 100 connections nor see its load; 5432 = the machine's
export PGPORT="${BENCH_PG_PORT:-$((BASE_PORT + 432))}"
STATE_DIR="${BENCH_STATE_DIR:-.platform-bench}"
PREFIX="${BENCH_DB_PREFIX:-benchrun_}"
DATE="$(date -u +%Y-%m-%d)"
OUT="${BENCH_RESULTS_DIR:-$ROOT/bench/results/$DATE}"
RAW="$OUT/raw"
# BENCH_PROFILE=1: a JFR recording of the measured service(s) in each of search, burst, ratings and mixed, and its
# flame graph (bench/flame.py), in flame/ beside results.json (lib.sh: profile_start/profile_stop)
export BENCH_FLAME_DIR="$OUT/flame"
QR_SECRET="local-stack-qr-secret-not-for-production"   # what ./platform gives rating-service
P_PORTAL=$((BASE_PORT + 80)); P_STATION=$((BASE_PORT + 81)); P_LOCKER=$((BASE_PORT + 82)); P_RATING=$((BASE_PORT + 83))
P_VOLUNTEER=$((BASE_PORT + 84)); P_KAFKA=$((BASE_PORT + 92)); P_KC=$((BASE_PORT + 180))

# ---- tools and build --------------------------------------------------------------------------------
need_apt=""
command -v wrk > /dev/null || need_apt="$need_apt wrk"
command -v pgbench > /dev/null || need_apt="$need_apt postgresql-client"
for t in psql python3 openssl curl java; do command -v "$t" > /dev/null || die "$t is missing"; done
if [ -n "$need_apt" ]; then
  [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null || die "missing:$need_apt (install them, e.g. apt-get install -y$need_apt)"
  say "installing$need_apt (apt-get)"
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need_apt > /dev/null \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -q > /dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $need_apt > /dev/null; } \
    || die "could not install$need_apt"
fi
KCP="$ROOT/kafka-broker/target/classes/kafka-broker.classpath"
built=1
for m in station locker rating volunteer partner; do [ -f "$ROOT/$m-service/target/quarkus-app/quarkus-run.jar" ] || built=0; done
[ -f "$ROOT/portal/target/quarkus-app/quarkus-run.jar" ] || built=0
bench_built || built=0
{ [ -f "$KCP" ] && grep -q 'kafka-tools-[0-9]' "$KCP"; } || built=0
if [ "$built" = 0 ]; then
  say "building: ./mvnw -B -q install -DskipTests"
  ./mvnw -B -q install -DskipTests || die "build failed"
fi

mkdir -p "$RAW"
rm -f "$RAW"/*.json "$RAW"/*.txt "$OUT/samples.jsonl" "$OUT/phases.jsonl"
[ -n "$ONLY" ] || rm -rf "$BENCH_FLAME_DIR"   # a full run's graphs are its own (a partial run keeps the others)
export BENCH_PHASES="$OUT/phases.jsonl"
penv() {
  env YIZHAN_STATE_DIR="$STATE_DIR" YIZHAN_DB_PREFIX="$PREFIX" YIZHAN_DB_PORT="$PGPORT" YIZHAN_PORTAL_PORT="$P_PORTAL" \
    YIZHAN_STATION_PORT="$P_STATION" YIZHAN_LOCKER_PORT="$P_LOCKER" YIZHAN_RATING_PORT="$P_RATING" \
    YIZHAN_VOLUNTEER_PORT="$P_VOLUNTEER" YIZHAN_PARTNER_PORT=$((BASE_PORT + 85)) YIZHAN_KAFKA_PORT="$P_KAFKA" \
    YIZHAN_KAFKA_CONTROLLER_PORT=$((BASE_PORT + 93)) YIZHAN_KEYCLOAK_PORT="$P_KC" YIZHAN_S3_PORT=$((BASE_PORT + 900)) YIZHAN_SKIP_BUILD=1 \
    YIZHAN_STATION_MANAGEMENT_PORT=$((P_STATION + 1000)) YIZHAN_LOCKER_MANAGEMENT_PORT=$((P_LOCKER + 1000)) \
    YIZHAN_RATING_MANAGEMENT_PORT=$((P_RATING + 1000)) YIZHAN_VOLUNTEER_MANAGEMENT_PORT=$((P_VOLUNTEER + 1000)) \
    YIZHAN_PARTNER_MANAGEMENT_PORT=$((BASE_PORT + 1085)) YIZHAN_PORTAL_MANAGEMENT_PORT=$((P_PORTAL + 1000)) "$@"
}
SAMPLER_PID=""; WATCH_PID=""
cleanup() {
  [ -z "$SAMPLER_PID" ] || kill "$SAMPLER_PID" 2> /dev/null || true
  [ -z "$WATCH_PID" ] || kill "$WATCH_PID" 2> /dev/null || true
  if [ "${BENCH_KEEP_STACK:-0}" != 1 ]; then penv ./platform down > "$RAW/platform-down.log" 2>&1 || true; fi
}
trap cleanup EXIT
state_abs="$STATE_DIR"; case "$state_abs" in /*) ;; *) state_abs="$ROOT/$state_abs" ;; esac
stack_pid() { tr -dc '0-9' 2> /dev/null < "$state_abs/run/$1.pid" || true; }   # a part's JVM (./platform's PID file)
python3 "$BENCH_DIR/sampler.py" "$ROOT" "${state_abs%/}" "$OUT/samples.jsonl" &
SAMPLER_PID=$!
sql() { local db="$1"; shift; psql_su -d "$PREFIX$db" "$@"; }
token() { kc_token "$P_KC" "$1"; }
api() {   # api TOKEN METHOD URL [BODY]
  curl -fsS -X "$2" -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-d "$4"} "$3"
}
jget() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval("d" + sys.argv[1]))' "$1"; }

say "results: $OUT ($([ "$QUICK" = 1 ] && echo quick || echo full) run; datasets $DATASETS; ${DURATION} s per load run)"

# ---- 1. the stack, with its start-up times ------------------------------------------------------------
say "stack: ./platform up (state $STATE_DIR, databases ${PREFIX}*, ports $BASE_PORT+)"
for i in $(seq 1 60); do penv ./platform down > /dev/null 2>&1 && break; sleep 1; done   # waits out a stop still running
phase startup begin
t0="$(now_ms)"
# each service's reactive pool: 20 by default, i.e. 5 × (20 + 2 Flyway) > PostgreSQL's default 100 connections;
# 8 leaves room for the bench-only instances (22) and pgbench (16)
POOL="${BENCH_POOL_SIZE:-8}"
# no generated past week (ADR 0017): it writes ~55,000 door entries and thousands of ratings, pickups and
# shifts right after start-up and drains them through the outboxes, which is the machine's whole load for
# the first minutes; measured with it, the ratings stream read 15/s (p50 913 ms) against 224/s on the same
# stack once settled. Production has no such load, and the bench measures the services as they run there.
penv YIZHAN_DB_FRESH=1 YIZHAN_DEMO_HISTORY=false YIZHAN_RATING_ANONYMOUS_LIMIT=1000000000 YIZHAN_NOTIFY_QUIET_START=00:00 YIZHAN_NOTIFY_QUIET_END=00:00 QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE="$POOL" ./platform up > "$RAW/platform-up.log" 2>&1 \
  || { tail -n 40 "$RAW/platform-up.log"; die "./platform up failed"; }
up_ms=$(( $(now_ms) - t0 ))
# every part's "ready (N s)" line; then the demo province reaching the other services' replicas through
# Kafka: the scenarios start once each replica has BENCH_REPLICA_MIN stations; a watcher notes when all 6,000 are in
replica_counts() { for s in locker rating volunteer; do sql "$s" -c 'SELECT count(*) FROM station_replica'; done | tr '\n' ' '; }
t0="$(now_ms)"
( while :; do
    read -r a b c <<< "$(replica_counts)"
    if [ "$a" -ge 6000 ] && [ "$b" -ge 6000 ] && [ "$c" -ge 6000 ]; then echo "$(( $(now_ms) - t0 ))" > "$RAW/replicas-full.ms"; break; fi
    [ $(( $(now_ms) - t0 )) -lt 1800000 ] || break
    sleep 2
  done ) &
WATCH_PID=$!
REPLICA_MIN="${BENCH_REPLICA_MIN:-$d_rmin}"   # the scenarios wait for this many (at most 240 s), so catch-up does not run under them
while [ $(( $(now_ms) - t0 )) -lt 240000 ]; do
  read -r n_l n_r n_v <<< "$(replica_counts)"
  [ "$n_l" -ge "$REPLICA_MIN" ] && [ "$n_r" -ge "$REPLICA_MIN" ] && [ "$n_v" -ge "$REPLICA_MIN" ] && break
  sleep 1
done
replica_ms=$(( $(now_ms) - t0 ))
phase startup end
python3 - "$RAW/platform-up.log" "$up_ms" "$replica_ms" "$n_l" "$n_r" "$n_v" > "$RAW/startup.json" <<'PY'
import json, re, sys
parts = {m.group(1): int(m.group(2)) for m in re.finditer(r"\] (\S+) ready \((\d+) s\)", open(sys.argv[1]).read())}
print(json.dumps({"ready_s": parts, "platform_up_ms": int(sys.argv[2]), "replicas_started_ms": int(sys.argv[3]),
                  "replica_rows_then": {"locker": int(sys.argv[4]), "rating": int(sys.argv[5]), "volunteer": int(sys.argv[6])}}))
PY
say "stack up in $((up_ms / 1000)) s; replicas at $n_l / $n_r / $n_v stations (locker / rating / volunteer) after another $((replica_ms / 1000)) s: $(cat "$RAW/startup.json")"

# ---- 1b. replicas: every station changed at once, through the outbox, Kafka and four consumers --------
# The start-up figure above is a cold stack applying the demo province while everything else warms up;
# this is the pipeline itself, warm and alone: one transaction in station-service's database bumps every
# station's version and appends its "updated" event (the station's last state event with the new version
# and a new id: the payload the service would write, as a bulk change would commit it), then the relay
# (woken by the commit's NOTIFY), Kafka and the locker, rating, volunteer and partner replicas take it.
# The times come from the rows (published_at, the replicas' updated_at at apply), not from the polling.
skipped replicas || { say "replicas: every station changed in one transaction → outbox → Kafka → 4 replicas"
REPLICA_DBS="locker rating volunteer partner"
settled() {   # every replica has every station and no outbox has rows waiting
  local s n want; want="$(sql station -c "SELECT count(*) FROM station")"
  for s in $REPLICA_DBS; do n="$(sql "$s" -c "SELECT count(*) FROM station_replica")"; [ "$n" -ge "$want" ] || return 1; done
  for s in station $REPLICA_DBS; do [ "$(sql "$s" -c "SELECT count(*) FROM outbox_event WHERE published_at IS NULL")" = 0 ] || return 1; done
}
t0="$(now_ms)"
until settled; do [ $(( $(now_ms) - t0 )) -lt 300000 ] || die "replicas: the stack did not settle in 300 s"; sleep 1; done
# change_all: the one transaction; sets changes, first_at and commit_at (the last row's time, milliseconds before
# the commit: the figures count from it)
change_all() {
committed="$(sql station -v ON_ERROR_STOP=1 <<'SQL' | tail -n 1
BEGIN;
CREATE TEMP TABLE bench_change ON COMMIT DROP AS
  SELECT DISTINCT ON (subject) subject::uuid AS station, envelope, gen_random_uuid() AS event_id
  FROM outbox_event
  WHERE event_type IN ('yizhan.station.registered', 'yizhan.station.updated', 'yizhan.station.status-changed',
                       'yizhan.station.hours-changed')
  ORDER BY subject, created_at DESC;
UPDATE station s SET version = s.version + 1, updated_at = clock_timestamp() FROM bench_change c WHERE s.id = c.station;
INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at)
  SELECT c.event_id, 'yizhan.station.updated', s.id::text, s.tenant,
         jsonb_set(jsonb_set(c.envelope, '{data,version}', to_jsonb(s.version)), '{data,previousStatus}', 'null'::jsonb)
           || jsonb_build_object('id', c.event_id, 'type', 'yizhan.station.updated', 'time', clock_timestamp()),
         clock_timestamp()
  FROM bench_change c JOIN station s ON s.id = c.station;
SELECT count(*) || ' ' || to_char(min(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
    || ' ' || to_char(max(created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
  FROM outbox_event WHERE id IN (SELECT event_id FROM bench_change);
COMMIT;
SQL
)"
read -r changes first_at commit_at <<< "$committed"
[ "${changes:-0}" -gt 0 ] || die "replicas: no station change was written ($committed)"
say "replicas: $changes changes written from $first_at, committed at $commit_at"
}
applied() {   # until every replica has applied the last change_all
  local s t0; t0="$(now_ms)"
  for s in $REPLICA_DBS; do
    until [ "$(sql "$s" -c "SELECT count(*) FROM station_replica WHERE updated_at >= '$commit_at'")" -ge "$changes" ]; do
      [ $(( $(now_ms) - t0 )) -lt 300000 ] || die "replicas: $s did not apply the $changes changes in 300 s"; sleep 0.2
    done
  done
}
# Warm, as the pipeline runs all day in production: the same bulk change unmeasured first, until the five JVMs'
# compilers together work at most BENCH_JIT_QUIET of a pass two passes in a row, BENCH_REPLICA_WARM (8) passes at
# most (warm_jit). Two fixed passes were not enough: the compilers still took 54–56 % of each JVM's CPU samples
# in the measured pass (async-profiler, 2026-12-07).
replica_pids="$(for p in station $REPLICA_DBS; do printf '%s ' "$(stack_pid "$p")"; done)"
for p in $replica_pids; do profile_prime "$p"; done   # BENCH_PROFILE=1 (lib.sh)
warm_pass() { change_all; applied; }
warm_jit "$replica_pids" "${BENCH_REPLICA_WARM:-8}" warm_pass
phase replicas begin
for p in station $REPLICA_DBS; do profile_start "replicas-$p" "$(stack_pid "$p")"; done
j0="$(jit_seconds "$replica_pids")"; t0="$(now_ms)"
change_all
applied
replica_jit="$(jit_share "$replica_pids" "$j0" "$t0")"
phase replicas end
for p in station $REPLICA_DBS; do profile_stop "replicas-$p" "$(stack_pid "$p")" "$OUT"; done
{
  echo "{\"changes\": $changes, \"relay\": $(sql station -c "SELECT json_build_object(
      'all_published_s', round(extract(epoch FROM max(published_at) - '$commit_at'::timestamptz)::numeric, 2),
      'p50_ms', round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - '$commit_at'::timestamptz)) * 1000)::numeric))
    FROM outbox_event WHERE event_type = 'yizhan.station.updated' AND created_at BETWEEN '$first_at' AND '$commit_at'"), \"replicas\": {"
  sep=""
  for s in $REPLICA_DBS; do
    printf '%s"%s": %s' "$sep" "$s" "$(sql "$s" -c "SELECT json_build_object(
        'all_applied_s', round(extract(epoch FROM max(updated_at) - '$commit_at'::timestamptz)::numeric, 2),
        'p50_ms', round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM updated_at - '$commit_at'::timestamptz)) * 1000)::numeric))
      FROM station_replica WHERE updated_at >= '$commit_at'")"
    sep=", "
  done
  echo "}, \"jit\": {\"warmupRounds\": $JIT_ROUNDS, \"shareWarmupLast\": $JIT_WARM_SHARE, \"shareMeasured\": $replica_jit}}"
} > "$RAW/replicas.json"
say "replicas: $(cat "$RAW/replicas.json")"
}

# ---- 2. search at 6k / 186k / 1m ----------------------------------------------------------------------
skipped search || { say "search: nearby and along-route at $DATASETS (bench/search-bench.sh)"
BENCH_KEEP_KEYCLOAK=1 BENCH_STATE_DIR="$STATE_DIR" BENCH_KEYCLOAK_PORT="$P_KC" BENCH_SERVICE_PORT=$((BASE_PORT + 91)) \
  BENCH_OUT_DIR="$RAW" BENCH_DATASETS="$DATASETS" BENCH_DURATION="$DURATION" BENCH_WARMUP="$WARMUP" BENCH_CLIENTS="$CLIENTS" \
  BENCH_SEARCH_DB_PREFIX="${PREFIX}search_" "$BENCH_DIR/search-bench.sh"; }

# ---- 3. morning peak at the lockers (own instance: thousands of distinct workers) ----------------------
skipped burst || { say "morning peak: locker reservation burst (bench/locker-bench.sh)"
phase locker-burst begin
BENCH_LOCKER_DB="${PREFIX}burst_locker" BENCH_LOCKER_PORT=$((BASE_PORT + 97)) BENCH_OUT_DIR="$RAW" BENCH_REQUESTS="$BURST_REQUESTS" \
  BENCH_ANCHOR_SECONDS="$DURATION" BENCH_SERVICE_LOG="$RAW/locker-burst-service.log" "$BENCH_DIR/locker-bench.sh"
phase locker-burst end; }

# ---- 4. popular shift release (own instance: thousands of distinct volunteers) -------------------------
skipped signup || { say "popular shift release (bench/signup-bench.sh)"
phase signup begin
BENCH_VOLUNTEER_DB="${PREFIX}burst_volunteer" BENCH_VOLUNTEER_PORT=$((BASE_PORT + 98)) BENCH_OUT_DIR="$RAW" \
  BENCH_VOLUNTEERS="$VOLUNTEERS" "$BENCH_DIR/signup-bench.sh"
phase signup end; }

# ---- 5. ratings stream and its lags, against the stack -------------------------------------------------
DATA="$RAW/data"; mkdir -p "$DATA"
CITY="$(token fuzhou-admin)"
sql rating -F ' ' -c "SELECT id FROM station_replica WHERE status = 'OPEN' ORDER BY id LIMIT 500" \
  | python3 -c '
import base64, hashlib, hmac, sys
secret = sys.argv[1].encode()
for line in sys.stdin:
    sid = line.strip()
    mac = hmac.new(secret, f"yizhan-qr:{sid}:1".encode(), hashlib.sha256).digest()[:16]
    print(sid, "1." + base64.urlsafe_b64encode(mac).decode().rstrip("="))' "$QR_SECRET" > "$DATA/stations.txt"
skipped ratings || {
say "ratings: wrk on POST /api/v1/ratings ($CLIENTS connections, ${DURATION} s) with $PROBES lag probes alongside"
phase ratings begin
r_start="$(date -u +%FT%T.%3NZ)"
ADMIN="$(token province-admin)"
python3 "$BENCH_DIR/lag-probe.py" rating "http://localhost:$P_RATING" "$ADMIN" "$DATA/stations.txt" "$PROBES" \
  "${PREFIX}station" "$PGPORT" > "$RAW/rating-lag.json" &
probe_pid=$!
RATING_STATIONS="$DATA/stations.txt" wrk_json ratings "$DURATION" "$WARMUP" "$CLIENTS" "$BENCH_DIR/rating.lua" \
  "http://localhost:$P_RATING" "$RAW" ratings-rating "$(stack_pid rating)" > /dev/null
r_end="$(date -u +%FT%T.%3NZ)"
wait "$probe_pid" || die "rating lag probe failed"
t0="$(now_ms)"
while [ "$(sql rating -c 'SELECT count(*) FROM outbox_event WHERE published_at IS NULL')" != 0 ]; do
  [ $(( $(now_ms) - t0 )) -lt 300000 ] || break; sleep 0.5
done
drain_ms=$(( $(now_ms) - t0 ))
phase ratings end
sql rating -c "SELECT json_build_object('events', count(*), 'unpublished', count(*) FILTER (WHERE published_at IS NULL),
    'p50_ms', round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - created_at)) * 1000)::numeric, 1),
    'p99_ms', round((percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM published_at - created_at)) * 1000)::numeric, 1),
    'max_ms', round((max(extract(epoch FROM published_at - created_at)) * 1000)::numeric, 1),
    'avg_bytes', round(avg(length(envelope::text))), 'drain_ms', $drain_ms)
  FROM outbox_event WHERE created_at BETWEEN '$r_start' AND '$r_end'" > "$RAW/rating-outbox.json"
# the anchor: pgbench running the anonymous rating's statements (bench/rating.sql) on the same database,
# stations and concurrency, after the stream
sql rating -c "DROP TABLE IF EXISTS bench_rating_station" \
  -c "CREATE TABLE bench_rating_station AS SELECT row_number() OVER (ORDER BY id) AS n, id::text AS id, tenant
      FROM station_replica WHERE status = 'OPEN' ORDER BY id LIMIT 500" -c "CREATE UNIQUE INDEX ON bench_rating_station (n)"
r_stations="$(sql rating -c "SELECT count(*) FROM bench_rating_station")"
run_pgbench rating "$DURATION" "$WARMUP" "$RAW" -M prepared -c "$CLIENTS" -j 2 -f "$BENCH_DIR/rating.sql" \
  -D stations="$r_stations" "${PREFIX}rating" > "$RAW/rating-pgbench.json"
say "ratings: $(cat "$RAW/wrk-ratings.json"); lags $(cat "$RAW/rating-lag.json"); outbox $(cat "$RAW/rating-outbox.json"); pgbench $(cat "$RAW/rating-pgbench.json")"
}

# ---- 6. locker in the stack: pickup → station_activity lag ---------------------------------------------
# (the locker and its items serve the mixed workload's reservations too)
say "locker in the stack: a locker at a Fuzhou station (device-demo), 4 items; $PROBES pickups → station_activity"
# the realm's tokens live 5 minutes, and a warm-up that waits for a quiet JIT can outlast one: a fresh token here
CITY="$(token fuzhou-admin)"
L_STATION="$(sql locker -c "SELECT id FROM station_replica WHERE tenant = 'fuzhou' AND status = 'OPEN' ORDER BY id LIMIT 1")"
LOCKER="$(api "$CITY" POST "http://localhost:$P_LOCKER/api/v1/lockers" \
  "{\"stationId\":\"$L_STATION\",\"name\":\"基准柜\",\"deviceClientId\":\"device-demo\",\"compartments\":8}" | jget '["id"]')"
DEVICE="$(token device-demo)"
api "$DEVICE" POST "http://localhost:$P_LOCKER/api/v1/lockers/$LOCKER/heartbeat" > /dev/null
: > "$DATA/lockers.txt"
lines=""
for i in 1 2 3 4; do
  item="$(api "$CITY" POST "http://localhost:$P_LOCKER/api/v1/supplies" \
    "{\"name\":\"基准物资$i\",\"unitValueFen\":100,\"quotaCount\":100,\"quotaDays\":1}" | jget '["id"]')"
  echo "$LOCKER $item" >> "$DATA/lockers.txt"
  lines="$lines${lines:+,}{\"compartmentNumber\":$i,\"itemId\":\"$item\",\"added\":190}"
done
api "$CITY" POST "http://localhost:$P_LOCKER/api/v1/lockers/$LOCKER/restocks" "{\"lines\":[$lines]}" > /dev/null
skipped pickup || {
phase pickup-lag begin
python3 "$BENCH_DIR/lag-probe.py" pickup "http://localhost:$P_LOCKER" "$(token worker2)" "$DEVICE" "$DATA/lockers.txt" \
  "$PROBES" "${PREFIX}station" "$PGPORT" > "$RAW/pickup-lag.json"
phase pickup-lag end
say "pickup → station_activity: $(cat "$RAW/pickup-lag.json")"
}

# ---- 6b. notifications: events → per-person feeds in partner-service ----------------------------------
skipped notifications || { say "notifications: $NOTIFY_RATE events/s to $NOTIFY_SUBSCRIBERS subscribers (bench/notify-bench.sh)"
phase notifications begin
BENCH_PARTNER_DB="${PREFIX}partner" BENCH_PARTNER_PID="$(stack_pid partner)" BENCH_KAFKA_PORT="$P_KAFKA" BENCH_OUT_DIR="$RAW" BENCH_NOTIFY_RATE="$NOTIFY_RATE" \
  BENCH_NOTIFY_SECONDS="$NOTIFY_SECONDS" BENCH_NOTIFY_SUBSCRIBERS="$NOTIFY_SUBSCRIBERS" "$BENCH_DIR/notify-bench.sh" \
  | tee "$RAW/notify-bench.log" | tail -n 1 > "$RAW/notifications.json"
phase notifications end
say "notifications: $(cat "$RAW/notifications.json")"; }

# ---- 7. Kafka's own tools on the same broker ------------------------------------------------------------
skipped kafka || {
rec_bytes="$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1]))["avg_bytes"] or 800))' "$RAW/rating-outbox.json" 2> /dev/null || echo 800)"
say "Kafka anchor: ProducerPerformance $KAFKA_RECORDS records of $rec_bytes bytes (acks=all, idempotent), then ConsumerPerformance"
kjava() { java -Xmx512m -cp "$(cat "$KCP")" "$@"; }
phase kafka-anchor begin
kjava org.apache.kafka.tools.ProducerPerformance --topic bench-perf --num-records "$KAFKA_RECORDS" --record-size "$rec_bytes" \
  --throughput -1 --producer-props bootstrap.servers="127.0.0.1:$P_KAFKA" acks=all enable.idempotence=true > "$RAW/kafka-producer.txt" 2>&1 \
  || { tail "$RAW/kafka-producer.txt"; die "ProducerPerformance failed"; }
# flat out, records queue in the producer: a second, paced run (500 records/s for 10 s) gives the latency anchor
kjava org.apache.kafka.tools.ProducerPerformance --topic bench-perf-paced --num-records 5000 --record-size "$rec_bytes" \
  --throughput 500 --producer-props bootstrap.servers="127.0.0.1:$P_KAFKA" acks=all enable.idempotence=true > "$RAW/kafka-producer-paced.txt" 2>&1 \
  || { tail "$RAW/kafka-producer-paced.txt"; die "ProducerPerformance (paced) failed"; }
kjava org.apache.kafka.tools.ConsumerPerformance --bootstrap-server "127.0.0.1:$P_KAFKA" --topic bench-perf \
  --messages "$KAFKA_RECORDS" --timeout 60000 > "$RAW/kafka-consumer.txt" 2>&1 \
  || { tail "$RAW/kafka-consumer.txt"; die "ConsumerPerformance failed"; }
phase kafka-anchor end
python3 - "$RAW/kafka-producer.txt" "$RAW/kafka-consumer.txt" "$rec_bytes" "$RAW/kafka-producer-paced.txt" > "$RAW/kafka.json" <<'PY'
import json, re, sys
def perf(path):
    last = [l for l in open(path).read().splitlines() if "records sent" in l][-1]
    num = lambda pat: float(re.search(pat, last).group(1))
    return {"records": int(num(r"(\d+) records sent")), "records_per_s": num(r"([\d.]+) records/sec"),
            "avg_ms": num(r"([\d.]+) ms avg latency"), "p50_ms": num(r"(\d+) ms 50th"), "p99_ms": num(r"(\d+) ms 99th"),
            "max_ms": num(r"([\d.]+) ms max latency")}
producer, paced = perf(sys.argv[1]), perf(sys.argv[4])
c = [l for l in open(sys.argv[2]).read().splitlines() if l.strip()]
head = [h.strip() for h in c[-2].split(",")]
row = [v.strip() for v in c[-1].split(",")]
cons = dict(zip(head, row))
consumer = {"records": int(cons["data.consumed.in.nMsg"]), "records_per_s": float(cons["nMsg.sec"]), "mb_per_s": float(cons["MB.sec"])}
print(json.dumps({"record_bytes": int(sys.argv[3]), "producer": producer, "producer_paced_500": paced, "consumer": consumer}))
PY
say "Kafka anchor: $(cat "$RAW/kafka.json")"
}

# ---- 8. the national day compressed: mixed workload through the portal at rising rates ------------------
skipped mixed || {
say "national day: volunteer1's profile and 40 shifts for the sign-up share of the mix"
CITY="$(token fuzhou-admin)"   # (a token lives 5 minutes: the scenarios since the last one can take longer)
VSTATION="$(sql volunteer -c "SELECT id FROM station_replica WHERE tenant = 'fuzhou' AND status = 'OPEN' ORDER BY id LIMIT 1")"
api "$(token volunteer1)" PUT "http://localhost:$P_VOLUNTEER/api/v1/volunteers/me" '{"displayName":"基准志愿者","kind":"VOLUNTEER"}' > /dev/null
: > "$DATA/shifts.txt"
for i in $(seq 1 40); do
  day="$(TZ=Asia/Shanghai date -d "+$i day" +%F)"
  api "$CITY" POST "http://localhost:$P_VOLUNTEER/api/v1/shifts" \
    "{\"stationId\":\"$VSTATION\",\"date\":\"$day\",\"start\":\"09:00\",\"end\":\"12:00\",\"kind\":\"STATION_MASTER\",\"capacity\":5}" \
    | jget '[0]["id"]' >> "$DATA/shifts.txt"
done
echo "[" > "$RAW/mixed.json"
first=1
# BENCH_PROFILE=1: one recording per JVM the mix reaches, over all its steps (warm-ups included: the same load);
# partner-service is not in the mix
MIX_PROFILED="${BENCH_PROFILE_MIX:-portal station locker rating volunteer}"
for p in $MIX_PROFILED; do profile_start "mixed-$p" "$(stack_pid "$p")"; done
for m in $MIX_STEPS; do
  rate=$((27 * m)); conns=$(( (rate + 19) / 20 )); [ "$conns" -ge 8 ] || conns=8; [ "$conns" -le 256 ] || conns=256
  say "national day ×$m: offered $rate requests/s over $conns connections via the portal, ${MIX_SECONDS} s"
  phase "mix-x$m" begin
  BENCH_TOKEN="$(token worker1)" BENCH_VOL_TOKEN="$(token volunteer1)" BENCH_RATE="$rate" BENCH_CONNS="$conns" BENCH_DATA="$DATA" \
    wrk_json "mix-x$m" "$MIX_SECONDS" "$WARMUP" "$conns" "$BENCH_DIR/mixed.lua" "http://localhost:$P_PORTAL" "$RAW" > /dev/null
  phase "mix-x$m" end
  [ $first = 1 ] || echo "," >> "$RAW/mixed.json"; first=0
  printf '{"multiple": %s, "offered_per_s": %s, "connections": %s, "result": %s, "status": %s}\n' "$m" "$rate" "$conns" \
    "$(cat "$RAW/wrk-mix-x$m.json")" "$(cat "$RAW/wrk-mix-x$m.json.status")" >> "$RAW/mixed.json"
  say "×$m: $(cat "$RAW/wrk-mix-x$m.json") $(cat "$RAW/wrk-mix-x$m.json.status")"
done
echo "]" >> "$RAW/mixed.json"
for p in $MIX_PROFILED; do profile_stop "mixed-$p" "$(stack_pid "$p")" "$OUT"; done
}

# ---- 9. report ------------------------------------------------------------------------------------------
kill "$SAMPLER_PID" 2> /dev/null || true; SAMPLER_PID=""
kill "$WATCH_PID" 2> /dev/null || true; WATCH_PID=""
replica_counts > "$RAW/replicas-end.txt" || true
mode="$([ "$QUICK" = 1 ] && echo quick || echo full)"
if [ -n "$ONLY" ]; then
  # a partial run: the scenarios not run keep the last full run's figures (copied, never overwritten)
  prev="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("carried_from") or json.load(open(sys.argv[1]))["date"])' \
    "$ROOT/bench/results/latest.json" 2> /dev/null || true)"
  if [ -n "$prev" ] && [ "$prev" != "$DATE" ] && [ -d "$ROOT/bench/results/$prev/raw" ]; then
    for f in "$ROOT/bench/results/$prev/raw/"*; do [ -e "$RAW/$(basename "$f")" ] || cp -r "$f" "$RAW/"; done
    echo "$prev" > "$RAW/carried-from.txt"
  fi
  mode="$mode, only $ONLY"
fi
python3 "$BENCH_DIR/report.py" "$OUT" "$(( ($(now_ms) - RUN_T0) / 1000 ))" "$mode" \
  "$ROOT/bench/README.md" "$ROOT/bench/results/latest.json"
say "done in $(( ($(now_ms) - RUN_T0) / 1000 )) s: $OUT/results.json, $OUT/report.html"
