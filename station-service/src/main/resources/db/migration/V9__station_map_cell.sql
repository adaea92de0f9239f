-- The map's clusters at province and country zoom, counted ahead (issue 22, ADR 0021): running stations
-- (OPEN, WARNED) per grid cell of 2^exponent degrees, exponent -6 (1/64°, ~1.7 km) to 2 (4°), per type
-- and 24-hour flag so the map's type and 24-hour filters read them too. A province-wide view reads a few
-- hundred rows here instead of aggregating every station in it.
CREATE TABLE station_map_cell (
    exponent      smallint         NOT NULL,
    cx            integer          NOT NULL,   -- floor(lon / 2^exponent)
    cy            integer          NOT NULL,   -- floor(lat / 2^exponent)
    station_type  varchar          NOT NULL,
    open_24h      boolean          NOT NULL,
    n             integer          NOT NULL,
    sum_lat       double precision NOT NULL,   -- the cluster's centre is sum / n
    sum_lon       double precision NOT NULL,
    -- bounds of the stations counted; they only grow while n > 0 (a station leaving does not shrink
    -- them), so they always enclose the cell's stations, and reset when the cell empties
    min_lat       double precision,
    min_lon       double precision,
    max_lat       double precision,
    max_lon       double precision,
    PRIMARY KEY (exponent, cx, cy, station_type, open_24h)
);

-- Adds (sign 1) or removes (sign -1) stations at every exponent in one statement, cells in key order so
-- that two writers meet their rows in the same order.
CREATE FUNCTION station_map_change(lats double precision[], lons double precision[], types varchar[],
                                   all_day boolean[], signs integer[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO station_map_cell AS m
    SELECT e, floor(c.lon / power(2::float8, e))::int, floor(c.lat / power(2::float8, e))::int, c.station_type, c.open_24h,
           sum(c.sign), sum(c.sign * c.lat), sum(c.sign * c.lon),
           min(c.lat) FILTER (WHERE c.sign > 0), min(c.lon) FILTER (WHERE c.sign > 0),
           max(c.lat) FILTER (WHERE c.sign > 0), max(c.lon) FILTER (WHERE c.sign > 0)
      FROM unnest(lats, lons, types, all_day, signs) AS c(lat, lon, station_type, open_24h, sign)
           CROSS JOIN generate_series(-6, 2) AS e
     GROUP BY 1, 2, 3, 4, 5
     ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (exponent, cx, cy, station_type, open_24h) DO UPDATE
       SET n = m.n + excluded.n,
           sum_lat = CASE WHEN m.n + excluded.n = 0 THEN 0 ELSE m.sum_lat + excluded.sum_lat END,
           sum_lon = CASE WHEN m.n + excluded.n = 0 THEN 0 ELSE m.sum_lon + excluded.sum_lon END,
           min_lat = CASE WHEN m.n + excluded.n = 0 THEN NULL ELSE least(m.min_lat, excluded.min_lat) END,
           min_lon = CASE WHEN m.n + excluded.n = 0 THEN NULL ELSE least(m.min_lon, excluded.min_lon) END,
           max_lat = CASE WHEN m.n + excluded.n = 0 THEN NULL ELSE greatest(m.max_lat, excluded.max_lat) END,
           max_lon = CASE WHEN m.n + excluded.n = 0 THEN NULL ELSE greatest(m.max_lon, excluded.max_lon) END
$$;

-- Statement triggers with transition tables: a bulk load (COPY of a million stations) is one change of
-- a million rows, not a million changes. An update counts only where a counted column moved.
CREATE FUNCTION station_map_apply() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lats float8[]; lons float8[]; types varchar[]; all_day boolean[]; signs int[];
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE station_map_cell;
        RETURN NULL;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT array_agg(lat), array_agg(lon), array_agg(station_type), array_agg(open_24h), array_agg(1)
          INTO lats, lons, types, all_day, signs
          FROM new_rows WHERE status IN ('OPEN', 'WARNED');
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(lat), array_agg(lon), array_agg(station_type), array_agg(open_24h), array_agg(-1)
          INTO lats, lons, types, all_day, signs
          FROM old_rows WHERE status IN ('OPEN', 'WARNED');
    ELSE
        SELECT array_agg(lat), array_agg(lon), array_agg(station_type), array_agg(open_24h), array_agg(sign)
          INTO lats, lons, types, all_day, signs
          FROM (SELECT o.lat, o.lon, o.station_type, o.open_24h, -1 AS sign
                  FROM old_rows o JOIN new_rows n ON n.id = o.id
                 WHERE o.status IN ('OPEN', 'WARNED')
                   AND (o.lat, o.lon, o.station_type, o.open_24h, o.status IN ('OPEN', 'WARNED'))
                       IS DISTINCT FROM (n.lat, n.lon, n.station_type, n.open_24h, n.status IN ('OPEN', 'WARNED'))
                UNION ALL
                SELECT n.lat, n.lon, n.station_type, n.open_24h, 1
                  FROM old_rows o JOIN new_rows n ON n.id = o.id
                 WHERE n.status IN ('OPEN', 'WARNED')
                   AND (o.lat, o.lon, o.station_type, o.open_24h, o.status IN ('OPEN', 'WARNED'))
                       IS DISTINCT FROM (n.lat, n.lon, n.station_type, n.open_24h, n.status IN ('OPEN', 'WARNED'))) moved;
    END IF;
    IF lats IS NOT NULL THEN
        PERFORM station_map_change(lats, lons, types, all_day, signs);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER station_map_insert AFTER INSERT ON station REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION station_map_apply();
CREATE TRIGGER station_map_update AFTER UPDATE ON station REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION station_map_apply();
CREATE TRIGGER station_map_delete AFTER DELETE ON station REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION station_map_apply();
CREATE TRIGGER station_map_truncate AFTER TRUNCATE ON station
    FOR EACH STATEMENT EXECUTE FUNCTION station_map_apply();

SELECT station_map_change(array_agg(lat), array_agg(lon), array_agg(station_type), array_agg(open_24h), array_agg(1))
  FROM station WHERE status IN ('OPEN', 'WARNED') HAVING count(*) > 0;
