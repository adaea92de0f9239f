package io.yizhan.station.search.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Spatial search straight on the reactive pool: one statement per search, each answered by the
 * GiST index on {@code geog} (KNN for nearby, a corridor for routes, a box for the map), or, for a
 * crowded map view, by the per-cell counts of {@code station_map_cell}.
 * Only running stations (OPEN, WARNED) are ever returned.
 */
@ApplicationScoped
public class StationSearchRepository {

    static final String COLUMNS = "id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities::text AS amenities";

    /** Filter placeholders $F..$F+3: open24h only, amenities (jsonb text), type, local time open at. */
    static String filters(int first) {
        return " AND ($" + first + "::boolean = false OR open_24h)"
                + " AND ($" + (first + 1) + "::text IS NULL OR amenities @> $" + (first + 1) + "::text::jsonb)"
                + " AND ($" + (first + 2) + "::text IS NULL OR station_type = $" + (first + 2) + "::text)"
                + " AND ($" + (first + 3) + "::timestamp IS NULL OR station_open_at(weekly_hours, hours_exceptions, open_24h, $"
                + (first + 3) + "::timestamp))";
    }

    // The index's KNN operator (<->) measures on the sphere, ST_Distance on the spheroid: up to ~0.5 %
    // apart, so two stations a few metres apart in distance can swap. The index picks the nearest on the
    // sphere; the answer is then sorted by the distance it reports.
    static final String NEARBY = "SELECT * FROM (SELECT " + COLUMNS
            + ", ST_Distance(geog, ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography) AS distance_m"
            + " FROM station WHERE status IN ('OPEN', 'WARNED')"
            + " AND ST_DWithin(geog, ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography, $3)"
            + filters(4)
            + " ORDER BY geog <-> ST_SetSRID(ST_MakePoint($2, $1), 4326)::geography LIMIT $8) knn ORDER BY distance_m, id";

    // $1 route as WKT, $2 corridor (m), $3..$6 filters, $7 limit, $8/$9 start point lon/lat, $10/$11 the next point.
    // A station whose nearest route point is the start and which lies against the route's direction is behind us.
    static final String ALONG_ROUTE = "WITH route AS (SELECT ST_GeomFromText($1, 4326) AS geom),"
            + " hit AS (SELECT " + COLUMNS + ", geog, ST_LineLocatePoint(route.geom, geog::geometry) AS fraction,"
            + "   ST_Distance(geog, route.geom::geography) AS off_m"
            + "   FROM station, route WHERE status IN ('OPEN', 'WARNED') AND ST_DWithin(geog, route.geom::geography, $2)"
            + filters(3) + ")"
            + " SELECT hit.*, ST_Length(ST_LineSubstring(route.geom, 0, hit.fraction)::geography) AS along_m"
            + " FROM hit, route"
            + " WHERE NOT (hit.fraction = 0 AND (($10::float8 - $8::float8) * (hit.lon - $8::float8) * cos(radians($9::float8)) ^ 2"
            + " + ($11::float8 - $9::float8) * (hit.lat - $9::float8)) < 0)"
            + " ORDER BY hit.fraction, hit.off_m LIMIT $7";

    // $1..$4 the box (min lon, min lat, max lon, max lat), $5..$8 the filters. The && on geog takes the
    // GiST index; the BETWEENs cut what the geography box rounds outwards.
    static final String IN_BOX = " FROM station WHERE status IN ('OPEN', 'WARNED')"
            + " AND geog && ST_MakeEnvelope($1, $2, $3, $4, 4326)::geography"
            + " AND lon BETWEEN $1 AND $3 AND lat BETWEEN $2 AND $4" + filters(5);

    // No ORDER BY inside: LIMIT $9 stops the scan as soon as it has one more than the map shows, so a
    // crowded province-wide view costs a few index pages here and its one scan is the clusters'.
    static final String BOX_STATIONS = "SELECT * FROM (SELECT " + COLUMNS + IN_BOX + " LIMIT $9) few ORDER BY id";
    static final String BOX_CLUSTERS = "SELECT count(*) AS n, avg(lat) AS lat, avg(lon) AS lon, min(lat) AS min_lat,"
            + " min(lon) AS min_lon, max(lat) AS max_lat, max(lon) AS max_lon" + IN_BOX
            + " GROUP BY floor(lon / $9), floor(lat / $9) ORDER BY n DESC";

    /** The cell sides {@code station_map_cell} counts, as powers of two of a degree (V9). */
    public static final int MIN_CELL_EXPONENT = -6;
    public static final int MAX_CELL_EXPONENT = 2;

    // $1 the exponent (cells of 2^$1 degrees), $2..$5 the box (min lon, min lat, max lon, max lat), $6 24-hour
    // only, $7 type. Every cell the box touches, whole: a few hundred rows of the counts a trigger keeps.
    static final String CELL_CLUSTERS = "SELECT sum(n) AS n, sum(sum_lat) / sum(n) AS lat, sum(sum_lon) / sum(n) AS lon,"
            + " min(min_lat) AS min_lat, min(min_lon) AS min_lon, max(max_lat) AS max_lat, max(max_lon) AS max_lon"
            + " FROM station_map_cell WHERE exponent = $1::int"
            + " AND cx BETWEEN floor($2 / power(2::float8, $1::int))::int AND floor($4 / power(2::float8, $1::int))::int"
            + " AND cy BETWEEN floor($3 / power(2::float8, $1::int))::int AND floor($5 / power(2::float8, $1::int))::int"
            + " AND n > 0 AND ($6::boolean = false OR open_24h) AND ($7::text IS NULL OR station_type = $7::text)"
            + " GROUP BY cx, cy ORDER BY n DESC";

