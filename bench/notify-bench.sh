#!/usr/bin/env bash
# Notifications 通知 against the stack bench/run.sh started: SUBSCRIBERS volunteers with preferences
# (one in ten texted for duty reminders), then RATE shift reminders a second for SECONDS on
# volunteer-events (bench module's NotificationLoad, as volunteer-service's relay writes them), each for
# one of them. partner-service's consumer (group partner-service.notify) turns them into feed rows;
# event → feed is a row's created_at (the intake transaction) minus the event's send time, joined by
# event id. Prints one JSON object. See bench/README.md ("Notifications").
# Needs: the stack's Kafka on 127.0.0.1:$BENCH_KAFKA_PORT, its partner database $BENCH_PARTNER_DB on $PGPORT.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH_NAME=notify-bench
# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
cd "$ROOT"
DB="${BENCH_PARTNER_DB:?the partner database of the stack}"
BROKER="127.0.0.1:${BENCH_KAFKA_PORT:?the Kafka port of the stack}"
RATE="${BENCH_NOTIFY_RATE:-1000}"
SECONDS_RUN="${BENCH_NOTIFY_SECONDS:-60}"
SUBSCRIBERS="${BENCH_NOTIFY_SUBSCRIBERS:-10000}"
WARMUP_RUN="${BENCH_NOTIFY_WARMUP:-10}"
OUT="${BENCH_OUT_DIR:-$ROOT/bench/results/notify-$(date +%Y-%m-%d)}"
bench_built || die "build first: ./mvnw -B -pl bench -am install -DskipTests"
mkdir -p "$OUT"
sql() { psql_su -d "$DB" "$@"; }

# the subscribers: a row of preferences each (what a person who opened the settings has); one in ten
# wants duty reminders by SMS too, so the intake also writes text messages
sql -c "INSERT INTO notification_preference (subject, username, roles, tenant, phone, in_app_off, sms_on, updated_at)
  SELECT 'bench-sub-' || i, NULL, 'volunteer', 'fuzhou', CASE WHEN i % 10 = 0 THEN '139' || lpad(i::text, 8, '0') END, '',
         CASE WHEN i % 10 = 0 THEN 'SHIFT_REMINDER' ELSE '' END, now()
  FROM generate_series(0, $SUBSCRIBERS - 1) i ON CONFLICT (subject) DO NOTHING"
sql -c "SELECT id FROM station_replica WHERE status = 'OPEN' ORDER BY id LIMIT 500" > "$OUT/notify-stations.txt"
[ -s "$OUT/notify-stations.txt" ] || die "the partner replica has no open station"
stored() { sql -c "SELECT count(*) FROM notification WHERE recipient LIKE 'sub:bench-sub-%'"; }

# Warm-up rounds at the same rate first, unmeasured, each until its feed rows are all stored, repeated until
# partner-service's JIT compilers are quiet (lib.sh, warm_jit; BENCH_WARM_ROUNDS, 8 at most): the figures are those
# of a warm service, as it runs in production (issue 22). One fixed round of 20 s was not warm: measured right
# after it on a stack just started, the lag grew to 24 s in the first 25 s and the run's p99 was 23.9 s; on the
# same stack once warm, p99 432 ms (2026-12-08).
PARTNER_PID="${BENCH_PARTNER_PID:-}"
warm_round() {
  local warm_before t0
  warm_before="$(stored)"
  bench_java NotificationLoad "$BROKER" "$OUT/notify-stations.txt" "$RATE" "$WARMUP_RUN" "$SUBSCRIBERS" "$OUT/notify-warm.csv" > /dev/null
  t0="$(now_ms)"
  while [ $(( $(stored) - warm_before )) -lt $((RATE * WARMUP_RUN)) ]; do
    [ $(( $(now_ms) - t0 )) -lt 300000 ] || die "the warm-up's rows were not all stored after 300 s"
    sleep 0.5
  done
  rm -f "$OUT/notify-warm.csv"
}
JIT_ROUNDS=0; JIT_WARM_SHARE=null
if [ "$WARMUP_RUN" -gt 0 ]; then
  say "warm-up: $RATE reminders/s for $WARMUP_RUN s a round (not measured)"
  if is_jvm "$PARTNER_PID"; then warm_jit "$PARTNER_PID" "${BENCH_WARM_ROUNDS:-8}" warm_round; else warm_round; JIT_ROUNDS=1; fi
fi
before="$(stored)"

say "$RATE shift reminders/s for $SECONDS_RUN s to $SUBSCRIBERS subscribers on volunteer-events ($BROKER)"
j0="$(jit_seconds "$PARTNER_PID")"; tj="$(now_ms)"
bench_java NotificationLoad "$BROKER" "$OUT/notify-stations.txt" "$RATE" "$SECONDS_RUN" "$SUBSCRIBERS" "$OUT/notify-sent.csv" \
  > "$OUT/notify-driver.json"
say "driver: $(cat "$OUT/notify-driver.json")"
expected=$((RATE * SECONDS_RUN))
t0="$(now_ms)"
while :; do
  n="$(stored)"
  [ $((n - before)) -lt "$expected" ] || break
  [ $(( $(now_ms) - t0 )) -lt 600000 ] || { say "only $((n - before)) of $expected after 600 s"; break; }
  sleep 1
done
drain_ms=$(( $(now_ms) - t0 ))
jit_measured="$(jit_share "$PARTNER_PID" "$j0" "$tj")"
sql -c "CREATE TEMP TABLE sent (event_id uuid PRIMARY KEY, sent_ms bigint)" \
  -c "\\copy sent FROM '$OUT/notify-sent.csv' WITH (FORMAT csv)" \
  -c "SELECT json_build_object('events', (SELECT count(*) FROM sent), 'stored', count(n.id),
        'subscribers', $SUBSCRIBERS, 'offered_per_s', $RATE, 'seconds', $SECONDS_RUN,
        'notifications_per_s', round((count(n.id) / greatest(extract(epoch FROM max(n.created_at) - min(n.created_at)), 0.001))::numeric, 1),
        'p50_ms', round(percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM n.created_at) * 1000 - s.sent_ms)::numeric, 1),
        'p99_ms', round(percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM n.created_at) * 1000 - s.sent_ms)::numeric, 1),
        'max_ms', round(max(extract(epoch FROM n.created_at) * 1000 - s.sent_ms)::numeric, 1),
        'texts', (SELECT count(*) FROM sms_message m JOIN notification x ON x.id = m.notification_id JOIN sent y ON y.event_id = x.event_id),
        'drain_ms', $drain_ms,
        'jit', json_build_object('warmupRounds', $JIT_ROUNDS, 'shareWarmupLast', $JIT_WARM_SHARE::numeric, 'shareMeasured', $jit_measured::numeric))
      FROM sent s LEFT JOIN notification n ON n.event_id = s.event_id" | tail -n 1
rm -f "$OUT/notify-sent.csv"
