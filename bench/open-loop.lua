-- wrk script: the requests of another script (BENCH_OF: nearby or map, its request() and done()) offered
-- open-loop at BENCH_RATE requests/s (wrklib.pacer: a send schedule of exponential gaps, not "send when the
-- last answer came"), on BENCH_CONNS connections over wrk's two threads, so that the latency is that of
-- requests arriving at that rate. Its summary says how many sends fell behind their slot (late_sends of
-- slots): near none, wrk's latency is the open-loop one.
require(os.getenv("BENCH_OF"))   -- found through LUA_PATH as wrklib is
local lib = require("wrklib")
local pace

setup = lib.setup

function init(args)
  pace = lib.pacer(tonumber(os.getenv("BENCH_RATE")), tonumber(os.getenv("BENCH_CONNS")) / 2, 2)
end

function delay()
  return pace()
end
