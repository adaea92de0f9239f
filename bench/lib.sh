# Shared helpers of the bench scripts (sourced, not run). One place for logging, psql as superuser,
# percentiles of pgbench logs and tokens: real ones from Keycloak's realm, or ones signed for a run.
# shellcheck shell=bash

BENCH_NAME="${BENCH_NAME:-bench}"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf '[%s %s] %s\n' "$BENCH_NAME" "$(date +%H:%M:%S)" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$BENCH_NAME" "$*" >&2; exit 1; }
psql_su() { PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "${PGPORT:-5432}" -U postgres "$@"; }
now_ms() { date +%s%3N; }
# The services' JVM settings, the pods' own (k8s/base/platform.env, read by ./platform): a service the bench
# starts runs with what production runs. Word-split on purpose where used.
: "${YIZHAN_JVM_OPTS?run the bench through ./platform bench, which reads the JVM settings of the services}"

# kc_token KEYCLOAK_PORT USER: an access token of the demo realm (password grant via yizhan-cli, or
# client credentials for partner-demo / device-demo).
kc_token() {
  local url="http://localhost:$1/realms/yizhan/protocol/openid-connect/token"
  case "$2" in
    partner-demo|device-demo) curl -sS -d grant_type=client_credentials -d "client_id=$2" -d "client_secret=$2-secret" "$url" ;;
    *) curl -sS -d grant_type=password -d client_id=yizhan-cli -d "username=$2" -d password=demo "$url" ;;
  esac | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# bench_java CLASS ARGS...: a load driver of the bench module (bench/src, io.yizhan.bench.CLASS) on the
# classpath its build wrote (bench/target/bench.classpath): no Maven call while a benchmark runs.
BENCH_CLASSES="$BENCH_DIR/target/classes"
bench_built() { [ -f "$BENCH_CLASSES/io/yizhan/bench/BenchTokens.class" ] && [ -f "$BENCH_DIR/target/bench.classpath" ]; }
bench_classpath() { echo "$BENCH_CLASSES:$(cat "$BENCH_DIR/target/bench.classpath")"; }
bench_java() {
  local main="$1"; shift
  java -XX:TieredStopAtLevel=1 -cp "$(bench_classpath)" "io.yizhan.bench.$main" "$@"
}
# bench_tokens ARGS...: BenchTokens with the whole JIT (C2 signs thousands of RSA tokens several times faster than
# C1 alone); only ever before a measured run, never during one
bench_tokens() { java -cp "$(bench_classpath)" io.yizhan.bench.BenchTokens "$@"; }

# bench_keypair DIR: an RSA key for the run (DIR/key.pem); prints the public key as base64 DER, the
# form quarkus.oidc.public-key takes. The Java drivers sign tokens with DIR/key.pem (BenchTokens).
bench_keypair() {
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1/key.pem" 2> /dev/null
  openssl pkey -in "$1/key.pem" -pubout -outform DER | base64 -w0
}

# wait_ready URL PID LOG: until URL answers 200 (120 s), or fail with the log's tail if PID died
wait_ready() {
  local _
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ] && return 0
    kill -0 "$2" 2> /dev/null || { tail -n 40 "$3"; die "the service behind $1 exited"; }
    sleep 0.5
  done
  tail -n 40 "$3"; die "$1 not ready after 120 s"
}

