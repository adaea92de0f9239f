# shellcheck shell=bash
# Stack commands: up, down, stop, status, logs, token.
# Sourced by ./platform (not run on its own).

# run "wait_ready PART TIMEOUT [then-fn]" for several parts at once; fail if any failed
wait_parallel() {
  local pids="" p rc=0 part
  for part in "$@"; do
    (
      t="$(part_timeout "$part")"
      wait_ready "$part" "$t" || exit 1
      if [ "$part" = kafka ]; then ensure_topics; fi
      if [ "$part" = keycloak ]; then keycloak_answered || exit 1; fi
    ) &
    pids="$pids $!"
  done
  for p in $pids; do wait "$p" || rc=1; done
  return "$rc"
}
part_timeout() {
  case "$1" in kafka) echo "$TIMEOUT_KAFKA" ;; keycloak) echo "$TIMEOUT_KEYCLOAK" ;; *) echo "$TIMEOUT_SERVICE" ;; esac
}

cmd_up() {
  local t0; t0="$(now_ms)"
  take_lock
  say "state dir $STATE_DIR, parts:$PARTS"
  command -v curl > /dev/null || die "curl is required"
  if want postgres; then ensure_postgres; fi
  ensure_built

  local infra="" s
  if want kafka; then start_kafka; infra="$infra kafka"; fi
  if want keycloak; then start_keycloak; infra="$infra keycloak"; fi
  if want mosquitto; then start_mosquitto; infra="$infra mosquitto"; fi
  if want s3; then start_s3; infra="$infra s3"; fi
  # shellcheck disable=SC2086
  if [ -n "$infra" ] && ! wait_parallel $infra; then
    die "start-up failed (parts already running stay up: ./platform status, ./platform down)"
  fi

  local svcs=""
  for s in $SERVICES; do
    if want "$s"; then start_service "$s"; svcs="$svcs $s"; fi
  done
  if want portal; then start_portal; svcs="$svcs portal"; fi
  if want simulator && want mosquitto && start_simulator; then svcs="$svcs simulator"; fi
  # shellcheck disable=SC2086
  if [ -n "$svcs" ] && ! wait_parallel $svcs; then
    die "start-up failed (parts already running stay up: ./platform status, ./platform down)"
  fi

  echo
  echo "Yizhan 驿站 local stack is up (state: $STATE_DIR)"
  if want postgres; then
    printf '  %-18s postgresql://127.0.0.1:%s  (user yizhan / yizhan; databases %s)\n' "PostgreSQL" "$DB_PORT" "$(db_list)"
  fi
  if want kafka; then printf '  %-18s 127.0.0.1:%s  (topics: %s)\n' "Kafka" "$KAFKA_PORT" "$TOPICS"; fi
  if want mosquitto; then printf '  %-18s mqtt://127.0.0.1:%s  (device channel; passwords in %s)\n' "Mosquitto" "$MQTT_PORT" "$MQDIR/secrets"; fi
  if want s3; then printf '  %-18s http://127.0.0.1:%s  (S3 API, bucket station-photos; key %s, secret in %s)\n' "S3Proxy" "$S3_PORT" "$S3_ACCESS_KEY" "$S3DIR/secret-key"; fi
  if want keycloak; then
    printf '  %-18s http://localhost:%s  (admin console: admin / admin)\n' "Keycloak" "$KC_PORT"
    printf '  %-18s http://localhost:%s/realms/yizhan\n' "OIDC issuer" "$KC_PORT"
  fi
  for s in $SERVICES; do
    if want "$s"; then printf '  %-18s http://localhost:%s  (operations: http://localhost:%s/q/swagger-ui, /q/health)\n' "$s-service" "$(svc_port "$s")" "$(mgmt_port "$s")"; fi
  done
  if want portal; then printf '  %-18s http://localhost:%s  (门户: admin console /admin, worker pages /worker)\n' "portal" "$PORTAL_PORT"; fi
  if want keycloak; then
    echo "Demo accounts 演示账号 (password: demo), client yizhan-cli (password grant):"
    local u name role tenant
    for u in $DEMO_USERS; do
      IFS=: read -r name role tenant <<< "$u"
      printf '  %-16s role %-16s tenant %s\n' "$name" "$role" "$tenant"
    done
    echo "  clients: partner-demo / partner-demo-secret (role partner), device-demo / device-demo-secret (role device, tenant fuzhou)"
    echo "  token:   ./platform token fuzhou-admin"
  fi
  printf 'Elapsed: %s s\n' "$(awk -v ms="$(( $(now_ms) - t0 ))" 'BEGIN { printf "%.1f", ms / 1000 }')"
}

# stop one part by its PID file: TERM to its process group, KILL after STOP_TIMEOUT
stop_part() {
  local part="$1" pid pgid i
  pid="$(read_pid "$part")"
  if [ -z "$pid" ]; then return 0; fi
  if ! pid_is_ours "$pid" "$part"; then
    rm -f "$(pid_file "$part")" "$STATE_DIR/run/$part.port"
    return 0
  fi
  pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
  say "stopping $part (pid $pid)"
  if [ "$pgid" = "$pid" ]; then kill -TERM -- "-$pgid" 2>/dev/null || true
  else kill -TERM "$pid" 2>/dev/null || true; fi
  for (( i = 0; i < STOP_TIMEOUT * 5; i++ )); do
    if [ "$pgid" = "$pid" ]; then kill -0 -- "-$pgid" 2>/dev/null || break
    else kill -0 "$pid" 2>/dev/null || break; fi
    sleep 0.2
  done
  if [ "$pgid" = "$pid" ] && kill -0 -- "-$pgid" 2>/dev/null; then
    warn "$part did not stop within ${STOP_TIMEOUT} s: killing"
    kill -KILL -- "-$pgid" 2>/dev/null || true
  elif kill -0 "$pid" 2>/dev/null; then
    warn "$part did not stop within ${STOP_TIMEOUT} s: killing"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$part")" "$STATE_DIR/run/$part.port"
}

