-- Shared by the wrk scripts (found through LUA_PATH, which bench/lib.sh sets):
--   point()  a random point within ±0.05° (about 5 km) of one of the ten Fujian city centres, the
--            same list as nearby.sql and route.sql;
--   done()   writes one JSON summary (rate, errors, latency percentiles in ms) to the file named by
--            the environment variable BENCH_OUT (nothing when it is unset);
--   pacer()  an open-model schedule for wrk's delay(): see below.
local M = {}

M.centres = {
  {26.082, 119.296}, {24.479, 118.110}, {24.510, 117.654}, {24.900, 118.600}, {26.234, 117.608},
  {25.431, 119.015}, {26.637, 118.182}, {25.098, 117.037}, {26.660, 119.527}, {25.503, 119.790}}

function M.point()
  local c = M.centres[math.random(#M.centres)]
  return c[1] + math.random(-500, 500) / 10000.0, c[2] + math.random(-500, 500) / 10000.0
end

-- pacer(rate, conns_per_thread): a delay() for wrk that offers `rate` requests/s over all threads (each
-- thread one schedule of exponential gaps, its connections taking the send times in turn), and counts
-- how late the sends were against that schedule. wrk times a request from its actual send, so its
-- latency is the open-loop latency only while sends keep to the schedule: `late` (sends more than 5 ms
-- behind their slot) and `slots` are globals that done() adds up over the threads to show it.
-- Schedule debt beyond 1 s is dropped, so a saturated run shows up as a lower achieved rate.
local ffi = require("ffi")
ffi.cdef[[
  typedef struct { long tv_sec; long tv_nsec; } timespec_t;
  int clock_gettime(int clk, timespec_t *ts);
]]
local ts = ffi.new("timespec_t")
function M.now_ms()
  ffi.C.clock_gettime(1, ts)   -- CLOCK_MONOTONIC
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

late, slots = 0, 0
function M.pacer(rate, conns_per_thread, threads)
  local pause_ms = 1000.0 * conns_per_thread * threads / rate
  local next_send = nil
  return function()
    local t = M.now_ms()
    if next_send and t - next_send > 5 then late = late + 1 end
    slots = slots + 1
    next_send = math.max(next_send or t, t - 1000) + -math.log(1 - math.random()) * pause_ms / conns_per_thread
    return math.max(0, next_send - t)
  end
end

-- threads seen by setup(), for done() to read the pacer's counts from (set setup = lib.setup)
M.threads = {}
function M.setup(thread)
  M.threads[#M.threads + 1] = thread
end

function M.done(summary, latency, requests)
  if not os.getenv("BENCH_OUT") then return end
  local seconds = summary.duration / 1e6
  local e = summary.errors
  local paced = ""
  if #M.threads > 0 and M.threads[1]:get("slots") > 0 then
    local l, n = 0, 0
    for _, t in ipairs(M.threads) do l, n = l + t:get("late"), n + t:get("slots") end
    paced = string.format(', "late_sends": %d, "slots": %d', l, n)
  end
  local f = io.open(os.getenv("BENCH_OUT"), "w")
  f:write(string.format('{"requests": %d, "seconds": %.3f, "qps": %.1f, "errors": %d, "non2xx": %d, '
    .. '"p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "mean_ms": %.3f%s}\n',
    summary.requests, seconds, summary.requests / seconds, e.status + e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, paced))
  f:close()
end

return M