# pgbench_summary DIR PREFIX SECONDS TPS: JSON of rate and latency percentiles (ms) from pgbench's
# per-transaction logs (column 3: latency in microseconds)
pgbench_summary() {
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

# run_pgbench NAME SECONDS WARMUP OUTDIR ARGS...: a warm-up, then a measured run with a 20 % latency
# sample; prints the summary JSON and keeps the raw output as OUTDIR/pgbench-NAME.txt
run_pgbench() {
  local name="$1" seconds="$2" warm="$3" out="$4" tmp tps; shift 4
  tmp="$(mktemp -d)"
  pgbench -n -h 127.0.0.1 -p "${PGPORT:-5432}" -U postgres "$@" -T "$warm" > /dev/null 2>&1 || true
  local try
  for try in 1 2 3 4 5 6; do   # a shared server may be out of connections for a moment: try again
    rm -f "$tmp"/pgb*
    ( cd "$tmp" && pgbench -n -h 127.0.0.1 -p "${PGPORT:-5432}" -U postgres "$@" -T "$seconds" -l --sampling-rate=0.2 \
        --log-prefix="pgb" > "$out/pgbench-$name.txt" 2>&1 ) && break
    grep -q 'too many clients' "$out/pgbench-$name.txt" && [ "$try" -lt 6 ] || { cat "$out/pgbench-$name.txt" >&2; die "pgbench $name failed"; }
    say "pgbench $name: PostgreSQL out of connections, again in 5 s"; sleep 5
  done
  tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$out/pgbench-$name.txt" | head -n 1)"
  pgbench_summary "$tmp" pgb "$seconds" "$tps"
  rm -rf "$tmp"
}

# phase NAME begin|end: marks a scenario's window for the resource samples (BENCH_PHASES, if set)
phase() {
  [ -n "${BENCH_PHASES:-}" ] || return 0
  printf '{"phase": "%s", "%s": %s}\n' "$1" "$2" "$(date +%s.%N | cut -c1-14)" >> "$BENCH_PHASES"
}

# ---- a warm JIT ----------------------------------------------------------------------------------------
# A warm-up of fixed length is not a warm JIT: locker-service's compilers still took 52 % of a burst measured after
# five warm-up bursts of 3,000 reservations, and ten rounds took that burst from 258 (one round) to 402 requests/s
# (2026-12-07, unprofiled). So warm-ups repeat until the JVM's compilers are quiet, and the measured run reports their share.
# jit_seconds "PID [PID...]": the CPU time the JVMs' JIT compiler threads (C1/C2 CompilerThread*) have used so far
# (/proc, s, summed), or nothing when no JVM can be read. Not jstat -compiler's "Time": that sums each compilation's
# elapsed time, waits for a core included, and read 4 × the compiler threads' CPU on a busy machine (partner-service
# under the notification load: 23.2 s against 5.45 s of user CPU in one 17 s round, 2026-12-08).
TICKS="$(getconf CLK_TCK 2> /dev/null || echo 100)"
jit_seconds() {
  local p pids t name out="" ticks used; read -ra pids <<< "$1"
  for p in "${pids[@]}"; do
    is_jvm "$p" || continue
    ticks=0
    for t in /proc/"$p"/task/*; do
      name="$(cat "$t/comm" 2> /dev/null)" || continue
      case "$name" in C1\ CompilerThre*|C2\ CompilerThre*)
        # utime and stime, fields 14 and 15: the 12th and 13th after the name's ")" (the name has a space);
        # a thread that ended since the listing reads as nothing, counted 0
        used="$(awk '{ sub(/.*\) /, ""); print $12 + $13 }' "$t/stat" 2> /dev/null || true)"
        ticks=$(( ticks + ${used:-0} )) ;;
      esac
    done
    out="$out $ticks"
  done
  [ -z "${out// /}" ] || awk -v hz="$TICKS" '{ s = 0; for (i = 1; i <= NF; i++) s += $i; print s / hz }' <<< "$out"
}
# jit_share "PID [PID...]" SINCE_JIT_SECONDS SINCE_MS: the compilers' work since then as a share of the time passed
# (0.000–; summed over the JVMs, so up to their number), or null when either reading is missing
jit_share() {
  local now; now="$(jit_seconds "$1")"
  python3 -c 'import sys; a, b, ms = sys.argv[1:]; print(round((float(b) - float(a)) * 1000 / max(1, int(ms)), 3) if a and b else "null")' \
    "$2" "$now" "$(( $(now_ms) - $3 ))"
}
# warm_jit "PID [PID...]" MAX_ROUNDS CMD...: runs CMD (a warm-up load, its output kept) until the JVMs' compilers worked
# at most BENCH_JIT_QUIET (0.05) of a round's time BENCH_JIT_QUIET_ROUNDS (2) rounds in a row, MAX_ROUNDS times at
# most. (One quiet round was not enough: a late batch of compilations then took 9–13 % of the measured run after
# it, 2026-12-07.) Sets JIT_ROUNDS and JIT_WARM_SHARE (the last round's share) and says them on stderr. CMD runs in
# this shell. Without a readable JVM (no /proc reading) CMD runs once.
JIT_QUIET="${BENCH_JIT_QUIET:-0.05}"
warm_jit() {
  local pid="$1" max="$2" j0 t0 quiet=0; shift 2
  JIT_ROUNDS=0
  while :; do
    j0="$(jit_seconds "$pid")"; t0="$(now_ms)"
    "$@"
    JIT_ROUNDS=$((JIT_ROUNDS + 1)); JIT_WARM_SHARE="$(jit_share "$pid" "$j0" "$t0")"
    say "warm-up round $JIT_ROUNDS: the JIT's share $JIT_WARM_SHARE" >&2
    [ "$JIT_WARM_SHARE" != null ] || break
    if python3 -c 'import sys; sys.exit(0 if float(sys.argv[1]) <= float(sys.argv[2]) else 1)' "$JIT_WARM_SHARE" "$JIT_QUIET"; then
      quiet=$((quiet + 1))
    else
      quiet=0
    fi
    [ "$quiet" -lt "${BENCH_JIT_QUIET_ROUNDS:-2}" ] && [ "$JIT_ROUNDS" -lt "$max" ] || break
  done
  say "warm-up: $JIT_ROUNDS round(s); the JIT's share of the last: $JIT_WARM_SHARE (quiet at ≤ $JIT_QUIET)" >&2
}

# wrk_json NAME SECONDS WARMUP CONNECTIONS LUA URL OUTDIR [PROFILE PID]: warm-up, then a measured wrk run; prints
# the summary JSON (summary.lua) and keeps wrk's text as OUTDIR/wrk-NAME.txt. BENCH_TOKEN etc. from the caller.
# With PID the warm-up repeats (at most BENCH_WARM_ROUNDS, 8) until the JVM's JIT is quiet (warm_jit), and the
# summary gains "jit": the rounds and the compilers' share of the warm-up's last round and of the measured run. With PROFILE and PID, and BENCH_PROFILE=1, the measured run alone is recorded (profile_start after the warm-up).
wrk_json() {
  local name="$1" seconds="$2" warm="$3" conns="$4" lua="$5" url="$6" out="$7" prof="${8:-}" pid="${9:-}" j0 t0
  local threads=2; [ "$conns" -ge 2 ] || threads=1
  warm_wrk() { LUA_PATH="$BENCH_DIR/?.lua;;" BENCH_OUT=/dev/null wrk -t"$threads" -c"$conns" -d"${warm}s" --timeout 10s -s "$lua" "$url" > /dev/null; }
  [ -z "$prof" ] || profile_prime "$pid"
  if [ -n "$pid" ]; then warm_jit "$pid" "${BENCH_WARM_ROUNDS:-8}" warm_wrk; else warm_wrk; fi
  [ -z "$prof" ] || profile_start "$prof" "$pid"
  j0="$(jit_seconds "$pid")"; t0="$(now_ms)"
  LUA_PATH="$BENCH_DIR/?.lua;;" BENCH_OUT="$out/wrk-$name.json" wrk -t"$threads" -c"$conns" -d"${seconds}s" --timeout 10s --latency -s "$lua" "$url" \
    > "$out/wrk-$name.txt"
  [ -z "$pid" ] || python3 -c 'import json, sys
f, rounds, warm, measured = sys.argv[1:]
r = json.load(open(f))
r["jit"] = {"warmupRounds": int(rounds), "shareWarmupLast": json.loads(warm), "shareMeasured": json.loads(measured)}
json.dump(r, open(f, "w"))' "$out/wrk-$name.json" "$JIT_ROUNDS" "$JIT_WARM_SHARE" "$(jit_share "$pid" "$j0" "$t0")"
  [ -z "$prof" ] || profile_stop "$prof" "$pid" "$out"
  cat "$out/wrk-$name.json"
}

# ---- profiles (BENCH_PROFILE=1) ------------------------------------------------------------------------
# profile_start NAME PID / profile_stop NAME PID OUTDIR [TITLE]: the JVM PID's CPU between the two, sampled by
# async-profiler (BENCH_PROFILER=async, the default) or recorded by Java Flight Recorder (BENCH_PROFILER=jfr,
# settings=profile), then bench/flame.py on it: FLAMEDIR/NAME.collapsed, .svg (the flame graph) and .json (the figures
# report.py lists), plus NAME.jfr with JFR; FLAMEDIR is $BENCH_FLAME_DIR (run.sh: flame/ in its results directory)
# or OUTDIR/flame. async-profiler samples every thread of the JVM every BENCH_PROFILE_INTERVAL (1ms) of CPU time,
# the JIT compilers' and the collector's threads too; JFR samples Java threads only, every 10–20 ms, and gave ~200
# samples for a whole reservation burst (2026-12-07). Both do nothing unless BENCH_PROFILE=1, and a failure (no
# such JVM, jcmd or flame.py failing) is a warning on stderr, never the bench's end. Nothing goes to stdout (callers
# capture it).
JCMD="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
profile_warn() { printf '[%s %s] WARNING: profile %s\n' "$BENCH_NAME" "$(date +%H:%M:%S)" "$*" >&2; }
# jcmd signals a process it attaches to with SIGQUIT, which ends most programs that are not a JVM: check first
is_jvm() { [ -n "$1" ] && case "$(readlink "/proc/$1/exe" 2> /dev/null)" in */java) true ;; *) false ;; esac; }
# asprof_lib: the path of async-profiler's agent library for this machine, taken out of the jar the bench module
# depends on (its path is in bench.classpath) once; nothing when it cannot be had
asprof_lib() {
  local arch jar lib
  case "$(uname -m)" in x86_64) arch=linux-x64 ;; aarch64) arch=linux-arm64 ;; *) return 0 ;; esac
  lib="$BENCH_DIR/target/async-profiler/$arch/libasyncProfiler.so"
  if [ ! -s "$lib" ]; then
    jar="$(tr ':' '\n' < "$BENCH_DIR/target/bench.classpath" 2> /dev/null | grep '/async-profiler-[^/]*\.jar$' | head -n 1 || true)"
    [ -n "$jar" ] && python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])' \
      "$jar" "$arch/libasyncProfiler.so" "$BENCH_DIR/target/async-profiler" 2> /dev/null || return 0
  fi
  echo "$lib"
}
profile_engine() {
  case "${BENCH_PROFILER:-async}" in
    jfr) echo jfr ;;
    *) if [ -n "$(asprof_lib)" ]; then echo async; else profile_warn "no async-profiler library (bench module not built?): JFR instead"; echo jfr; fi ;;
  esac
}
# asprof PID COMMAND: one async-profiler command (start, stop, ...: its agent's options, comma-separated) in the JVM
# PID. jcmd reads an argument with "=" as its own named option: the quotes make the whole string the agent's.
asprof() { "$JCMD" "$1" JVMTI.agent_load "$(asprof_lib)" "\"$2\"" 2>&1; }
# JFR keeps 64 frames of a stack; Vert.x, Mutiny and Hibernate Reactive go deeper. Only takes effect before the
# JVM's first recording (the bench's JVMs have none before profile_prime or profile_start).
profile_depth() { "$JCMD" "$1" JFR.configure stackdepth="${BENCH_PROFILE_STACKDEPTH:-256}" > /dev/null 2>&1 || true; }
# profile_prime PID: the profiler started and dropped at once, before a warm-up. The first JFR recording with the
# profile settings makes a warm JVM recompile (JFR instruments classes for its events): started after a warm-up, it
# set off a storm in the measured run (locker-service: its compilers 93 % of the ample burst, which ran 161
# reservations/s instead of ~300, 2026-12-07). Primed first, the storm belongs to the warm-up. async-profiler,
# loaded late, resolves only the frames of methods compiled after it came (JVMTI's CompiledMethodLoad): loaded
# before the warm-up, the warm-up's compilations carry what it needs.
profile_prime() {
  [ "${BENCH_PROFILE:-0}" = 1 ] && is_jvm "$1" || return 0
  if [ "$(profile_engine)" = async ]; then
    asprof "$1" "start,event=cpu" > /dev/null || true
    asprof "$1" "stop,file=/dev/null,collapsed" > /dev/null || true
    return 0
  fi
  profile_depth "$1"
  "$JCMD" "$1" JFR.start name=bench-prime settings=profile > /dev/null 2>&1 || true
  "$JCMD" "$1" JFR.stop name=bench-prime > /dev/null 2>&1 || true
}
profile_start() {
  [ "${BENCH_PROFILE:-0}" = 1 ] || return 0
  local name="$1" pid="$2" res
  is_jvm "$pid" || { profile_warn "$name: '$pid' is not a running JVM; not profiled"; return 0; }
  if [ "$(profile_engine)" = async ]; then
    res="$(asprof "$pid" "start,event=cpu,interval=${BENCH_PROFILE_INTERVAL:-1ms},cstack=vm")"
    case "$res" in *"return code: 0"*) ;; *) profile_warn "$name: async-profiler did not start in $pid: $(printf '%s' "$res" | tail -n 2 | tr '\n' ' ')" ;; esac
    return 0
  fi
  profile_depth "$pid"
  res="$("$JCMD" "$pid" JFR.start name="bench-$name" settings=profile 2>&1)" \
    || profile_warn "$name: jcmd $pid JFR.start failed: $(printf '%s' "$res" | tail -n 1)"
}
profile_stop() {
  [ "${BENCH_PROFILE:-0}" = 1 ] || return 0
  local name="$1" pid="$2" dir="${BENCH_FLAME_DIR:-$3/flame}" title="${4:-}" res what src of
  is_jvm "$pid" || { profile_warn "$name: '$pid' is not a running JVM (any more); no recording"; return 0; }
  { mkdir -p "$dir" && dir="$(cd "$dir" && pwd)"; } || { profile_warn "$name: cannot write to $dir"; return 0; }
  what="$(tr '\0' '\n' < "/proc/$pid/cmdline" 2> /dev/null | sed -n 's#.*/\([a-z]*-service\|portal\)/target/.*#\1#p' | head -n 1 || true)"
  [ -n "$title" ] || title="$name — ${what:-pid $pid}, $(date -u +%F)"
  if [ "$(profile_engine)" = async ]; then
    src="$dir/$name.asprof.collapsed"; of="async-profiler cpu, every ${BENCH_PROFILE_INTERVAL:-1ms} of CPU, all threads"
    rm -f "$src"
    res="$(asprof "$pid" "stop,file=$src,collapsed,dot")" && [ -s "$src" ] \
      || { profile_warn "$name: async-profiler stop in $pid wrote nothing: $(printf '%s' "$res" | tail -n 2 | tr '\n' ' ')"; return 0; }
  else
    src="$dir/$name.jfr"; of="jdk.ExecutionSample"
    rm -f "$src"
    res="$("$JCMD" "$pid" JFR.stop name="bench-$name" filename="$src" 2>&1)" && [ -s "$src" ] \
      || { profile_warn "$name: jcmd $pid JFR.stop failed: $(printf '%s' "$res" | tail -n 1)"; return 0; }
  fi
  res="$(python3 "$BENCH_DIR/flame.py" "$src" "$dir/$name" --title "$title" --samples-of "$of" 2>&1)" \
    || { profile_warn "$name: flame.py failed: $(printf '%s' "$res" | tail -n 2 | tr '\n' ' ')"; return 0; }
  case "$src" in *.asprof.collapsed) rm -f "$src" ;; esac
  say "profile $(printf '%s' "$res" | head -n 1)" >&2
}
