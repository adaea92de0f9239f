package io.yizhan.rating.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the satisfaction alerts rest on: {@code satisfaction_state} (is a station below the threshold),
 * {@code satisfaction_daily} (which daily figures were published) and the sums over {@code rating}
 * that the weighted figure is made of. All but {@link #stationsToRecheck} run in the caller's
 * transaction.
 */
@ApplicationScoped
public class SatisfactionStateRepository {

    /**
     * The four sums of a window that {@code service.WeightedSatisfaction} is made of: logged-in ratings
     * have an author, anonymous (QR) ones none.
     */
    public record RatingSums(long workers, long workerSum, long anonymous, long anonymousSum) {
    }

    /** A station and its city. */
    public record StationTenant(UUID stationId, String tenant) {
    }

    /** One station's figures of a day just recorded: the day's count and average, and the 30 days up to its end. */
    public record DailyFigure(UUID stationId, String tenant, long ratings, BigDecimal average, RatingSums sums30) {
    }

    /** {@link RatingSums} as one JSON object over rows of {@code rating}. */
    static final String SUMS = """
            json_build_object('workers', count(*) FILTER (WHERE author IS NOT NULL),
                              'workerSum', coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0),
                              'anonymous', count(*) FILTER (WHERE author IS NULL),
                              'anonymousSum', coalesce(sum(score) FILTER (WHERE author IS NULL), 0))""";

    private final ObjectMapper json;
    private final Pool pool;

    public SatisfactionStateRepository(ObjectMapper json, Pool pool) {
        this.json = json;
        this.pool = pool;
    }

    /**
     * Whether the station was last known to be low, with its state row locked until the transaction
     * ends (created as not low if it had none), so that two ratings at once announce a crossing once.
     */
    public Uni<Boolean> lockLow(UUID stationId, String tenant, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                                INSERT INTO satisfaction_state (station_id, tenant, low, updated_at) VALUES (:id, :tenant, false, :now)
                                ON CONFLICT (station_id) DO NOTHING""")
                        .setParameter("id", stationId).setParameter("tenant", tenant).setParameter("now", now).executeUpdate()
                        .chain(() -> s.createNativeQuery("SELECT low FROM satisfaction_state WHERE station_id = :id FOR UPDATE", Boolean.class)
                                .setParameter("id", stationId).getSingleResult()));
    }

    /**
     * The 30 days before {@code now} as rating_day (V5) gives them: the whole station days after the one the
     * window starts in, plus that first day's ratings after the window's start read from rating itself. So
     * the figure is exact to the instant and reads at most 30 day rows and one day of ratings, however many
     * ratings the station has had (ADR 0019).
     */
    static final String SUMS_30 = """
            SELECT json_build_object('workers', sum(workers), 'workerSum', sum(worker_sum),
                                     'anonymous', sum(anonymous), 'anonymousSum', sum(anonymous_sum))::text
            FROM (SELECT workers, worker_sum, anonymous, anonymous_sum FROM rating_day
                   WHERE station_id = :id AND day > %1$s
                  UNION ALL
                  SELECT count(*) FILTER (WHERE author IS NOT NULL), coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0),
                         count(*) FILTER (WHERE author IS NULL), coalesce(sum(score) FILTER (WHERE author IS NULL), 0)
                    FROM rating
                   WHERE station_id = :id AND rated_at > %2$s AND rated_at < CAST(%1$s + 1 AS timestamp) AT TIME ZONE 'Asia/Shanghai') parts"""
            // the bounds are expressions of the parameter, not a joined CTE, so that they bound the index scans
            .formatted("CAST((CAST(:now AS timestamptz) - interval '30 days') AT TIME ZONE 'Asia/Shanghai' AS date)",
                    "CAST(:now AS timestamptz) - interval '30 days'");

    /** The station's sums over the 30 days up to {@code now} (the service's clock, not the database's). */
    public Uni<RatingSums> sums30(UUID stationId, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery(SUMS_30, String.class)
                        .setParameter("id", stationId).setParameter("now", now).getSingleResult())
                .map(text -> sums(read(text)));
    }

    public Uni<Integer> setLow(UUID stationId, boolean low, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE satisfaction_state SET low = :low, updated_at = :now WHERE station_id = :id")
                .setParameter("low", low).setParameter("now", now).setParameter("id", stationId).executeUpdate());
    }

    /**
     * Stations that are low or were rated in the 31 days up to {@code now}: those whose 30-day figure
     * may have moved without a new rating. Read on the pool, outside any transaction.
     */
    public Uni<List<StationTenant>> stationsToRecheck(OffsetDateTime now) {
        return pool.preparedQuery("""
                        SELECT station_id, tenant FROM satisfaction_state WHERE low
                        UNION
                        SELECT station_id, min(tenant) FROM rating WHERE rated_at > $1::timestamptz - interval '31 days' GROUP BY station_id""")
                .execute(Tuple.of(now))
                .map(rows -> {
                    List<StationTenant> stations = new ArrayList<>();
                    rows.forEach(row -> stations.add(new StationTenant(row.getUUID("station_id"), row.getString("tenant"))));
                    return stations;
                });
    }

    /**
     * Records the figures of {@code day} ({@code [from, to)}) for each station rated that day and
     * returns those newly recorded, by station id: a station and day recorded before (another call,
     * another replica) is not returned again.
     */
    public Uni<List<DailyFigure>> recordDaily(LocalDate day, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        WITH day AS (
                            INSERT INTO satisfaction_daily (day, station_id, tenant, ratings, average, published_at)
                            SELECT :day, station_id, min(tenant), count(*), round(avg(score), 2), :now
                            FROM rating WHERE rated_at >= :from AND rated_at < :to GROUP BY station_id
                            ON CONFLICT DO NOTHING
                            RETURNING station_id, tenant, ratings, average)
                        SELECT json_build_object('stationId', d.station_id, 'tenant', d.tenant, 'ratings', d.ratings,
                                   'average', d.average, 'sums30', %s)::text
                        FROM day d LEFT JOIN rating r ON r.station_id = d.station_id
                             AND r.rated_at > CAST(:to AS timestamptz) - interval '30 days' AND r.rated_at < :to
                        GROUP BY d.station_id, d.tenant, d.ratings, d.average
                        ORDER BY d.station_id""".formatted(SUMS.replace("author IS NULL", "r.id IS NOT NULL AND author IS NULL") // a day without ratings joins none
                                .replace("author", "r.author").replace("score", "r.score")), String.class)
                .setParameter("day", day).setParameter("from", from).setParameter("to", to).setParameter("now", now)
                .getResultList())
                .map(rows -> rows.stream().map(this::read).map(f -> new DailyFigure(
                        UUID.fromString(f.get("stationId").asText()), f.get("tenant").asText(), f.get("ratings").asLong(),
                        f.get("average").decimalValue(), sums(f.get("sums30")))).toList());
    }

    private static RatingSums sums(JsonNode sums) {
        return new RatingSums(sums.get("workers").asLong(), sums.get("workerSum").asLong(), sums.get("anonymous").asLong(),
                sums.get("anonymousSum").asLong());
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
