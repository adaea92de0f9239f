package io.yizhan.rating.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.rating.TestStations;
import io.yizhan.rating.repository.SatisfactionStateRepository.RatingSums;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 30-day sums read from rating_day (kept by V5's trigger) are those of the ratings themselves, to the
 * instant, through inserts, replacements and deletes; and a rating's check reads one boundary day of
 * ratings, not the 30 days (ADR 0019).
 */
@QuarkusTest
class RatingDayRollupTest {

    /** An instant of its own, so that these rows are in no other test's 30 days (the sums are per station anyway). */
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 15, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    final ObjectMapper json = new ObjectMapper();

    @Inject
    SatisfactionStateRepository states;

    static UUID rating(UUID station, int score, String author, OffsetDateTime at) {
        UUID id = UUID.randomUUID();
        TestStations.sql("""
                INSERT INTO rating (id, station_id, tenant, score, tags, comment_status, author, source, qr_verified, rated_at, first_rated_at)
                VALUES ($1, $2, 'fuzhou', $3, '', 'NONE', $4, $5, true, $6, $6)""",
                id, station, score, author, author == null ? "QR" : "WORKER", at);
        return id;
    }

    RatingSums fromRollup(UUID station) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> states.sums30(station, NOW)));
    }

    /** What the check used to compute: every rating of the 30 days. */
    static RatingSums fromRatings(UUID station) {
        Row row = TestStations.pool().preparedQuery("""
                        SELECT count(*) FILTER (WHERE author IS NOT NULL) AS w, coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0) AS ws,
                               count(*) FILTER (WHERE author IS NULL) AS a, coalesce(sum(score) FILTER (WHERE author IS NULL), 0) AS s
                          FROM rating WHERE station_id = $1 AND rated_at > $2::timestamptz - interval '30 days'""")
                .execute(Tuple.of(station, NOW)).await().indefinitely().iterator().next();
        return new RatingSums(row.getLong("w"), row.getLong("ws"), row.getLong("a"), row.getLong("s"));
    }

    /** The day rows differ from a regrouping of the ratings (station days, Asia/Shanghai): how many. */
    static long rollupDrift(UUID station) {
        return TestStations.pool().preparedQuery("""
                        WITH truth AS (SELECT (rated_at AT TIME ZONE 'Asia/Shanghai')::date AS day,
                                              count(*) FILTER (WHERE author IS NOT NULL) AS workers,
                                              coalesce(sum(score) FILTER (WHERE author IS NOT NULL), 0) AS worker_sum,
                                              count(*) FILTER (WHERE author IS NULL) AS anonymous,
                                              coalesce(sum(score) FILTER (WHERE author IS NULL), 0) AS anonymous_sum
                                         FROM rating WHERE station_id = $1 GROUP BY 1),
                             kept AS (SELECT day, workers, worker_sum, anonymous, anonymous_sum FROM rating_day
                                       WHERE station_id = $1 AND (workers, anonymous) <> (0, 0))
                        SELECT count(*) AS n FROM ((TABLE truth EXCEPT TABLE kept) UNION ALL (TABLE kept EXCEPT TABLE truth)) diff""")
                .execute(Tuple.of(station)).await().indefinitely().iterator().next().getLong("n");
    }

    @Test
    void theThirtyDaySumsFromTheDayRowsEqualThoseOfTheRatingsThroughInsertsReplacementsAndDeletes() throws Throwable {
        UUID station = TestStations.open("fuzhou", "汇总驿站");
        OffsetDateTime start = NOW.minusDays(30);
        // either side of the window's start, to the minute, on the window's first station day
        rating(station, 1, "w-before", start.minusMinutes(1));
        rating(station, 5, null, start.minusMinutes(1));
        UUID edge = rating(station, 4, "w-edge", start.plusMinutes(1));
        rating(station, 3, null, start.plusMinutes(2));
        // whole days inside, both kinds; older ones outside; one at 23:59 and one at 00:01 station time
        for (int d = 1; d < 30; d++) {
            rating(station, 1 + d % 5, "w-" + d, NOW.minusDays(d));
            rating(station, 1 + (d + 2) % 5, null, NOW.minusDays(d).plusHours(3));
        }
        rating(station, 2, "w-old", NOW.minusDays(45));
        rating(station, 5, "w-late", NOW.minusDays(3).withHour(23).withMinute(59));
        UUID early = rating(station, 1, "w-early", NOW.minusDays(2).withHour(0).withMinute(1));
        RatingSums truth = fromRatings(station);
        assertThat(truth.workers()).isEqualTo(1 + 29 + 2);
        assertThat(truth.anonymous()).isEqualTo(1 + 29);
        assertThat(fromRollup(station)).isEqualTo(truth);
        assertThat(rollupDrift(station)).isZero();

        // a worker's replacement moves score and time (here out of the boundary day into today)
        TestStations.sql("UPDATE rating SET score = 2, rated_at = $2 WHERE id = $1", edge, NOW.minusHours(1));
        // a moderation touches no summed column
        TestStations.sql("UPDATE rating SET moderated_at = $2, moderated_by = 'admin' WHERE id = $1", early, NOW);
        TestStations.sql("DELETE FROM rating WHERE id = $1", early);
        RatingSums after = fromRatings(station);
        assertThat(after).isNotEqualTo(truth);
        assertThat(fromRollup(station)).isEqualTo(after);
        assertThat(rollupDrift(station)).isZero();
    }

    @Test
    void aRatingsCheckReadsOneBoundaryDayOfRatingsHoweverManyTheStationHas() throws Exception {
        UUID station = TestStations.open("fuzhou", "热门驿站");
        // 2,900 ratings over the 29 whole days, 3 on the boundary day after the window's start
        TestStations.sql("""
                INSERT INTO rating (id, station_id, tenant, score, tags, comment_status, author, source, qr_verified, rated_at, first_rated_at)
                SELECT gen_random_uuid(), $1, 'fuzhou', 1 + g % 5, '', 'NONE', CASE WHEN g % 2 = 0 THEN 'busy-' || g END,
                       CASE WHEN g % 2 = 0 THEN 'WORKER' ELSE 'QR' END, true, $2::timestamptz - (g % 29) * interval '1 day' - interval '1 hour',
                       $2::timestamptz - (g % 29) * interval '1 day' - interval '1 hour'
                  FROM generate_series(0, 2899) g""", station, NOW);
        OffsetDateTime start = NOW.minusDays(30);
        for (int i = 1; i <= 3; i++) {
            rating(station, 3, null, start.plusMinutes(i));
        }
        String statement = SatisfactionStateRepository.SUMS_30.replace(":now", "'" + NOW + "'").replace(":id", "'" + station + "'");
        JsonNode plan = json.readTree(TestStations.pool().query("EXPLAIN (ANALYZE, FORMAT JSON) " + statement).execute()
                .await().indefinitely().iterator().next().getValue(0).toString()).get(0).get("Plan");
        List<JsonNode> scans = new ArrayList<>();
        collect(plan, "rating", scans);
        assertThat(scans).as("the statement reads rating").isNotEmpty();
        long ratingRows = scans.stream().mapToLong(n -> n.path("Actual Rows").asLong() * Math.max(1, n.path("Actual Loops").asLong())).sum();
        assertThat(ratingRows).as("ratings summed: the boundary day's after the window's start").isEqualTo(3);
        List<JsonNode> days = new ArrayList<>();
        collect(plan, "rating_day", days);
        assertThat(days.stream().mapToLong(n -> n.path("Actual Rows").asLong() * Math.max(1, n.path("Actual Loops").asLong())).sum())
                .as("day rows summed: the 29 whole days").isEqualTo(29);
        assertThat(fromRatings(station).anonymous()).isEqualTo(1450 + 3);
    }

    static void collect(JsonNode node, String relation, List<JsonNode> found) {
        if (relation.equals(node.path("Relation Name").asText())) {
            found.add(node);
        }
        node.path("Plans").forEach(child -> collect(child, relation, found));
    }
}
