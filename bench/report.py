#!/usr/bin/env python3
"""Gathers one bench/run.sh run into results.json, writes report.html (inline SVG charts, no
downloads) and regenerates bench/README.md's performance table between <!-- bench:begin --> and
<!-- bench:end -->. Also works on its own on an existing results directory.
Usage: report.py RESULTS_DIR WALL_SECONDS MODE README [LATEST_JSON]
"""
import html
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

out, wall, mode, readme = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
latest = Path(sys.argv[5]) if len(sys.argv) > 5 else None
raw = out / "raw"


def load(name, default=None):
    p = raw / name
    return json.loads(p.read_text()) if p.exists() and p.read_text().strip() else default


def ratio(a, b):
    return round(a / b, 3) if a and b else None


# ---- machine ---------------------------------------------------------------------------------------
mem_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)
cpu_model = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
pg = subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-p", os.environ.get("PGPORT", "5432"), "-U", "postgres", "-d", "postgres",
                     "-c", "show server_version"], capture_output=True, text=True).stdout.strip()
machine = {"cores": os.cpu_count(), "memory_gb": mem_gb, "cpu": cpu_model, "kernel": platform.release(),
           "postgres": pg, "java": subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]}

# ---- resources per phase ---------------------------------------------------------------------------
phases = {}
if (out / "phases.jsonl").exists():
    for line in (out / "phases.jsonl").read_text().splitlines():
        e = json.loads(line)
        for k in ("begin", "end"):
            if k in e:
                phases.setdefault(e["phase"], {})[k] = e[k]
samples = [json.loads(l) for l in (out / "samples.jsonl").read_text().splitlines()] if (out / "samples.jsonl").exists() else []
resources = {}
for name, w in phases.items():
    inside = [s for s in samples if w.get("begin", 0) <= s["t"] <= w.get("end", 0)]
    groups = {}
    for s in inside:
        for g, v in s["groups"].items():
            groups.setdefault(g, []).append(v)
    resources[name] = {"seconds": round(w.get("end", 0) - w.get("begin", 0), 1), "samples": len(inside),
                       "groups": {g: {"cpu_avg": round(sum(v["cpu"] for v in vs) / len(inside), 1),
                                      "cpu_max": max(v["cpu"] for v in vs), "rss_max_mb": round(max(v["rss_mb"] for v in vs))}
                                  for g, vs in sorted(groups.items())}}

# ---- scenarios -------------------------------------------------------------------------------------
startup = load("startup.json", {})
if startup:
    full = raw / "replicas-full.ms"
    startup["replicas_full_ms"] = int(full.read_text()) if full.exists() else None
    end = raw / "replicas-end.txt"
    startup["replica_rows_at_end"] = dict(zip(("locker", "rating", "volunteer"), map(int, end.read_text().split()))) if end.exists() else None
# every station changed in one transaction, then through the outbox, Kafka and four replicas (run.sh 1b)
replicas = load("replicas.json", {})
if replicas:
    replicas["all_applied_s"] = max(r["all_applied_s"] for r in replicas["replicas"].values())
search = load("search.json", {"datasets": {}})
# the map view joined the search scenario on 2026-12-07: results of earlier runs have no "map"
SEARCH_KINDS = {"nearby": "Nearby search", "route": "Along-route search", "map": "Map, a province-wide view (clusters)"}
for ds in search["datasets"].values():
    for kind in (k for k in SEARCH_KINDS if k in ds):
        ds[kind]["service_to_pgbench"] = ratio(ds[kind]["service"]["qps"], ds[kind]["pgbench"]["qps"])
locker = load("locker.json", {})
if locker.get("pgbench"):
    locker["ample_to_pgbench"] = ratio(locker["ample"]["reservationsPerSecond"], locker["pgbench"]["qps"])
signup = load("signup.json", {})
kafka = load("kafka.json", {})
ratings = {"wrk": load("wrk-ratings.json"), "lag": load("rating-lag.json"), "outbox": load("rating-outbox.json"),
           "pgbench": load("rating-pgbench.json")}
if ratings["wrk"] and ratings["pgbench"]:
    ratings["to_pgbench"] = ratio(ratings["wrk"]["qps"], ratings["pgbench"]["qps"])
