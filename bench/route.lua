-- wrk script: POST /api/v1/stations/along-route with a 6-point route of about 10 km starting near one
-- of the ten Fujian city centres (wrklib.point), heading a random way (as route.sql); corridor 500 m,
-- limit 20, no filters. Token from BENCH_TOKEN; done() writes a JSON summary to BENCH_OUT.
local lib = require("wrklib")
local token = os.getenv("BENCH_TOKEN")

request = function()
  local lat, lon = lib.point()
  local dlat, dlon = math.random(-200, 200) / 10000.0, math.random(-200, 200) / 10000.0
  local pts = {}
  for i = 0, 5 do pts[#pts + 1] = string.format('{"lat":%.5f,"lon":%.5f}', lat + i * dlat, lon + i * dlon) end
  local body = '{"points":[' .. table.concat(pts, ",") .. '],"corridor":500,"limit":20}'
  return wrk.format("POST", "/api/v1/stations/along-route",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

done = lib.done