    private final Pool pool;

    public StationSearchRepository(Pool pool) {
        this.pool = pool;
    }

    /** Filters as SQL values: null means "no filter". */
    public record Filters(boolean open24hOnly, String amenitiesJson, String type, LocalDateTime openAtLocal) {
    }

    /** A row of a search with its measures in metres (null where the search has none). */
    public record Found(UUID id, String tenant, String name, String address, String district, double lat, double lon,
                        String type, String status, boolean open24h, String amenitiesJson,
                        Double distanceM, Double alongRouteM, Double offRouteM) {
    }

    public record ClusterRow(long count, double lat, double lon, double minLat, double minLon, double maxLat, double maxLon) {
    }

    public Uni<List<Found>> nearby(double lat, double lon, int radiusM, Filters filters, int limit) {
        Tuple args = Tuple.of(lat, lon, (double) radiusM);
        add(args, filters).addInteger(limit);
        return pool.preparedQuery(NEARBY).execute(args).map(rows -> {
            List<Found> found = new ArrayList<>();
            rows.forEach(row -> found.add(found(row, row.getDouble("distance_m"), null, null)));
            return found;
        });
    }

    public Uni<List<Found>> alongRoute(String routeWkt, double startLat, double startLon, double nextLat, double nextLon,
                                       int corridorM, Filters filters, int limit) {
        Tuple args = Tuple.of(routeWkt, (double) corridorM);
        add(args, filters).addInteger(limit)
                .addDouble(startLon).addDouble(startLat).addDouble(nextLon).addDouble(nextLat);
        return pool.preparedQuery(ALONG_ROUTE).execute(args).map(rows -> {
            List<Found> found = new ArrayList<>();
            rows.forEach(row -> found.add(found(row, null, row.getDouble("along_m"), row.getDouble("off_m"))));
            return found;
        });
    }

    /** Up to {@code limit} stations in the box that pass the filters, in id order. */
    public Uni<List<Found>> inBox(double minLat, double minLon, double maxLat, double maxLon, Filters filters, int limit) {
        return pool.preparedQuery(BOX_STATIONS).execute(add(Tuple.of(minLon, minLat, maxLon, maxLat), filters).addInteger(limit))
                .map(rows -> {
                    List<Found> found = new ArrayList<>();
                    rows.forEach(row -> found.add(found(row, null, null, null)));
                    return found;
                });
    }

    /** The stations in the box that pass the filters, counted per grid cell of {@code cellDegrees}, fullest first. */
    public Uni<List<ClusterRow>> clustersInBox(double minLat, double minLon, double maxLat, double maxLon, Filters filters,
                                               double cellDegrees) {
        return pool.preparedQuery(BOX_CLUSTERS).execute(add(Tuple.of(minLon, minLat, maxLon, maxLat), filters).addDouble(cellDegrees))
                .map(StationSearchRepository::clusters);
    }

    /**
     * The running stations of every cell of 2^{@code exponent} degrees that the box touches, counted ahead
     * by {@code station_map_cell}'s trigger; only the 24-hour and type filters apply (the table keeps
     * nothing else), so the caller asks here only when no other filter is set.
     */
    public Uni<List<ClusterRow>> clustersOfCells(int exponent, double minLat, double minLon, double maxLat, double maxLon,
                                                 Filters filters) {
        Tuple args = Tuple.of(exponent, minLon, minLat, maxLon).addDouble(maxLat)
                .addBoolean(filters.open24hOnly()).addString(filters.type());
        return pool.preparedQuery(CELL_CLUSTERS).execute(args).map(StationSearchRepository::clusters);
    }

    private static List<ClusterRow> clusters(RowSet<Row> rows) {
        List<ClusterRow> clusters = new ArrayList<>();
        rows.forEach(row -> clusters.add(new ClusterRow(row.getLong("n"), row.getDouble("lat"), row.getDouble("lon"),
                row.getDouble("min_lat"), row.getDouble("min_lon"), row.getDouble("max_lat"), row.getDouble("max_lon"))));
        return clusters;
    }

    private static Tuple add(Tuple args, Filters filters) {
        return args.addBoolean(filters.open24hOnly())
                .addString(filters.amenitiesJson())
                .addString(filters.type())
                .addLocalDateTime(filters.openAtLocal());
    }

    private static Found found(Row row, Double distance, Double along, Double off) {
        return new Found(row.getUUID("id"), row.getString("tenant"), row.getString("name"), row.getString("address"),
                row.getString("district"), row.getDouble("lat"), row.getDouble("lon"), row.getString("station_type"),
                row.getString("status"), row.getBoolean("open_24h"), row.getString("amenities"), distance, along, off);
    }
}