pickup = load("pickup-lag.json", {})
mixed = load("mixed.json", [])
notifications = load("notifications.json", {})
# a partial run (./platform bench SCENARIO...) carries the other scenarios' raw figures over from a full run
carried = (raw / "carried-from.txt").read_text().strip() if (raw / "carried-from.txt").exists() else None
saturation = None
prev = None
for step in mixed:
    r, st = step["result"], step["status"]
    total = max(1, st["2xx"] + st["4xx"] + st["5xx"])
    step["achieved_ratio"] = round(r["qps"] / step["offered_per_s"], 3)
    step["error_share"] = round((st["5xx"] + r["errors"] - r["non2xx"]) / total, 4)
    # saturated: errors, a p99 over 1 s, or the achieved rate no longer following the offered one
    # (less than half of the offered growth since the previous step)
    stalled = prev is not None and (r["qps"] - prev["result"]["qps"]) < 0.5 * (step["offered_per_s"] - prev["offered_per_s"]) \
        * prev["result"]["qps"] / prev["offered_per_s"]
    step["saturated"] = step["error_share"] > 0.01 or r["p99_ms"] > 1000 or stalled
    if step["saturated"] and saturation is None:
        saturation = step["multiple"]
    prev = step
best = max((s for s in mixed if not s["saturated"]), key=lambda s: s["result"]["qps"], default=None)
# how busy the whole machine was, and how much of that was this run's own processes
busy_all = [s["groups"]["machine"]["cpu"] for s in samples if "machine" in s["groups"]]
ours_all = [sum(v["cpu"] for g, v in s["groups"].items() if g != "machine") for s in samples if "machine" in s["groups"]]
contention = {"machine_cpu_avg": round(sum(busy_all) / len(busy_all), 1) if busy_all else None,
              "bench_cpu_avg": round(sum(ours_all) / len(ours_all), 1) if ours_all else None,
              "capacity_cpu": 100 * (os.cpu_count() or 1)}
# flame graphs of the measured services (BENCH_PROFILE=1: lib.sh's profile_stop, bench/flame.py), flame/NAME.json
profiles = {}
for p in sorted((out / "flame").glob("*.json")):
    try:
        d = json.loads(p.read_text())
    except ValueError:
        continue
    profiles[p.stem] = {k: d.get(k) for k in ("title", "generated", "samples", "truncated", "top_self", "top_inclusive",
                                              "by_family", "svg")}
results = {"date": out.name, "mode": mode, "wall_seconds": wall, "machine": machine,
           "note": "load generator, services, Kafka, Keycloak and PostgreSQL share the machine; other builds may have run at the same time",
           "startup": startup, "replicas": replicas, "search": search, "locker_burst": locker, "shift_release": signup,
           "ratings": ratings, "pickup_lag": pickup, "kafka_anchor": kafka, "notifications": notifications,
           "carried_from": carried,
           "national_day": {"steps": mixed, "first_saturated_multiple": saturation,
                            "highest_unsaturated_per_s": best["result"]["qps"] if best else None},
           "contention": contention, "resources": resources, "profiles": profiles}
