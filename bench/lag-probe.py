#!/usr/bin/env python3
"""End-to-end lags through the stack, one probe after another, while other load may run.

rating:  an anonymous QR rating (POST /api/v1/ratings) → (a) rating-service's satisfaction report
         counts it (synchronous: no Kafka), (b) station-service's evaluation has its rating_signal row
         (outbox → rating-events → station-service's consumer).
pickup:  a reservation's pickup confirmed by the locker (POST .../pickups/{tx}/confirm) → station-service
         has the station_activity row (kind PICKUP) that counts as the station's use (locker-events).
Lags are measured from the moment the triggering request was answered; the database is polled
every 20 ms with psql. Prints one JSON object.
Usage: lag-probe.py rating BASE ADMIN_TOKEN STATIONS_FILE PROBES STATION_DB PGPORT
       lag-probe.py pickup BASE WORKER_TOKEN DEVICE_TOKEN LOCKERS_FILE PROBES STATION_DB PGPORT
"""
import json
import subprocess
import sys
import time
import urllib.request


def call(base, method, path, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read() or b"null")


def sql(db, port, query):
    return subprocess.run(["psql", "-X", "-At", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-d", db, "-c", query],
                          capture_output=True, text=True, check=True).stdout.strip()


def wait_row(db, port, query, t0, limit=120.0):
    while time.monotonic() - t0 < limit:
        if sql(db, port, query) != "0":
            return (time.monotonic() - t0) * 1000
        time.sleep(0.02)
    return None


def pct(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))], 1) if values else None


def stats(values):
    ok = [v for v in values if v is not None]
    return {"n": len(ok), "lost": len(values) - len(ok), "p50_ms": pct(ok, 50), "p99_ms": pct(ok, 99),
            "max_ms": round(max(ok), 1) if ok else None}


mode, base = sys.argv[1], sys.argv[2]
if mode == "rating":
    admin, stations_file, probes, db, port = sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6], sys.argv[7]
    stations = [line.split() for line in open(stations_file) if line.strip()]
    report, signal, post = [], [], []
    for i in range(probes):
        sid, qr = stations[(i * 37) % len(stations)]
        seen = call(base, "GET", "/api/v1/satisfaction/stations/" + sid, admin)["windows"][0]["ratings"]
        t = time.monotonic()
        rating = call(base, "POST", "/api/v1/ratings", None, {"stationId": sid, "score": 4, "qrToken": qr})
        t0 = time.monotonic()
        post.append((t0 - t) * 1000)
        while call(base, "GET", "/api/v1/satisfaction/stations/" + sid, admin)["windows"][0]["ratings"] <= seen:
            time.sleep(0.005)
        report.append((time.monotonic() - t0) * 1000)
        signal.append(wait_row(db, port, f"SELECT count(*) FROM rating_signal WHERE rating_id = '{rating['id']}'", t0))
        time.sleep(0.1)
    print(json.dumps({"probes": probes, "post": stats(post), "to_satisfaction_report": stats(report),
                      "to_station_rating_signal": stats(signal)}))
else:
    worker, device, lockers_file, probes, db, port = sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6]), sys.argv[7], sys.argv[8]
    locker, item = open(lockers_file).readline().split()
    lags = []
    for i in range(probes):
        r = call(base, "POST", "/api/v1/reservations", worker, {"lockerId": locker, "itemId": item})
        p = call(base, "POST", f"/api/v1/lockers/{locker}/pickups", device, {"code": r["pickupCode"]})
        call(base, "POST", f"/api/v1/lockers/{locker}/pickups/{p['transactionId']}/confirm", device)
        t0 = time.monotonic()
        lags.append(wait_row(db, port, f"SELECT count(*) FROM station_activity WHERE kind = 'PICKUP' AND source_id = '{r['id']}'", t0))
        time.sleep(0.1)
    print(json.dumps({"probes": probes, "to_station_activity": stats(lags)}))
