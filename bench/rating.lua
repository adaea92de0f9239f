-- wrk script: anonymous ratings with each station's QR token, spread over the bench stations.
-- Reads "stationId token" lines from the file named by env RATING_STATIONS.
local stations = {}
local scores = {5, 4, 4, 3, 5, 2, 4, 5, 3, 1}
local tags = {'["clean"]', '["water_out"]', '["crowded","friendly"]', '[]'}

function init(args)
  for line in io.lines(os.getenv("RATING_STATIONS")) do
    local id, token = line:match("^(%S+)%s+(%S+)$")
    if id then stations[#stations + 1] = {id = id, token = token} end
  end
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

function request()
  local s = stations[math.random(#stations)]
  local body = string.format(
    '{"stationId":"%s","score":%d,"dimensions":{"environment":%d,"service":%d},"tags":%s,"qrToken":"%s"}',
    s.id, scores[math.random(#scores)], math.random(5), math.random(5), tags[math.random(#tags)], s.token)
  return wrk.format("POST", "/api/v1/ratings", {["Content-Type"] = "application/json"}, body)
end

done = require("wrklib").done
