-- wrk script: nearby.lua's requests offered open-loop at BENCH_RATE requests/s (wrklib.pacer: a send
-- schedule of exponential gaps, not "send when the last answer came"), on BENCH_CONNS connections over
-- wrk's two threads, so that the latency is that of requests arriving at that rate. Its summary says how
-- many sends fell behind their slot (late_sends of slots): near none, wrk's latency is the open-loop one.
local lib = require("wrklib")
local token = os.getenv("BENCH_TOKEN")
local pace

setup = lib.setup

function init(args)
  pace = lib.pacer(tonumber(os.getenv("BENCH_RATE")), tonumber(os.getenv("BENCH_CONNS")) / 2, 2)
end

function delay()
  return pace()
end

request = function()
  local lat, lon = lib.point()
  local path = string.format("/api/v1/stations/nearby?lat=%.5f&lon=%.5f&radius=3000&limit=20&amenities=microwave"
    .. "&openAt=2026-03-11T10:00:00%%2B08:00", lat, lon)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

done = lib.done
