-- pgbench script: StationSearchRepository.NEARBY (station-service) with pgbench variables in place of
-- $1..$8. Keep in step with that constant. -D sets amen, openat, radius, lim; a random point lies within
-- ±0.05° (about 5 km) of one of the ten Fujian city centres (the same list as nearby.lua).
\set c random(0, 9)
\set clat CASE WHEN :c = 0 THEN 26.082 WHEN :c = 1 THEN 24.479 WHEN :c = 2 THEN 24.510 WHEN :c = 3 THEN 24.900 WHEN :c = 4 THEN 26.234 WHEN :c = 5 THEN 25.431 WHEN :c = 6 THEN 26.637 WHEN :c = 7 THEN 25.098 WHEN :c = 8 THEN 26.660 ELSE 25.503 END
\set clon CASE WHEN :c = 0 THEN 119.296 WHEN :c = 1 THEN 118.110 WHEN :c = 2 THEN 117.654 WHEN :c = 3 THEN 118.600 WHEN :c = 4 THEN 117.608 WHEN :c = 5 THEN 119.015 WHEN :c = 6 THEN 118.182 WHEN :c = 7 THEN 117.037 WHEN :c = 8 THEN 119.527 ELSE 119.790 END
\set lat :clat + random(-500, 500) / 10000.0
\set lon :clon + random(-500, 500) / 10000.0
SELECT id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities::text AS amenities,
       ST_Distance(geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS distance_m
  FROM station WHERE status IN ('OPEN', 'WARNED')
   AND ST_DWithin(geog, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography, :radius)
   AND (false::boolean = false OR open_24h)
   AND (:amen::text IS NULL OR amenities @> :amen::text::jsonb)
   AND (NULL::text IS NULL OR station_type = NULL::text)
   AND (:openat::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, :openat::timestamp))
 ORDER BY geog <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography LIMIT :lim;