(out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
if latest:
    latest.write_text(json.dumps(results, indent=2, ensure_ascii=False))


# links in the table are relative to the file it goes into (bench/README.md: results/<date>)
link = os.path.relpath(out.resolve(), readme.resolve().parent)
# ---- the README table ------------------------------------------------------------------------------
def f(v, nd=0):
    if v is None:
        return "—"
    return f"{v:,.{nd}f}"


def jit(share, rounds):
    """The service's JIT compilers during a measured run, as a share of its time (lib.sh, warm_jit): a run
    measured while C2 still compiles measures the compilers too, so the table says how much."""
    if share is None:
        return ""
    return f"; JIT {share * 100:.0f} % of the run after {rounds} warm-up round{'s' if rounds != 1 else ''}"


def wrk_jit(summary):
    """jit() of a summary with a "jit" object (lib.sh, wrk_json when the run knew its JVM; notify-bench.sh)."""
    j = summary.get("jit") or {}
    return jit(j.get("shareMeasured"), j.get("warmupRounds"))


def replica_jit(j):
    """The fan-out's five JVMs' compile time (jstat's, elapsed, so it grows with waiting for a core) summed,
    against the measured pass's wall time."""
    if j.get("shareMeasured") is None:
        return ""
    return (f"; the five JVMs' compile time summed {j['shareMeasured']:.1f} × the pass's, after {j['warmupRounds']} "
            f"warm-up pass{'es' if j['warmupRounds'] != 1 else ''}")


rows = []
st = results["startup"]
if st:
    rows.append(("Start-up, each part to ready (s; services start together)",
                 ", ".join(f"{k} {v}" for k, v in st["ready_s"].items()) + f"; whole `up` {st['platform_up_ms'] / 1000:.0f} s", "—"))
    rows.append(("Demo province (6,000 stations) into the locker, rating and volunteer replicas via Kafka, after `up`",
                 f"{st['replicas_full_ms'] / 1000:.0f} s" if st.get("replicas_full_ms") else
                 f"not complete by the end of the run (rows: {st.get('replica_rows_at_end')})", "—"))
if replicas:
    rep = replicas["replicas"]
    rows.append((f"Every station changed at once ({replicas['changes']:,} in one transaction) → outbox → Kafka → "
                 f"{', '.join(rep)} replicas, warm stack",
                 f"all applied in {replicas['all_applied_s']:.1f} s ("
                 + ", ".join(f"{k} {v['all_applied_s']:.1f} s" for k, v in rep.items())
                 + f"; p50 {', '.join(f(v['p50_ms']) for v in rep.values())} ms); relayed to Kafka in "
                 f"{replicas['relay']['all_published_s']:.1f} s"
                 + replica_jit(replicas.get("jit") or {}), "target ≤ 5 s"))
for name, ds in search["datasets"].items():
    for kind, label in ((k, v) for k, v in SEARCH_KINDS.items() if k in ds):
        s, p = ds[kind]["service"], ds[kind]["pgbench"]
        rows.append((f"{label}, {ds['stations']:,} stations (load {ds['load_ms'] / 1000:.0f} s)",
                     f"{f(s['qps'])} q/s, p50 {f(s['p50_ms'], 1)} / p99 {f(s['p99_ms'], 1)} ms; pgbench {f(p['qps'])} q/s"
                     + wrk_jit(s),
                     f"{ds[kind]['service_to_pgbench']:.2f} of pgbench"))
OPEN_LOOP = (("nearby_open", "Nearby search", "p99 target ≤ 20 ms"), ("map_open", "Map, a province-wide view,", "p99 target ≤ 50 ms"))
for key, label, target in OPEN_LOOP:
    for name, ds in search["datasets"].items():
        o = ds.get(key)
        if o:
            s = o["service"]
            rows.append((f"{label} open-loop at half the closed-loop rate, {ds['stations']:,} stations",
                         f"offered {o['offered_per_s']:,}/s, achieved {f(s['qps'])}/s, p50 {f(s['p50_ms'], 1)} / p99 {f(s['p99_ms'], 1)} ms; "
                         f"{s.get('late_sends', 0):,} of {s.get('slots', 0):,} sends behind schedule by > 5 ms", target))
if locker:
    sc, am = locker["scarce"], locker["ample"]
    rows.append((f"Morning peak: {sc['requests']:,} workers for {sc['units']} units",
                 f"{f(sc['requestsPerSecond'])} req/s, p99 {f(sc['p99ms'])} ms; {sc['dbReserved']} reserved, oversold {sc['oversold']}"
                 + ("" if locker["zeroOversell"] else " (**CHECK FAILED**)") + jit(sc.get("jitShare"), locker.get("warmupRounds")), "—"))
    rows.append(("Reservations, ample stock", f"{f(am['reservationsPerSecond'])} /s, p50 {f(am['p50ms'])} / p99 {f(am['p99ms'])} ms; "
                 f"pgbench, the whole transaction, {f(locker.get('pgbench', {}).get('qps'))} tx/s"
                 + jit(am.get("jitShare"), locker.get("warmupRounds")), f"{locker.get('ample_to_pgbench') or 0:.2f} of pgbench"))
if signup:
    d = signup["driver"]
    rows.append((f"Shift release: {signup['volunteers']:,} volunteers for {signup['capacity']} places",
                 f"{f(d['signupsPerSecond'])} sign-ups/s, p99 {f(d['p99Ms'])} ms; {signup['db']['confirmed']} confirmed, "
                 f"{signup['db']['waitlisted']} waitlisted", "—"))
if ratings["wrk"]:
    w, lag, ob = ratings["wrk"], ratings["lag"] or {}, ratings["outbox"] or {}
    rows.append(("Ratings stream (anonymous QR)", f"{f(w['qps'])} ratings/s, p50 {f(w['p50_ms'], 1)} / p99 {f(w['p99_ms'], 1)} ms, "
                 f"{w['non2xx'] + w['errors']} errors" + wrk_jit(w),
                 f"{ratings['to_pgbench']:.2f} of pgbench, the same statements ({f(ratings['pgbench']['qps'])} tx/s)"
                 if ratings.get("to_pgbench") is not None else "—"))
    if lag:
        a, b = lag["to_satisfaction_report"], lag["to_station_rating_signal"]
        rows.append(("Lag rating → satisfaction report / → station-service signal (Kafka), p50 / p99",
                     f"{f(a['p50_ms'])} / {f(a['p99_ms'])} ms; {f(b['p50_ms'])} / {f(b['p99_ms'])} ms (lost {b['lost']})",
                     f"Kafka producer p50 {f(kafka.get('producer_paced_500', {}).get('p50_ms'))} ms at 500/s"))
    if ob:
        rows.append(("Outbox → `rating-events` during the stream, p50 / p99", f"{f(ob['p50_ms'])} / {f(ob['p99_ms'])} ms over {ob['events']:,} events; drained {ob['drain_ms'] / 1000:.1f} s after", "—"))
if pickup:
    a = pickup["to_station_activity"]
    rows.append(("Lag locker pickup → station_activity (Kafka), p50 / p99", f"{f(a['p50_ms'])} / {f(a['p99_ms'])} ms (lost {a['lost']})", "—"))
if notifications:
    n = notifications
    rows.append((f"Notifications: shift reminders at {n['offered_per_s']:,}/s for {n['seconds']} s to {n['subscribers']:,} subscribers "
                 "→ per-person feeds (partner-service)",
                 f"{f(n['notifications_per_s'])} notifications/s; event → feed p50 {f(n['p50_ms'], 1)} / p99 {f(n['p99_ms'], 1)} ms "
                 f"(max {f(n['max_ms'], 1)}); stored {n['stored']:,} of {n['events']:,}, {n['texts']:,} text messages queued"
                 + wrk_jit(n),
                 f"{n['notifications_per_s'] / n['offered_per_s']:.2f} of offered" if n.get("notifications_per_s") else "—"))
if kafka:
    rows.append((f"Kafka anchor: ProducerPerformance / ConsumerPerformance ({kafka['record_bytes']} B)",
                 f"{f(kafka['producer']['records_per_s'])} / {f(kafka['consumer']['records_per_s'])} records/s flat out; paced at 500/s: p50 "
                 f"{f(kafka.get('producer_paced_500', {}).get('p50_ms'))} / p99 {f(kafka.get('producer_paced_500', {}).get('p99_ms'))} ms", "anchor"))
for s in mixed:
    r = s["result"]
    rows.append((f"National day ×{s['multiple']} (offered {s['offered_per_s']:,}/s, mixed, via portal)",
                 f"{f(r['qps'])} req/s, p50 {f(r['p50_ms'], 1)} / p99 {f(r['p99_ms'], 1)} ms, 5xx {s['status']['5xx']}, 4xx {s['status']['4xx']}"
                 + (" — **saturated**" if s["saturated"] else ""), f"{s['achieved_ratio']:.2f} of offered"))
if contention["machine_cpu_avg"] is not None:
    rows.insert(0, ("Machine during the run (CPU, % of one core; the machine has "
                    f"{contention['capacity_cpu']} %)", f"busy {f(contention['machine_cpu_avg'])} % on average, of which this run's "
                    f"processes {f(contention['bench_cpu_avg'])} %; the rest is other work on the machine", "—"))
table = [f"Last run: {results['date']} ({mode}, {wall // 60} min {wall % 60} s), {machine['cores']} cores, {machine['memory_gb']} GB "
         f"({machine['cpu']}), PostgreSQL {machine['postgres']}; load generator, services, Kafka, Keycloak and PostgreSQL on the same "
         f"cores. Generated from [{link}/results.json]({link}/results.json) by "
         f"`./platform bench`; charts: [report.html]({link}/report.html)."
         + (f" Only some scenarios ran; the rows of the others are carried over from the full run of {carried}." if carried else "")
         + (f" **Profiled** (`BENCH_PROFILE=1`): Java Flight Recorder ran on the measured services during {len(profiles)} loads, so "
            "their figures carry its overhead; the flame graphs are in [flame/]" f"({link}/flame/)." if profiles else ""), "",
         "| Scenario | Figure | Ratio to anchor |", "|---|---|---|"]
table += [f"| {a} | {b} | {c} |" for a, b, c in rows]
if saturation is not None:
    table += ["", f"The mixed workload first saturated at ×{saturation} of the national average (27 visits/s); the highest "
              f"unsaturated rate was {f(results['national_day']['highest_unsaturated_per_s'])} requests/s."]
text = readme.read_text()
b, e = "\n<!-- bench:begin -->\n", "\n<!-- bench:end -->\n"   # the markers on lines of their own, not quoted in prose
if b in text and e in text:
    text = text[:text.index(b) + len(b)] + "\n".join(table) + text[text.index(e):]
    readme.write_text(text)
(out / "table.md").write_text("\n".join(table) + "\n")


# ---- report.html -----------------------------------------------------------------------------------
COLORS = ["#c0392b", "#2874a6", "#239b56", "#b9770e", "#7d3c98", "#17a589", "#566573", "#d35400", "#1f618d", "#a93226", "#5d6d7e"]


def bars(title, labels, series, unit, width=720):
    """Grouped bars: series = [(name, [values])]."""
    h, top, left, bottom = 260, 30, 60, 60
    vmax = max([v for _, vs in series for v in vs if v] + [1]) * 1.1
    n, k = len(labels), len(series)
    gw = (width - left - 20) / max(1, n)
    bw = gw * 0.8 / max(1, k)
    s = [f'<svg width="{width}" height="{h + bottom}" xmlns="http://www.w3.org/2000/svg" font-size="11" font-family="sans-serif">',
         f'<text x="{left}" y="16" font-size="13" font-weight="bold">{html.escape(title)}</text>',
         f'<line x1="{left}" y1="{top + h - top}" x2="{width - 10}" y2="{top + h - top}" stroke="#333"/>']
    for t in range(5):
        y = top + (h - 2 * top) * (1 - t / 4)
        s.append(f'<text x="{left - 4}" y="{y + 4}" text-anchor="end">{vmax * t / 4:,.0f}</text>'
                 f'<line x1="{left}" y1="{y}" x2="{width - 10}" y2="{y}" stroke="#eee"/>')
    for i, lab in enumerate(labels):
        for j, (_, vs) in enumerate(series):
            v = vs[i] or 0
            bh = (h - 2 * top) * v / vmax
            x = left + i * gw + gw * 0.1 + j * bw
            s.append(f'<rect x="{x:.1f}" y="{h - top - bh:.1f}" width="{bw:.1f}" height="{bh:.1f}" fill="{COLORS[j % len(COLORS)]}">'
                     f'<title>{html.escape(series[j][0])}: {v:,.1f} {unit}</title></rect>')
        s.append(f'<text x="{left + i * gw + gw / 2:.1f}" y="{h - top + 14}" text-anchor="middle">{html.escape(lab)}</text>')
    for j, (name, _) in enumerate(series):
        s.append(f'<rect x="{left + j * 150}" y="{h + 10}" width="10" height="10" fill="{COLORS[j % len(COLORS)]}"/>'
                 f'<text x="{left + j * 150 + 14}" y="{h + 19}">{html.escape(name)}</text>')
    s.append(f'<text x="{left}" y="{h + 40}" font-size="10">({html.escape(unit)})</text></svg>')
    return "\n".join(s)


def lines(title, xs, series, unit, xlabel, width=720, log=False):
    h, top, left = 260, 30, 60
    vmax = max([v for _, vs in series for v in vs if v] + [1]) * 1.1
    xmax = max(xs + [1])
    px = lambda x: left + (width - left - 20) * (x / xmax)
    py = lambda v: top + (h - 2 * top) * (1 - (v or 0) / vmax)
    s = [f'<svg width="{width}" height="{h + 40}" xmlns="http://www.w3.org/2000/svg" font-size="11" font-family="sans-serif">',
         f'<text x="{left}" y="16" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for t in range(5):
        y = top + (h - 2 * top) * (1 - t / 4)
        s.append(f'<text x="{left - 4}" y="{y + 4}" text-anchor="end">{vmax * t / 4:,.0f}</text>'
                 f'<line x1="{left}" y1="{y}" x2="{width - 10}" y2="{y}" stroke="#eee"/>')
    for x in xs:
        s.append(f'<text x="{px(x):.1f}" y="{h - top + 14}" text-anchor="middle">{x:,}</text>')
    for j, (name, vs) in enumerate(series):
        pts = " ".join(f"{px(x):.1f},{py(v):.1f}" for x, v in zip(xs, vs) if v is not None)
        s.append(f'<polyline points="{pts}" fill="none" stroke="{COLORS[j % len(COLORS)]}" stroke-width="2"/>')
        s += [f'<circle cx="{px(x):.1f}" cy="{py(v):.1f}" r="3" fill="{COLORS[j % len(COLORS)]}"><title>{name}: {v:,.1f}</title></circle>'
              for x, v in zip(xs, vs) if v is not None]
        s.append(f'<rect x="{left + j * 170}" y="{h + 10}" width="10" height="10" fill="{COLORS[j % len(COLORS)]}"/>'
                 f'<text x="{left + j * 170 + 14}" y="{h + 19}">{html.escape(name)}</text>')
    s.append(f'<text x="{width - 10}" y="{h - top + 28}" text-anchor="end">{html.escape(xlabel)}</text>'
             f'<text x="12" y="{top + 4}" font-size="10">{html.escape(unit)}</text></svg>')
    return "\n".join(s)


charts = []
sd = search["datasets"]
if sd:
    labels = [f"{v['stations']:,}" for v in sd.values()]
    charts.append(bars("Search throughput: service vs the same SQL in pgbench", labels,
                       [(f"{k} {who}", [v[k][who]["qps"] for v in sd.values()])
                        for k in SEARCH_KINDS if all(k in v for v in sd.values()) for who in ("service", "pgbench")], "queries/s"))
    charts.append(bars("Search latency (service) by stations", labels,
                       [(f"{k} {p}", [v[k]["service"][f"{p}_ms"] for v in sd.values()])
                        for k in SEARCH_KINDS if all(k in v for v in sd.values()) for p in ("p50", "p99")], "ms"))
if mixed:
    xs = [s["offered_per_s"] for s in mixed]
    charts.append(lines("National day: offered vs achieved (mixed, via the portal)", xs,
                        [("offered", xs), ("achieved", [s["result"]["qps"] for s in mixed])], "requests/s", "offered requests/s"))
    charts.append(lines("National day: latency percentiles", xs,
                        [(p, [s["result"][f"{p}_ms"] for s in mixed]) for p in ("p50", "p90", "p99")], "ms", "offered requests/s"))
lat_labels, lat_series = [], {"p50": [], "p99": []}
for lab, d50, d99 in ([("locker scarce", locker.get("scarce", {}).get("p50ms"), locker.get("scarce", {}).get("p99ms")),
                       ("locker ample", locker.get("ample", {}).get("p50ms"), locker.get("ample", {}).get("p99ms"))] if locker else []) + \
        ([("sign-up", None, signup["driver"]["p99Ms"])] if signup else []) + \
        ([("rating", ratings["wrk"]["p50_ms"], ratings["wrk"]["p99_ms"])] if ratings["wrk"] else []) + \
        ([("rating→signal", ratings["lag"]["to_station_rating_signal"]["p50_ms"], ratings["lag"]["to_station_rating_signal"]["p99_ms"])]
         if ratings["lag"] else []) + \
        ([("pickup→activity", pickup["to_station_activity"]["p50_ms"], pickup["to_station_activity"]["p99_ms"])] if pickup else []):
    lat_labels.append(lab); lat_series["p50"].append(d50); lat_series["p99"].append(d99)
if lat_labels:
    charts.append(bars("Writes and end-to-end lags: p50 / p99", lat_labels, list(lat_series.items()), "ms", width=820))
if resources:
    groups = sorted({g for r in resources.values() for g in r["groups"]})
    names = list(resources)
    charts.append(bars("CPU per phase (average, % of one core)", names,
                       [(g, [resources[n]["groups"].get(g, {}).get("cpu_avg") for n in names]) for g in groups], "% CPU", width=1100))
    charts.append(bars("Peak RSS per phase", names,
                       [(g, [resources[n]["groups"].get(g, {}).get("rss_max_mb") for n in names]) for g in groups], "MB", width=1100))
if st:
    charts.append(bars("Start-up: each part to ready", list(st["ready_s"]), [("seconds", list(st["ready_s"].values()))], "s"))
pct = lambda v: f"{v * 100:.1f} %"
flame_rows = "".join(
    f'<tr><td><a href="flame/{html.escape(pr["svg"] or n + ".svg")}">{html.escape(pr["title"] or n)}</a><br><small>{html.escape(pr["generated"] or "")}'
    f'</small></td><td>{pr["samples"] or 0:,}' + (f'<br><small>{pr["truncated"]:,} truncated</small>' if pr.get("truncated") else "") + "</td>"
    f'<td>{"<br>".join(f"{pct(v)} {html.escape(fr)}" for fr, v in (pr["top_self"] or [])[:6])}</td>'
    f'<td>{"<br>".join(f"{pct(v)} {html.escape(fr)}" for fr, v in (pr["top_inclusive"] or [])[:6])}</td>'
    f'<td>{"<br>".join(f"{html.escape(k)} {pct(v)}" for k, v in (pr["by_family"] or {}).items())}</td></tr>'
    for n, pr in profiles.items())
flame_section = "" if not profiles else f"""<h2>火焰图 / Flame graphs (JFR, BENCH_PROFILE=1)</h2>
<p>Java Flight Recorder (<code>settings=profile</code>) on the measured JVM over each measured load, turned into flame graphs by
<code>bench/flame.py</code> (the recordings, <code>.collapsed</code> stacks and figures are beside the SVGs in <code>flame/</code>).
Shares are of the execution samples; "our frames, inclusive" counts a sample once when an <code>io.yizhan.</code> frame is anywhere on
its stack; families are the share of samples with a frame of the family on the stack. A profiled run's figures carry JFR's overhead.</p>
<table><tr><th>recording</th><th>samples</th><th>top frames, self time</th><th>our frames, inclusive</th><th>families</th></tr>{flame_rows}</table>
"""
res_rows = "".join(f"<tr><td>{html.escape(n)}</td><td>{html.escape(g)}</td><td>{v['cpu_avg']}</td><td>{v['cpu_max']}</td><td>{v['rss_max_mb']}</td></tr>"
                   for n, r in resources.items() for g, v in r["groups"].items())
page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Yizhan 驿站 benchmark {results['date']}</title>
<style>body{{font-family:sans-serif;max-width:1150px;margin:2em auto}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:3px 8px;font-size:13px}}svg{{display:block;margin:1.5em 0}}</style>
</head><body><h1>驿站基准测试 / Yizhan benchmark — {results['date']} ({mode})</h1>
<p>{machine['cores']} cores, {machine['memory_gb']} GB, {html.escape(machine['cpu'])}; PostgreSQL {html.escape(machine['postgres'])};
{html.escape(machine['java'])}. Whole run {wall // 60} min {wall % 60} s. {html.escape(results['note'])}.</p>
<h2>表 / Table</h2>
<table><tr><th>Scenario</th><th>Figure</th><th>Ratio to anchor</th></tr>
{''.join(f'<tr><td>{html.escape(a)}</td><td>{html.escape(b.replace("**", ""))}</td><td>{html.escape(c)}</td></tr>' for a, b, c in rows)}</table>
<h2>图 / Charts</h2>
{''.join(charts)}
<h2>资源 / Resources (from /proc, 1 s samples)</h2>
<table><tr><th>phase</th><th>process group</th><th>CPU avg %</th><th>CPU max %</th><th>RSS max MB</th></tr>{res_rows}</table>
{flame_section}</body></html>
"""
(out / "report.html").write_text(page)
print("\n".join(table))
