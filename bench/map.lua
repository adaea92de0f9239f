-- wrk script: GET /api/v1/stations/map for a province-wide view, the same views as map.sql: one of
-- Fujian, Guangdong, Zhejiang, Jiangsu (WGS84 bounds), panned by up to ±0.2°, no filter.
-- The bearer token comes from BENCH_TOKEN; done() writes a JSON summary to BENCH_OUT.
local lib = require("wrklib")
local token = os.getenv("BENCH_TOKEN")

-- min lat, min lon, height, width (degrees)
local provinces = {{23.5, 115.8, 4.8, 4.9}, {20.2, 109.7, 5.3, 7.6}, {27.0, 118.0, 4.2, 4.9}, {30.7, 116.3, 4.4, 5.6}}

request = function()
  local p = provinces[math.random(#provinces)]
  local lat = p[1] + math.random(-20, 20) / 100.0
  local lon = p[2] + math.random(-20, 20) / 100.0
  local path = string.format("/api/v1/stations/map?minLat=%.2f&minLon=%.2f&maxLat=%.2f&maxLon=%.2f", lat, lon, lat + p[3], lon + p[4])
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

done = lib.done
