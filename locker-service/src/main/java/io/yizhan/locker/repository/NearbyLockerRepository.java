package io.yizhan.locker.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lockers near a point, with what they have in stock. No PostGIS here: a bounding box on the
 * replica's (lat, lon) btree prefilters, then plain haversine distance in SQL ranks.
 */
@ApplicationScoped
public class NearbyLockerRepository {

    static final String NEARBY = "SELECT * FROM (SELECT l.id, l.name, l.tenant, l.online, s.id AS station_id,"
            + " s.name AS station_name, s.status, s.lat, s.lon,"
            + " 2 * 6371000 * asin(sqrt(power(sin(radians(s.lat - $1) / 2), 2)"
            + "   + cos(radians($1)) * cos(radians(s.lat)) * power(sin(radians(s.lon - $2) / 2), 2))) AS distance_m"
            + " FROM station_replica s JOIN locker l ON l.station_id = s.id"
            + " WHERE s.lat BETWEEN $3 AND $4 AND s.lon BETWEEN $5 AND $6 AND s.status IN ('OPEN', 'WARNED')) n"
            + " WHERE distance_m <= $7 ORDER BY distance_m LIMIT $8";

    static final String STOCK = "SELECT c.locker_id, c.item_id, su.name, su.members_only, sum(c.quantity - c.held) AS available"
            + " FROM compartment c JOIN supply su ON su.id = c.item_id"
            + " WHERE c.locker_id = ANY($1) GROUP BY c.locker_id, c.item_id, su.name, su.members_only"
            + " HAVING sum(c.quantity - c.held) > 0 ORDER BY su.name";

    private final Pool pool;

    public NearbyLockerRepository(Pool pool) {
        this.pool = pool;
    }

    public record Stock(UUID itemId, String name, boolean membersOnly, long available) {
    }

    public record Near(UUID id, String name, String tenant, boolean online, UUID stationId, String stationName,
                       String stationStatus, double lat, double lon, double distanceM, List<Stock> stock) {
    }

    public Uni<List<Near>> nearby(double lat, double lon, int radiusM, int limit) {
        double dLat = radiusM / 111_320.0;
        double dLon = radiusM / (111_320.0 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
        Tuple args = Tuple.from(Arrays.asList(lat, lon, lat - dLat, lat + dLat, lon - dLon, lon + dLon, (double) radiusM, limit));
        return pool.preparedQuery(NEARBY).execute(args).chain(rows -> {
            Map<UUID, Row> found = new LinkedHashMap<>();
            rows.forEach(row -> found.put(row.getUUID("id"), row));
            if (found.isEmpty()) {
                return Uni.createFrom().item(List.<Near>of());
            }
            return pool.preparedQuery(STOCK).execute(Tuple.of(found.keySet().toArray(new UUID[0]))).map(stockRows -> {
                Map<UUID, List<Stock>> stock = new LinkedHashMap<>();
                stockRows.forEach(r -> stock.computeIfAbsent(r.getUUID("locker_id"), k -> new ArrayList<>())
                        .add(new Stock(r.getUUID("item_id"), r.getString("name"), r.getBoolean("members_only"),
                                r.getLong("available"))));
                List<Near> result = new ArrayList<>();
                found.forEach((id, r) -> result.add(new Near(id, r.getString("name"), r.getString("tenant"),
                        r.getBoolean("online"), r.getUUID("station_id"), r.getString("station_name"), r.getString("status"),
                        r.getDouble("lat"), r.getDouble("lon"), Math.round(r.getDouble("distance_m") * 10) / 10.0,
                        stock.getOrDefault(id, List.of()))));
                return result;
            });
        });
    }
}
