-- wrk script: GET /api/v1/stations/nearby at a random point near one of the ten Fujian city centres
-- (wrklib.point, as nearby.sql), radius 3000 m, amenity microwave, open on a Wednesday at 10:00.
-- The bearer token comes from BENCH_TOKEN; done() writes a JSON summary to BENCH_OUT.
local lib = require("wrklib")
local token = os.getenv("BENCH_TOKEN")

request = function()
  local lat, lon = lib.point()
  local path = string.format("/api/v1/stations/nearby?lat=%.5f&lon=%.5f&radius=3000&limit=20&amenities=microwave"
    .. "&openAt=2026-03-11T10:00:00%%2B08:00", lat, lon)
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token})
end

done = lib.done
