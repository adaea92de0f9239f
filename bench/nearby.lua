-- wrk script: GET /api/v1/stations/nearby at a random point within ±0.05° of one of the ten Fujian
-- city centres (as nearby.sql), radius 3000 m, amenity microwave, open on a Wednesday at 10:00.
-- The bearer token comes from the environment (BENCH_TOKEN); done() (summary.lua) writes a JSON
-- summary to the file named by BENCH_OUT.
local centres = {
  {26.082, 119.296}, {24.479, 118.110}, {24.510, 117.654}, {24.900, 118.600}, {26.234, 117.608},
  {25.431, 119.015}, {26.637, 118.182}, {25.098, 117.037}, {26.660, 119.527}, {25.503, 119.790}}
local token = os.getenv("BENCH_TOKEN")
local summary = require("summary")

request = function()
  local c = centres[math.random(#centres)]
  local lat = c[1] + math.random(-500, 500) / 10000.0
  local lon = c[2] + math.random(-500, 500) / 10000.0
  local path = string.format("/api/v1/stations/nearby?lat=%.5f&lon=%.5f&radius=3000&limit=20&amenities=microwave"
    .. "&openAt=2026-03-11T10:00:00%%2B08:00", lat, lon)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

done = summary.done
