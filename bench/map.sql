-- pgbench script: a province-wide map view as StationSearchService.map answers it (station-service):
-- StationSearchRepository.BOX_STATIONS (stops after 301 stations), then CELL_CLUSTERS (the per-cell counts
-- at the power-of-two cell nearest a 12-cell grid), with pgbench variables in place of $1..$9 and no
-- filter set (the portal's default view). Keep in step with those constants. The view is one of four
-- provinces (Fujian, Guangdong, Zhejiang, Jiangsu, WGS84 bounds), panned by up to ±0.2°; map.lua draws
-- the same views.
\set p random(0, 3)
\set minlat CASE WHEN :p = 0 THEN 23.5 WHEN :p = 1 THEN 20.2 WHEN :p = 2 THEN 27.0 ELSE 30.7 END + random(-20, 20) / 100.0
\set minlon CASE WHEN :p = 0 THEN 115.8 WHEN :p = 1 THEN 109.7 WHEN :p = 2 THEN 118.0 ELSE 116.3 END + random(-20, 20) / 100.0
\set maxlat :minlat + CASE WHEN :p = 0 THEN 4.8 WHEN :p = 1 THEN 5.3 WHEN :p = 2 THEN 4.2 ELSE 4.4 END
\set maxlon :minlon + CASE WHEN :p = 0 THEN 4.9 WHEN :p = 1 THEN 7.6 WHEN :p = 2 THEN 4.9 ELSE 5.6 END
\set cell greatest(:maxlat - :minlat, :maxlon - :minlon) / 12.0
\set e int(ln(:cell) / ln(2) + 100.5) - 100
SELECT * FROM (SELECT id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities::text AS amenities
  FROM station WHERE status IN ('OPEN', 'WARNED')
   AND geog && ST_MakeEnvelope(:minlon, :minlat, :maxlon, :maxlat, 4326)::geography
   AND lon BETWEEN :minlon AND :maxlon AND lat BETWEEN :minlat AND :maxlat
   AND (false::boolean = false OR open_24h)
   AND (NULL::text IS NULL OR amenities @> NULL::text::jsonb)
   AND (NULL::text IS NULL OR station_type = NULL::text)
   AND (NULL::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, NULL::timestamp))
 LIMIT 301) few ORDER BY id;
SELECT sum(n) AS n, sum(sum_lat) / sum(n) AS lat, sum(sum_lon) / sum(n) AS lon,
       min(min_lat) AS min_lat, min(min_lon) AS min_lon, max(max_lat) AS max_lat, max(max_lon) AS max_lon
  FROM station_map_cell WHERE exponent = :e::int
   AND cx BETWEEN floor(:minlon / power(2::float8, :e::int))::int AND floor(:maxlon / power(2::float8, :e::int))::int
   AND cy BETWEEN floor(:minlat / power(2::float8, :e::int))::int AND floor(:maxlat / power(2::float8, :e::int))::int
   AND n > 0 AND (false::boolean = false OR open_24h) AND (NULL::text IS NULL OR station_type = NULL::text)
 GROUP BY cx, cy ORDER BY n DESC;
