-- wrk script: POST /api/v1/stations/along-route with a 6-point route of about 10 km starting within
-- ±0.05° of one of the ten Fujian city centres, heading a random way (as route.sql); corridor 500 m,
-- limit 20, no filters. Token from BENCH_TOKEN; done() writes a JSON summary to BENCH_OUT.
local centres = {
  {26.082, 119.296}, {24.479, 118.110}, {24.510, 117.654}, {24.900, 118.600}, {26.234, 117.608},
  {25.431, 119.015}, {26.637, 118.182}, {25.098, 117.037}, {26.660, 119.527}, {25.503, 119.790}}
local token = os.getenv("BENCH_TOKEN")
local summary = require("summary")

request = function()
  local c = centres[math.random(#centres)]
  local lat = c[1] + math.random(-500, 500) / 10000.0
  local lon = c[2] + math.random(-500, 500) / 10000.0
  local dlat, dlon = math.random(-200, 200) / 10000.0, math.random(-200, 200) / 10000.0
  local pts = {}
  for i = 0, 5 do pts[#pts + 1] = string.format('{"lat":%.5f,"lon":%.5f}', lat + i * dlat, lon + i * dlon) end
  local body = '{"points":[' .. table.concat(pts, ",") .. '],"corridor":500,"limit":20}'
  return wrk.format("POST", "/api/v1/stations/along-route",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

done = summary.done
