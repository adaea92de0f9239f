package io.yizhan.rating.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.outbox.Outbox;
import io.yizhan.common.time.StationTime;
import io.yizhan.rating.config.RatingConfig;
import io.yizhan.rating.messaging.RatingEventTypes;
import io.yizhan.rating.messaging.SatisfactionChangedPayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * satisfaction-changed events: when a station's 30-day average crosses the low-score threshold (checked
 * in the transaction of every rating), and once a day per station rated the day before.
 */
@ApplicationScoped
public class SatisfactionEvents {

    /**
     * The four sums {@link WeightedSatisfaction} is made of, as one JSON object over rows of
     * {@code rating}: logged-in ratings have an author, anonymous (QR) ones none.
     */
    static final String SUMS = """
            json_build_object('workers', count(*) FILTER (WHERE author IS NOT NULL),
                              'workerSum', coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0),
                              'anonymous', count(*) FILTER (WHERE author IS NULL),
                              'anonymousSum', coalesce(sum(score) FILTER (WHERE author IS NULL), 0))""";

    private final Outbox outbox;
    private final RatingConfig config;
    private final ObjectMapper json;
    private final Pool pool;
    private final Clock clock;

    public SatisfactionEvents(Outbox outbox, RatingConfig config, ObjectMapper json, Pool pool, Clock clock) {
        this.clock = clock;
        this.outbox = outbox;
        this.config = config;
        this.json = json;
        this.pool = pool;
    }

    /** Compares the station's 30-day figure with its last known state; call inside the rating's transaction. */
    public Uni<Boolean> check(UUID stationId, String tenant) {
        double threshold = config.satisfaction().lowThreshold();
        int min = config.satisfaction().minRatings();
        // the 30 days end at the service's clock, not the database's, so that tests can choose "now"
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                                INSERT INTO satisfaction_state (station_id, tenant, low, updated_at) VALUES (:id, :tenant, false, :now)
                                ON CONFLICT (station_id) DO NOTHING""")
                        .setParameter("id", stationId).setParameter("tenant", tenant).setParameter("now", now).executeUpdate()
                        .chain(() -> s.createNativeQuery("SELECT low FROM satisfaction_state WHERE station_id = :id FOR UPDATE", Boolean.class)
                                .setParameter("id", stationId).getSingleResult())
                        .chain(wasLow -> s.createNativeQuery("SELECT " + SUMS + """
                                        ::text FROM rating WHERE station_id = :id AND rated_at > CAST(:now AS timestamptz) - interval '30 days'""", String.class)
                                .setParameter("id", stationId).setParameter("now", now).getSingleResult()
                                .chain(figure -> {
                                    WeightedSatisfaction f = WeightedSatisfaction.of(read(figure), config.anonymous());
                                    long count = f.ratings();
                                    BigDecimal average = f.average();
                                    boolean low = f.low(threshold, min);
                                    if (low == wasLow) {
                                        return Uni.createFrom().item(false);
                                    }
                                    return s.createNativeQuery("UPDATE satisfaction_state SET low = :low, updated_at = :now WHERE station_id = :id")
                                            .setParameter("low", low).setParameter("now", now).setParameter("id", stationId).executeUpdate()
                                            .chain(() -> outbox.append(RatingEventTypes.SATISFACTION_CHANGED, stationId.toString(), tenant,
                                                    new SatisfactionChangedPayload(stationId, tenant,
                                                            low ? "BELOW_THRESHOLD" : "BACK_ABOVE_THRESHOLD", low, average, count,
                                                            threshold, min, null, null, null, now,
                                                            f.weight())))
                                            .replaceWith(true);
                                })));
    }

    /**
     * The daily run (see jobs.RatingJobs): the figures of the day before, then the threshold re-check of
     * stations whose 30 days moved without new ratings.
     */
    public Uni<Void> daily() {
        return publishDaily(LocalDate.now(clock).minusDays(1))
                .chain(this::recheckAll).replaceWithVoid();
    }

    /**
     * Re-checks the threshold of every station that is low or was rated in the last 31 days, so that
     * one whose ratings aged out of the 30 days is announced without waiting for its next rating.
     * One transaction per station; returns how many crossed.
     */
    public Uni<Integer> recheckAll() {
        return pool.preparedQuery("""
                        SELECT station_id, tenant FROM satisfaction_state WHERE low
                        UNION
                        SELECT station_id, min(tenant) FROM rating WHERE rated_at > $1::timestamptz - interval '31 days' GROUP BY station_id""")
                .execute(Tuple.of(OffsetDateTime.now(clock)))
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> Panache.withTransaction(
                                () -> check(row.getUUID("station_id"), row.getString("tenant"))))
                        .filter(Boolean::booleanValue)
                        .collect().asList().map(java.util.List::size));
    }

    /**
     * The figure of {@code day} (station time) for each station rated that day, published once per
     * station and day even if called again or by several replicas. Returns how many were published.
     */
    @WithTransaction
    public Uni<Integer> publishDaily(LocalDate day) {
        OffsetDateTime from = day.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        OffsetDateTime to = from.plusDays(1);
        double threshold = config.satisfaction().lowThreshold();
        int min = config.satisfaction().minRatings();
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
                .setParameter("day", day).setParameter("from", from).setParameter("to", to).setParameter("now", OffsetDateTime.now(clock))
                .getResultList())
                .chain(rows -> Multi.createFrom().iterable(rows).map(this::read)
                        .onItem().transformToUniAndConcatenate(f -> {
                            UUID station = UUID.fromString(f.get("stationId").asText());
                            String tenant = f.get("tenant").asText();
                            WeightedSatisfaction f30 = WeightedSatisfaction.of(f.get("sums30"), config.anonymous());
                            long count30 = f30.ratings();
                            BigDecimal average30 = f30.average();
                            boolean low = f30.low(threshold, min);
                            return outbox.append(RatingEventTypes.SATISFACTION_CHANGED, station.toString(), tenant,
                                    new SatisfactionChangedPayload(station, tenant, "DAILY", low, average30, count30, threshold, min,
                                            day, f.get("ratings").asLong(), f.get("average").decimalValue().setScale(2, RoundingMode.HALF_UP),
                                            OffsetDateTime.now(clock), f30.weight()));
                        })
                        .collect().asList().map(java.util.List::size));
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
