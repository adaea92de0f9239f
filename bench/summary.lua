-- Shared by the wrk scripts: done() writes one JSON summary (rate, errors, latency percentiles in ms)
-- to the file named by the environment variable BENCH_OUT.
local M = {}
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