# PIDs of JVMs carrying this state dir's marker (should be none after down)
leftover_pids() {
  local pid
  for pid in $(ps -eo pid= 2>/dev/null); do
    [ "$pid" = "$$" ] && continue
    { tr '\0' ' ' < "/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$MARKER " && echo "$pid"
  done
  return 0
}

cmd_down() {
  [ -d "$STATE_DIR/run" ] || { say "nothing to stop ($STATE_DIR does not exist)"; return 0; }
  take_lock
  local s pids=""
  for s in $SERVICES portal simulator; do stop_part "$s" & pids="$pids $!"; done
  for s in $pids; do wait "$s" || true; done
  pids=""
  stop_part keycloak & pids="$pids $!"
  stop_part kafka & pids="$pids $!"
  stop_part mosquitto & pids="$pids $!"
  stop_part s3 & pids="$pids $!"
  for s in $pids; do wait "$s" || true; done
  local left; left="$(leftover_pids | tr '\n' ' ')"
  if [ -n "${left// /}" ]; then
    warn "processes of this stack still alive without a PID file: $left- killing them"
    # shellcheck disable=SC2086
    kill -KILL $left 2>/dev/null || true
  fi
  stop_embedded_pg
  say "stack in $STATE_DIR stopped"
}

# Stop some parts and leave the rest running (the fault suite stops Kafka, Keycloak or PostgreSQL this way;
# `up` starts them again). postgres means only an embedded cluster, never the machine's own server.
cmd_stop() {
  [ $# -gt 0 ] || die "usage: ./platform stop PART... (parts: $ALL_PARTS)"
  local part
  for part in "$@"; do
    case " $ALL_PARTS " in *" $part "*) ;; *) die "unknown part '$part' (parts: $ALL_PARTS)" ;; esac
  done
  [ -d "$STATE_DIR/run" ] || { say "nothing to stop ($STATE_DIR does not exist)"; return 0; }
  take_lock
  for part in "$@"; do
    if [ "$part" = postgres ]; then stop_embedded_pg; else stop_part "$part"; fi
  done
}

cmd_status() {
  printf '%-10s %-8s %-6s %s\n' PART PID PORT STATE
  local part pid port state
  for part in $ALL_PARTS; do
    pid="$(read_pid "$part")"; port="$(recorded_port "$part")"
    if [ "$part" = postgres ]; then
      if [ -f "$STATE_DIR/run/postgres.embedded" ]; then
        if pg_answers; then state="up (embedded)"; else state="down (embedded)"; fi
      elif pg_answers; then state="up (external, not managed)"; pid="-"
      else state=down; fi
    elif pid_is_ours "$pid" "$part"; then
      if part_ready "$part"; then state=up; else state="starting/not ready"; fi
    else
      state=down; pid="-"
      if port_open "$port"; then state="down (port $port held by another process)"; fi
    fi
    printf '%-10s %-8s %-6s %s\n' "$part" "${pid:--}" "$port" "$state"
  done
}

cmd_logs() {
  local part="" follow=""
  for a in "$@"; do
    case "$a" in -f|--follow) follow=-f ;; *) part="$a" ;; esac
  done
  [ -n "$part" ] || die "usage: ./platform logs PART [-f]   (parts: $ALL_PARTS)"
  case "$part" in *-service) part="${part%-service}" ;; esac
  case " $ALL_PARTS " in *" $part "*) ;; *) die "unknown part '$part' (parts: $ALL_PARTS)" ;; esac
  local f; f="$(log_file "$part")"
  [ -f "$f" ] || die "no log yet: $f"
  exec tail -n 200 $follow "$f"
}

cmd_token() {
  local user="${1:-}" decode="${2:-}" resp token url
  [ -n "$user" ] || die "usage: ./platform token USER [--decode]   (demo users, or partner-demo / device-demo)"
  url="http://localhost:$(recorded_port keycloak)/realms/yizhan/protocol/openid-connect/token"
  case "$user" in
    partner-demo|device-demo)
      resp="$(curl -sS -d grant_type=client_credentials -d "client_id=$user" -d "client_secret=$user-secret" "$url")" || die "Keycloak does not answer at $url (./platform up?)" ;;
    *)
      resp="$(curl -sS -d grant_type=password -d client_id=yizhan-cli -d "username=$user" \
        -d "password=${YIZHAN_DEMO_PASSWORD:-demo}" "$url")" || die "Keycloak does not answer at $url (./platform up?)" ;;
  esac
  token="$(printf '%s' "$resp" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [ -n "$token" ] || die "no token from $url: $resp"
  if [ "$decode" = --decode ]; then
    local payload; payload="$(printf '%s' "$token" | cut -d. -f2 | tr '_-' '/+')"
    while [ $(( ${#payload} % 4 )) -ne 0 ]; do payload="$payload="; done
    if command -v jq > /dev/null; then printf '%s' "$payload" | base64 -d | jq .
    else printf '%s' "$payload" | base64 -d; echo; fi
  else
    printf '%s\n' "$token"
  fi
}

