-- pgbench script: a province-wide map view as StationSearchService.map answers it (station-service):
-- StationSearchRepository.BOX_STATIONS (stops after 301 stations), then BOX_CLUSTERS over a 12-cell
-- grid, with pgbench variables in place of $1..$9 and no filter set (the portal's default view). Keep in
-- step with those constants. The view is one of four provinces (Fujian, Guangdong, Zhejiang, Jiangsu,
-- WGS84 bounds), panned by up to ±0.2°; map.lua draws the same views.
\set p random(0, 3)
\set minlat CASE WHEN :p = 0 THEN 23.5 WHEN :p = 1 THEN 20.2 WHEN :p = 2 THEN 27.0 ELSE 30.7 END + random(-20, 20) / 100.0
\set minlon CASE WHEN :p = 0 THEN 115.8 WHEN :p = 1 THEN 109.7 WHEN :p = 2 THEN 118.0 ELSE 116.3 END + random(-20, 20) / 100.0
\set maxlat :minlat + CASE WHEN :p = 0 THEN 4.8 WHEN :p = 1 THEN 5.3 WHEN :p = 2 THEN 4.2 ELSE 4.4 END
\set maxlon :minlon + CASE WHEN :p = 0 THEN 4.9 WHEN :p = 1 THEN 7.6 WHEN :p = 2 THEN 4.9 ELSE 5.6 END
\set cell greatest(:maxlat - :minlat, :maxlon - :minlon) / 12.0
SELECT * FROM (SELECT id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities::text AS amenities
  FROM station WHERE status IN ('OPEN', 'WARNED')
   AND geog && ST_MakeEnvelope(:minlon, :minlat, :maxlon, :maxlat, 4326)::geography
   AND lon BETWEEN :minlon AND :maxlon AND lat BETWEEN :minlat AND :maxlat
   AND (false::boolean = false OR open_24h)
   AND (NULL::text IS NULL OR amenities @> NULL::text::jsonb)
   AND (NULL::text IS NULL OR station_type = NULL::text)
   AND (NULL::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, NULL::timestamp))
 LIMIT 301) few ORDER BY id;
SELECT count(*) AS n, avg(lat) AS lat, avg(lon) AS lon, min(lat) AS min_lat, min(lon) AS min_lon, max(lat) AS max_lat, max(lon) AS max_lon
  FROM station WHERE status IN ('OPEN', 'WARNED')
   AND geog && ST_MakeEnvelope(:minlon, :minlat, :maxlon, :maxlat, 4326)::geography
   AND lon BETWEEN :minlon AND :maxlon AND lat BETWEEN :minlat AND :maxlat
   AND (false::boolean = false OR open_24h)
   AND (NULL::text IS NULL OR amenities @> NULL::text::jsonb)
   AND (NULL::text IS NULL OR station_type = NULL::text)
   AND (NULL::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, NULL::timestamp))
 GROUP BY floor(lon / :cell), floor(lat / :cell) ORDER BY n DESC;
