package io.yizhan.locker.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Aggregates over reservations and restocks, straight from the pool (read-only, no session). */
@ApplicationScoped
public class StatsRepository {

    /** Grouping key and label expressions; only these fixed strings ever reach the SQL. */
    static final Map<String, String[]> GROUPS = Map.of(
            "locker", new String[]{"r.locker_id::text", "min(l.name)"},
            "station", new String[]{"r.station_id::text", "min(s.name)"},
            "city", new String[]{"r.tenant", "r.tenant"},
            "month", new String[]{"to_char(r.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')",
                    "to_char(r.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')"});

    static final String MEASURES = " count(*) AS reservations,"
            + " count(*) FILTER (WHERE r.status = 'PICKED_UP') AS dispatches,"
            + " coalesce(sum(r.unit_value_fen) FILTER (WHERE r.status = 'PICKED_UP'), 0) AS value_fen,"
            + " count(*) FILTER (WHERE r.status = 'EXPIRED') AS expired,"
            + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.picked_up_at - r.created_at) / 60)"
            + "   FILTER (WHERE r.status = 'PICKED_UP') AS median_minutes"
            + " FROM reservation r LEFT JOIN locker l ON l.id = r.locker_id LEFT JOIN station_replica s ON s.id = r.station_id"
            + " WHERE r.created_at >= $1 AND r.created_at < $2 AND ($3::varchar IS NULL OR r.tenant = $3)"
            + " AND ($4::uuid IS NULL OR r.station_id = $4) AND ($5::uuid IS NULL OR r.locker_id = $5)";

    /** The same groups over restock operations: what was put into the lockers. */
    static final Map<String, String[]> STOCK_GROUPS = Map.of(
            "locker", new String[]{"o.locker_id::text", "min(l.name)"},
            "station", new String[]{"l.station_id::text", "min(s.name)"},
            "city", new String[]{"o.tenant", "o.tenant"},
            "month", new String[]{"to_char(o.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')",
                    "to_char(o.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')"});

    static final String STOCKED = " coalesce(sum(o.value_fen), 0) AS stocked_fen, count(DISTINCT o.locker_id) AS lockers"
            + " FROM restock_operation o JOIN locker l ON l.id = o.locker_id LEFT JOIN station_replica s ON s.id = l.station_id"
            + " WHERE o.created_at >= $1 AND o.created_at < $2 AND ($3::varchar IS NULL OR o.tenant = $3)"
            + " AND ($4::uuid IS NULL OR l.station_id = $4) AND ($5::uuid IS NULL OR o.locker_id = $5)";

    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final Pool pool;

    public StatsRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * One row of figures: all reservations in scope ({@code key} "all") or one group's. The expiry rate
     * has 4 decimals, the median minutes 1.
     */
    public record Figures(String key, String label, long reservations, long dispatches, long valueFen, long expired,
                          double expiryRate, Double medianMinutesToPickup, long stockedFen, long lockersStocked,
                          long stockedFenPerLockerMonth) {

        Figures withStock(long stocked, long lockers, double months) {
            return new Figures(key, label, reservations, dispatches, valueFen, expired, expiryRate, medianMinutesToPickup, stocked,
                    lockers, lockers == 0 ? 0 : Math.round(stocked / (double) lockers / Math.max(months, 1.0)));
        }

        public Figures withLabel(String newLabel) {
            return new Figures(key, newLabel, reservations, dispatches, valueFen, expired, expiryRate, medianMinutesToPickup,
                    stockedFen, lockersStocked, stockedFenPerLockerMonth);
        }
    }

    public static boolean knownGroup(String groupBy) {
        return GROUPS.containsKey(groupBy);
    }

    public Uni<List<Figures>> rows(String groupBy, OffsetDateTime from, OffsetDateTime toExclusive, String tenant,
                                           UUID stationId, UUID lockerId, int limit) {
        String sql;
        if (groupBy == null) {
            sql = "SELECT 'all' AS key, 'all' AS label," + MEASURES;
        } else {
            String[] g = GROUPS.get(groupBy);
            sql = "SELECT " + g[0] + " AS key, " + g[1] + " AS label," + MEASURES + " GROUP BY " + g[0]
                    + ("city".equals(groupBy) || "month".equals(groupBy) ? "" : "")
                    + " ORDER BY " + ("month".equals(groupBy) ? "key" : "dispatches DESC, key") + " LIMIT " + limit;
        }
        Tuple args = Tuple.from(Arrays.asList(from, toExclusive, tenant, stationId, lockerId));
        String stockSql = groupBy == null ? "SELECT 'all' AS key, 'all' AS label," + STOCKED
                : "SELECT " + STOCK_GROUPS.get(groupBy)[0] + " AS key, " + STOCK_GROUPS.get(groupBy)[1] + " AS label," + STOCKED
                + " GROUP BY " + STOCK_GROUPS.get(groupBy)[0];
        // value stocked per locker per month: a month group is one month, any other row spans the whole period
        double months = "month".equals(groupBy) ? 1.0 : java.time.Duration.between(from, toExclusive).toDays() / DAYS_PER_MONTH;
        return pool.preparedQuery(sql).execute(args).chain(rows -> pool.preparedQuery(stockSql).execute(args).map(stockRows -> {
            Map<String, Figures> result = new java.util.LinkedHashMap<>();
            rows.forEach(r -> result.put(r.getString("key"), row(r)));
            stockRows.forEach(r -> {
                String key = r.getString("key");
                Figures f = result.get(key);
                if (f == null && result.size() >= limit) {
                    return;
                }
                if (f == null) {        // stocked in the period, nothing reserved there
                    f = new Figures(key, r.getString("label"), 0, 0, 0, 0, 0, null, 0, 0, 0);
                }
                result.put(key, f.withStock(r.getLong("stocked_fen"), r.getLong("lockers"), months));
            });
            if (groupBy == null && result.isEmpty()) {
                result.put("all", new Figures("all", "all", 0, 0, 0, 0, 0, null, 0, 0, 0));
            }
            List<Figures> list = new ArrayList<>(result.values());
            if ("month".equals(groupBy)) {
                list.sort(java.util.Comparator.comparing(Figures::key));
            }
            return list;
        }));
    }

    private static Figures row(Row r) {
        long reservations = r.getLong("reservations");
        long expired = r.getLong("expired");
        Double median = r.getDouble("median_minutes");
        return new Figures(r.getString("key"), r.getString("label"), reservations, r.getLong("dispatches"),
                r.getLong("value_fen"), expired, reservations == 0 ? 0 : Math.round(expired * 10000.0 / reservations) / 10000.0,
                median == null ? null : Math.round(median * 10) / 10.0, 0, 0, 0);
    }
}
