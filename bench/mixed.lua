-- wrk script: the compressed national day, a mix of what workers do, paced to an offered rate.
-- Per request: 35 % nearby search, 30 % station page, 20 % anonymous QR rating, 10 % locker
-- reservation (each one made is cancelled by a later request, so the worker's quota never runs out),
-- 5 % shift sign-up / cancel (volunteer1, one shift after another). Each connection keeps its own
-- schedule of send times, exponential gaps with mean CONNECTIONS / BENCH_RATE seconds, and waits only
-- for the next one, so the run offers about BENCH_RATE requests/s as long as each connection's answer
-- comes back before its next send time; when answers come later, the achieved rate falls behind.
-- Environment: BENCH_TOKEN (worker1), BENCH_VOL_TOKEN (volunteer1), BENCH_RATE, BENCH_CONNS,
-- BENCH_DATA (a directory with stations.txt "id qrToken", lockers.txt "lockerId itemId", shifts.txt "id"),
-- BENCH_OUT (JSON summary, with status classes).
local lib = require("wrklib")
local threads = {}
local n = 0

function setup(thread)
  n = n + 1
  thread:set("tid", n)
  threads[#threads + 1] = thread
  lib.setup(thread)
end

local function lines(file)
  local t = {}
  for line in io.lines(os.getenv("BENCH_DATA") .. "/" .. file) do
    local a, b = line:match("^(%S+)%s*(%S*)$")
    if a then t[#t + 1] = {a, b} end
  end
  return t
end

local stations, lockers, shifts, mine, signed, cancels
local token, vtoken, pace   -- pace: wrklib.pacer, made in init()
ok2xx, c4xx, c5xx = 0, 0, 0   -- globals: done() reads them from each thread

function init(args)
  stations, lockers, shifts = lines("stations.txt"), lines("lockers.txt"), lines("shifts.txt")
  token, vtoken = os.getenv("BENCH_TOKEN"), os.getenv("BENCH_VOL_TOKEN")
  pace = lib.pacer(tonumber(os.getenv("BENCH_RATE")), tonumber(os.getenv("BENCH_CONNS")) / 2, 2)   -- wrk runs 2 threads
  mine, signed, cancels = {}, {}, {}
  for i = tid, #shifts, 2 do mine[#mine + 1] = shifts[i][1] end   -- wrk runs 2 threads: shifts split between them
  math.randomseed(os.time() + tid * 7919)
end

function delay()
  return pace()
end

local function json_headers(t)
  return {["Authorization"] = "Bearer " .. t, ["Content-Type"] = "application/json"}
end

function request()
  if #cancels > 0 then
    return wrk.format("POST", "/api/v1/reservations/" .. table.remove(cancels) .. "/cancel", json_headers(token))
  end
  local r = math.random(100)
  if r <= 35 then
    local lat, lon = lib.point()
    return wrk.format("GET", string.format("/api/v1/stations/nearby?lat=%.5f&lon=%.5f&radius=3000&limit=20&amenities=microwave",
      lat, lon), {["Authorization"] = "Bearer " .. token})
  elseif r <= 65 then
    return wrk.format("GET", "/api/v1/stations/" .. stations[math.random(#stations)][1], {["Authorization"] = "Bearer " .. token})
  elseif r <= 85 then
    local s = stations[math.random(#stations)]
    return wrk.format("POST", "/api/v1/ratings", {["Content-Type"] = "application/json"},
      string.format('{"stationId":"%s","score":%d,"qrToken":"%s"}', s[1], math.random(5), s[2]))
  elseif r <= 95 then
    local l = lockers[math.random(#lockers)]
    return wrk.format("POST", "/api/v1/reservations", json_headers(token),
      string.format('{"lockerId":"%s","itemId":"%s"}', l[1], l[2]))
  else
    local shift = mine[math.random(#mine)]
    if signed[shift] then
      signed[shift] = nil
      return wrk.format("DELETE", "/api/v1/shifts/" .. shift .. "/signups/me", {["Authorization"] = "Bearer " .. vtoken})
    end
    signed[shift] = true
    return wrk.format("POST", "/api/v1/shifts/" .. shift .. "/signups", {["Authorization"] = "Bearer " .. vtoken})
  end
end

function response(status, headers, body)
  if status < 300 then ok2xx = ok2xx + 1 elseif status < 500 then c4xx = c4xx + 1 else c5xx = c5xx + 1 end
  if status == 201 and body and body:find('"status":"RESERVED"', 1, true) then
    local id = body:match('"id":"([%x%-]+)"')
    if id then cancels[#cancels + 1] = id end
  end
end

function done(s, latency, requests)
  lib.done(s, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do a, b, c = a + t:get("ok2xx"), b + t:get("c4xx"), c + t:get("c5xx") end
  local f = io.open(os.getenv("BENCH_OUT") .. ".status", "w")
  f:write(string.format('{"2xx": %d, "4xx": %d, "5xx": %d}\n', a, b, c))
  f:close()
end
