#!/usr/bin/env python3
"""Lag from a rating to the satisfaction report that counts it.

For each probe: a worker rates a probe station (POST /api/v1/ratings, bearer token), then the station's
report (GET /api/v1/satisfaction/stations/{id}) is read until its 7-day count includes that rating.
Prints one JSON object: probes, p50/p95/max of the lag in ms and of the POST alone.
Usage: rating-probe.py BASE_URL WORKER_TOKENS_FILE ADMIN_TOKEN STATIONS_FILE PROBES (one worker token per line, one per probe)
"""
import json
import sys
import time
import urllib.request

base, workers_file, admin, stations_file, probes = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
workers = [line.strip() for line in open(workers_file) if line.strip()]
stations = [line.split()[0] for line in open(stations_file) if line.strip()]


def call(method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return resp.status, json.loads(resp.read())


lags, posts = [], []
for i in range(probes):
    station = stations[i % len(stations)]
    _, before = call("GET", "/api/v1/satisfaction/stations/" + station, admin)
    seen = before["windows"][0]["ratings"]
    t0 = time.monotonic()
    call("POST", "/api/v1/ratings", workers[i], {"stationId": station, "score": 3})
    t1 = time.monotonic()
    while True:
        _, report = call("GET", "/api/v1/satisfaction/stations/" + station, admin)
        if report["windows"][0]["ratings"] > seen:
            break
        time.sleep(0.005)
    t2 = time.monotonic()
    posts.append((t1 - t0) * 1000)
    lags.append((t2 - t0) * 1000)
    time.sleep(0.2)


def pct(values, p):
    values = sorted(values)
    return round(values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))], 1)


print(json.dumps({"probes": probes, "lagMs": {"p50": pct(lags, 50), "p95": pct(lags, 95), "max": round(max(lags), 1)},
                  "postMs": {"p50": pct(posts, 50), "p95": pct(posts, 95), "max": round(max(posts), 1)}}))
