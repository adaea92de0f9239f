# shellcheck shell=bash
# Small helpers shared by every part: logging, PID and port files, starting a part and waiting for it.
# Sourced by ./platform (not run on its own).

say()  { printf '[platform %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
warn() { printf '[platform %s] WARNING: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die()  { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }
now_ms() { date +%s%3N; }
is_root() { [ "$(id -u)" = 0 ]; }
want() { case "$PARTS" in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

pid_file() { echo "$STATE_DIR/run/$1.pid"; }
log_file() { echo "$STATE_DIR/logs/$1.log"; }
read_pid() { local f; f="$(pid_file "$1")"; if [ -f "$f" ]; then tr -dc '0-9' < "$f" || true; fi; }
# the port a part was started on (status/down may run with other env than up did)
recorded_port() { local f="$STATE_DIR/run/$1.port"; if [ -f "$f" ]; then cat "$f"; else part_port "$1"; fi; }

port_open() { timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }
http_ok() { [ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null || true)" = 200 ]; }

# Is $1 (pid) a live process of ours for part $2? Guards against PID reuse.
pid_is_ours() {
  local pid="$1" part="$2"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  [ "$part" = postgres ] && return 0    # checked through pg_ctl status instead
  local want="$MARKER "
  [ "$part" = keycloak ] && want="$KC_HOME/"   # keycloak's leader, a shell around kc.sh, names KC_HOME
  [ "$part" = mosquitto ] && want="$STATE_DIR/mosquitto/"   # not a JVM: known by its config file
  { tr '\0' ' ' < "/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$want"
}
part_alive() { pid_is_ours "$(read_pid "$1")" "$1"; }

# Does the listener on port $2 belong to part $1 (its process group)? Another program on the same
# port (a Quarkus test JVM takes 8081 by default) must not pass for our part. True when ss is missing.
port_is_ours() {
  command -v ss > /dev/null || return 0
  local leader lp p
  leader="$(read_pid "$1")"
  lp="$(ss -Hltnp "sport = :$2" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u || true)"
  [ -n "$lp" ] || return 1
  for p in $lp; do
    [ "$p" = "$leader" ] && return 0
    [ "$(ps -o pgid= -p "$p" 2>/dev/null | tr -d ' ')" = "$leader" ] && return 0
  done
  return 1
}

part_ready() {
  local part="$1" port; port="$(recorded_port "$part")"
  case "$part" in
    postgres) pg_answers ;;
    kafka)    port_open "$port" && port_is_ours kafka "$port" ;;
    mosquitto) port_open "$port" && port_is_ours mosquitto "$port" ;;
    s3)       port_open "$port" && port_is_ours s3 "$port" ;;
    simulator) part_alive simulator && grep -q 'device simulator: ' "$(log_file simulator)" 2>/dev/null ;;
    keycloak) http_ok "http://localhost:$port/realms/yizhan/.well-known/openid-configuration" && port_is_ours keycloak "$port" ;;
    *)        http_ok "http://localhost:$(mgmt_port "$part")/q/health/ready" && port_is_ours "$part" "$port" ;;
  esac
}

tail_log() {
  local part="$1" f; f="$(log_file "$part")"
  echo "----- last 30 lines of $f -----" >&2
  # a JVM's class-data-sharing warnings (thousands at a dump) would hide the lines that matter
  { grep -v '\]\[cds' "$f" | tail -n 30 >&2; } 2>/dev/null || echo "(no log)" >&2
  echo "----- end of $part log -----" >&2
}

# Start a command in its own session/process group (so `down` can stop kc.sh with its java child),
# log to the part's log, record PID and port.
spawn() {
  local part="$1"; shift
  local log; log="$(log_file "$part")"
  printf '\n===== %s: starting %s =====\n' "$(date '+%F %T')" "$part" >> "$log"
  setsid "$@" >> "$log" 2>&1 < /dev/null 9>&- &
  echo "$!" > "$(pid_file "$part")"
  part_port "$part" > "$STATE_DIR/run/$part.port"
}

# Wait until a part is ready; on timeout or early death print its log tail and fail.
wait_ready() {
  local part="$1" timeout="$2" start; start="$(now_ms)"
  while :; do
    if [ "$part" != postgres ] && ! part_alive "$part"; then
      echo "[platform] ERROR: $part exited before it became ready" >&2
      tail_log "$part"; return 1
    fi
    if part_ready "$part" && { [ "$part" != kafka ] || kafka_started_logged; }; then
      say "$part ready ($(( ($(now_ms) - start) / 1000 )) s)"
      return 0
    fi
    if [ $(( ($(now_ms) - start) / 1000 )) -ge "$timeout" ]; then
      echo "[platform] ERROR: $part not ready after ${timeout} s" >&2
      tail_log "$part"; return 1
    fi
    sleep 0.5
  done
}

# Refuse to start on a port somebody else holds.
check_port_free() {
  local part="$1" port="$2" var="$3"
  if port_open "$port"; then
    die "port $port (for $part) is in use by a process not started from $STATE_DIR; stop it or set $var"
  fi
}

# A part already running from this state dir is left alone (if it runs on the port asked for).
already_running() {
  local part="$1" rp want
  part_alive "$part" || return 1
  rp="$(recorded_port "$part")"; want="$(part_port "$part")"
  [ "$rp" = "$want" ] || die "$part already runs from $STATE_DIR on port $rp, not $want: ./platform down first (or use another YIZHAN_STATE_DIR)"
  say "$part already running (pid $(read_pid "$part"), port $rp)"
}

ensure_dirs() { mkdir -p "$STATE_DIR/run" "$STATE_DIR/logs" "$STATE_DIR/downloads"; }

take_lock() {
  ensure_dirs
  exec 9> "$STATE_DIR/run/lock"
  flock -n 9 || die "another ./platform command is working on $STATE_DIR; wait for it"
}
