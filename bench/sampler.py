#!/usr/bin/env python3
"""Samples CPU and RSS of the benchmark's processes from /proc once a second until killed.

Groups: each part of the bench stack (the JVMs carrying -Dyizhan.platform.part=X and the state
dir's marker: the services, portal, Kafka, Keycloak), the bench-only service instances (a
quarkus-run.jar of this checkout without the marker), PostgreSQL (every `postgres` process: the
machine's whole server) and the load generators (wrk, pgbench, the Java drivers).
PostgreSQL's memory is its processes' PSS (shared buffers shared out, not counted once per process).
"machine" is the whole machine from /proc/stat (everything, other users' builds included), so the
share the benchmark did not use is visible.
Writes one JSON line per sample: {"t": epoch s, "groups": {name: {"cpu": % of one core, "rss_mb": MB}}}.
Usage: sampler.py ROOT STATE_DIR OUT_FILE
"""
import json
import os
import sys
import time

root, state, out = sys.argv[1], sys.argv[2], sys.argv[3]
marker = "-Dyizhan.platform.state=" + state
tick = os.sysconf("SC_CLK_TCK")
page_mb = os.sysconf("SC_PAGE_SIZE") / 2**20


def group(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            comm = f.read().strip()
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    if comm == "postgres" or cmd.startswith("postgres"):
        return "postgresql"
    if comm in ("wrk", "pgbench"):
        return "load generator"
    if "java" not in comm and "java" not in cmd.split(" ")[0]:
        return None
    if marker + " " in cmd + " ":
        for part in cmd.split():
            if part.startswith("-Dyizhan.platform.part="):
                return part.split("=", 1)[1]
    if root in cmd:
        if ".bench." in cmd or "ProducerPerformance" in cmd or "ConsumerPerformance" in cmd:
            return "load generator"
        for name in ("station", "locker", "rating", "volunteer", "partner"):
            if f"{name}-service/target/quarkus-app" in cmd:
                return f"{name} (bench instance)"
    return None


def read(pid, pss):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    mem = int(fields[21]) * page_mb                                      # rss pages
    if pss:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            mem = next(int(l.split()[1]) / 1024 for l in f if l.startswith("Pss:"))
    return int(fields[11]) + int(fields[12]), mem                        # utime + stime


def machine():
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    with open("/proc/meminfo") as f:
        m = {l.split(":")[0]: int(l.split()[1]) for l in f}
    return sum(v[:8]) - v[3] - v[4], (m["MemTotal"] - m["MemAvailable"]) / 1024   # busy ticks (user..steal but idle, iowait), used MB


prev, prev_t = {}, time.monotonic()
prev_busy = machine()[0]
with open(out, "a", buffering=1) as f:
    while True:
        time.sleep(1.0)
        now, groups, seen = time.monotonic(), {}, {}
        busy, used = machine()
        for d in os.listdir("/proc"):
            if not d.isdigit():
                continue
            g = group(d)
            if g is None:
                continue
            try:
                ticks, rss = read(d, g == "postgresql")
            except (OSError, IndexError, ValueError):
                continue
            seen[d] = ticks
            e = groups.setdefault(g, {"cpu": 0.0, "rss_mb": 0.0})
            e["rss_mb"] += rss
            if d in prev:
                e["cpu"] += 100.0 * (ticks - prev[d]) / tick / (now - prev_t)
        groups["machine"] = {"cpu": 100.0 * (busy - prev_busy) / tick / (now - prev_t), "rss_mb": used}
        prev, prev_t, prev_busy = seen, now, busy
        for e in groups.values():
            e["cpu"], e["rss_mb"] = round(e["cpu"], 1), round(e["rss_mb"], 1)
        f.write(json.dumps({"t": round(time.time(), 2), "groups": groups}) + "\n")
