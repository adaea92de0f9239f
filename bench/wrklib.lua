-- Shared by the wrk scripts (found through LUA_PATH, which bench/lib.sh sets):
--   point()  a random point within ±0.05° (about 5 km) of one of the ten Fujian city centres, the
--            same list as nearby.sql and route.sql;
--   done()   writes one JSON summary (rate, errors, latency percentiles in ms) to the file named by
--            the environment variable BENCH_OUT (nothing when it is unset).
local M = {}

M.centres = {
  {26.082, 119.296}, {24.479, 118.110}, {24.510, 117.654}, {24.900, 118.600}, {26.234, 117.608},
  {25.431, 119.015}, {26.637, 118.182}, {25.098, 117.037}, {26.660, 119.527}, {25.503, 119.790}}

function M.point()
  local c = M.centres[math.random(#M.centres)]
  return c[1] + math.random(-500, 500) / 10000.0, c[2] + math.random(-500, 500) / 10000.0
end

function M.done(summary, latency, requests)
  if not os.getenv("BENCH_OUT") then return end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local f = io.open(os.getenv("BENCH_OUT"), "w")
  f:write(string.format('{"requests": %d, "seconds": %.3f, "qps": %.1f, "errors": %d, "non2xx": %d, '
    .. '"p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f}\n',
    summary.requests, seconds, summary.requests / seconds, e.status + e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000))
  f:close()
end

return M
