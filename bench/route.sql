-- pgbench script: StationSearchRepository.ALONG_ROUTE (station-service) with pgbench variables in place of
-- $1..$11, no filters (as route.lua). A 6-point route of about 10 km starting within ±0.05° of one of the
-- ten Fujian city centres, heading a random way; corridor 500 m, limit 20. Keep in step with that constant.
\set c random(0, 9)
\set clat CASE WHEN :c = 0 THEN 26.082 WHEN :c = 1 THEN 24.479 WHEN :c = 2 THEN 24.510 WHEN :c = 3 THEN 24.900 WHEN :c = 4 THEN 26.234 WHEN :c = 5 THEN 25.431 WHEN :c = 6 THEN 26.637 WHEN :c = 7 THEN 25.098 WHEN :c = 8 THEN 26.660 ELSE 25.503 END
\set clon CASE WHEN :c = 0 THEN 119.296 WHEN :c = 1 THEN 118.110 WHEN :c = 2 THEN 117.654 WHEN :c = 3 THEN 118.600 WHEN :c = 4 THEN 117.608 WHEN :c = 5 THEN 119.015 WHEN :c = 6 THEN 118.182 WHEN :c = 7 THEN 117.037 WHEN :c = 8 THEN 119.527 ELSE 119.790 END
\set lat :clat + random(-500, 500) / 10000.0
\set lon :clon + random(-500, 500) / 10000.0
\set dlat random(-200, 200) / 10000.0
\set dlon random(-200, 200) / 10000.0
\set lat1 :lat + :dlat
\set lon1 :lon + :dlon
WITH route AS (SELECT ST_GeomFromText(format('LINESTRING(%s %s,%s %s,%s %s,%s %s,%s %s,%s %s)',
         :lon::float8, :lat::float8, :lon1::float8, :lat1::float8, :lon::float8 + 2 * :dlon::float8, :lat::float8 + 2 * :dlat::float8,
         :lon::float8 + 3 * :dlon::float8, :lat::float8 + 3 * :dlat::float8, :lon::float8 + 4 * :dlon::float8, :lat::float8 + 4 * :dlat::float8,
         :lon::float8 + 5 * :dlon::float8, :lat::float8 + 5 * :dlat::float8), 4326) AS geom),
 hit AS (SELECT id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities::text AS amenities,
           geog, ST_LineLocatePoint(route.geom, geog::geometry) AS fraction, ST_Distance(geog, route.geom::geography) AS off_m
           FROM station, route WHERE status IN ('OPEN', 'WARNED') AND ST_DWithin(geog, route.geom::geography, 500)
            AND (false::boolean = false OR open_24h) AND (NULL::text IS NULL OR amenities @> NULL::text::jsonb)
            AND (NULL::text IS NULL OR station_type = NULL::text)
            AND (NULL::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, NULL::timestamp)))
SELECT hit.*, ST_Length(ST_LineSubstring(route.geom, 0, hit.fraction)::geography) AS along_m
  FROM hit, route
 WHERE NOT (hit.fraction = 0 AND ((:lon1::float8 - :lon::float8) * (hit.lon - :lon::float8) * cos(radians(:lat::float8)) ^ 2
       + (:lat1::float8 - :lat::float8) * (hit.lat - :lat::float8)) < 0)
 ORDER BY hit.fraction, hit.off_m LIMIT 20;
