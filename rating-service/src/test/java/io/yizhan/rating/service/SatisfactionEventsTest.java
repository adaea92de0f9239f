package io.yizhan.rating.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.rating.TestClock;
import io.yizhan.rating.TestStations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** satisfaction-changed on rating-events: threshold crossings (both ways) and the once-a-day figure. */
@QuarkusTest
@Tag("clock")
class SatisfactionEventsTest {

    final ObjectMapper json = new ObjectMapper();

    @Inject
    SatisfactionEvents events;

    @Inject
    TestClock clock;

    /** n ratings by logged-in workers (each a different one), written straight into the table. */
    static void ratedBefore(UUID station, int score, int n, OffsetDateTime at) {
        for (int i = 0; i < n; i++) {
            TestStations.sql("""
                    INSERT INTO rating (id, station_id, tenant, score, tags, comment_status, author, source, qr_verified, rated_at, first_rated_at)
                    VALUES ($1, $2, 'fuzhou', $3, '', 'NONE', $5, 'WORKER', false, $4, $4)""",
                    UUID.randomUUID(), station, score, at, "seeded-" + UUID.randomUUID());
        }
    }

    /** n anonymous ratings (scanned QR, no login), as a flood would leave them. */
    static void ratedAnonymously(UUID station, int score, int n, OffsetDateTime at) {
        for (int i = 0; i < n; i++) {
            TestStations.sql("""
                    INSERT INTO rating (id, station_id, tenant, score, tags, comment_status, source, qr_verified, rated_at, first_rated_at)
                    VALUES ($1, $2, 'fuzhou', $3, '', 'NONE', 'QR', true, $4, $4)""", UUID.randomUUID(), station, score, at);
        }
    }

    static void rate(UUID station, String worker, int score) {
        given().auth().oauth2(TestTokens.token(worker, null, "worker")).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "score", score)).when().post("/api/v1/ratings").then().statusCode(201);
    }

    List<JsonNode> satisfactionEvents(UUID station, int atLeast, Duration wait) {
        List<ConsumerRecord<String, String>> records = TopicReader.read("rating-events",
                r -> station.toString().equals(r.key()) && r.value().contains("satisfaction-changed"), found -> found.size() >= atLeast, wait);
        return records.stream().map(r -> {
            try {
                return json.readTree(r.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void aStationCrossingBelowTheThresholdWithEnoughRatingsAndBackIsAnnouncedOnceEachWay() {
        UUID station = TestStations.open("fuzhou", "低分驿站");
        OffsetDateTime twoDaysAgo = OffsetDateTime.now(clock).minusDays(2);
        ratedBefore(station, 2, 8, twoDaysAgo);
        rate(station, "low-1", 2);          // 9 ratings: too few to mean something
        rate(station, "low-2", 3);          // 10 ratings, average 2.1: below 3.5
        rate(station, "low-3", 1);          // still below: no new event
        ratedBefore(station, 5, 30, twoDaysAgo);
        rate(station, "low-4", 5);          // 42 ratings, 16 + 2 + 3 + 1 + 150 + 5 = 177 over 42 = 4.21: back above

        List<JsonNode> found = satisfactionEvents(station, 2, Duration.ofSeconds(30));
        assertThat(found).hasSize(2);
        JsonNode below = found.get(0);
        assertThat(below.path("type").asText()).isEqualTo("yizhan.rating.satisfaction-changed");
        assertThat(below.path("tenant").asText()).isEqualTo("fuzhou");
        assertThat(below.path("data").path("reason").asText()).isEqualTo("BELOW_THRESHOLD");
        assertThat(below.path("data").path("low").asBoolean()).isTrue();
        assertThat(below.path("data").path("ratings30").asLong()).isEqualTo(10);
        assertThat(below.path("data").path("average30").decimalValue()).isEqualByComparingTo("2.10");
        assertThat(below.path("data").path("threshold").asDouble()).isEqualTo(3.5);
        assertThat(below.path("data").path("minRatings").asInt()).isEqualTo(10);
        JsonNode above = found.get(1);
        assertThat(above.path("data").path("reason").asText()).isEqualTo("BACK_ABOVE_THRESHOLD");
        assertThat(above.path("data").path("ratings30").asLong()).isEqualTo(42);
        assertThat(above.path("data").path("average30").decimalValue()).isEqualByComparingTo("4.21");
        // no third event turns up later
        assertThat(satisfactionEvents(station, 3, Duration.ofSeconds(3))).hasSize(2);
    }

    @Test
    void anAnonymousFloodAloneCannotPushAStationBelowTheThreshold() throws Throwable {
        UUID station = TestStations.open("fuzhou", "被刷低分驿站");
        OffsetDateTime yesterday = OffsetDateTime.now(clock).minusDays(1);
        ratedBefore(station, 4, 12, yesterday);            // logged-in workers: 4.0, above 3.5
        ratedAnonymously(station, 1, 500, yesterday);      // a flood of one-star QR ratings
        rate(station, "flood-witness", 4);                 // a rating triggers the check

        UUID unrated = TestStations.open("fuzhou", "只有匿名评价驿站");
        ratedAnonymously(unrated, 1, 60, yesterday);       // anonymous only: they weigh nothing
        VertxContextSupport.<Integer>subscribeAndAwait(() -> events.recheckAll());
        assertThat(satisfactionEvents(station, 1, Duration.ofSeconds(3))).isEmpty();
        assertThat(satisfactionEvents(unrated, 1, Duration.ofSeconds(1))).isEmpty();

        // the day's figure shows the weighted average: 13 × 4 at weight 1, the flood capped at 0.2 of the total
        LocalDate day = LocalDate.now(clock).minusDays(1);
        VertxContextSupport.<Integer>subscribeAndAwait(() -> events.publishDaily(day));
        JsonNode daily = satisfactionEvents(station, 1, Duration.ofSeconds(30)).get(0).path("data");
        assertThat(daily.path("low").asBoolean()).isFalse();
        assertThat(daily.path("ratings30").asLong()).isGreaterThanOrEqualTo(512);
        assertThat(daily.path("average30").doubleValue()).isGreaterThanOrEqualTo(3.2);
        assertThat(daily.path("weight30").doubleValue()).isLessThan(17);
    }

    @Test
    void theWeightingRule() {
        // 10 workers at 4.0 and 100 anonymous at 1: anonymous weigh 25 raw, capped at 0.2 / 0.8 × 10 = 2.5
        WeightedSatisfaction f = WeightedSatisfaction.of(10, 40, 100, 100, 0.25, 0.2);
        assertThat(f.weight()).isEqualTo(12.5);
        assertThat(f.average()).isEqualByComparingTo("3.40");   // (40 + 2.5 × 1) / 12.5
        assertThat(f.low(3.5, 10)).as("the workers' own 4.0 is not low: the flood alone does not card").isFalse();
        // a few anonymous ratings weigh a quarter each, under the cap
        WeightedSatisfaction few = WeightedSatisfaction.of(10, 20, 4, 20, 0.25, 0.2);
        assertThat(few.weight()).isEqualTo(11.0);
        assertThat(few.average()).isEqualByComparingTo("2.27");  // (20 + 1 × 5) / 11
        assertThat(few.low(3.5, 10)).isTrue();
        assertThat(WeightedSatisfaction.of(0, 0, 60, 60, 0.25, 0.2).weight()).isZero();
    }

    @Test
    void aStationWhoseLowRatingsAgeOutIsAnnouncedByTheDailyRecheck() throws Throwable {
        UUID station = TestStations.open("fuzhou", "老化驿站");
        ratedBefore(station, 1, 9, OffsetDateTime.now(clock).minusDays(1));
        rate(station, "ageing-1", 1);      // 10 ratings, average 1: below
        assertThat(satisfactionEvents(station, 1, Duration.ofSeconds(30))).hasSize(1);

        // nothing new is rated, but the ratings slide out of the 30 days
        TestStations.sql("UPDATE rating SET rated_at = $2 WHERE station_id = $1", station, OffsetDateTime.now(clock).minusDays(40));
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> events.recheckAll())).isGreaterThanOrEqualTo(1);
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> events.recheckAll())).isZero();

        List<JsonNode> found = satisfactionEvents(station, 2, Duration.ofSeconds(30));
        assertThat(found).hasSize(2);
        assertThat(found.get(1).path("data").path("reason").asText()).isEqualTo("BACK_ABOVE_THRESHOLD");
        assertThat(found.get(1).path("data").path("ratings30").asLong()).isZero();
        assertThat(found.get(1).path("data").path("low").asBoolean()).isFalse();
    }

    @Test
    void theDailyFigureIsPublishedOncePerStationAndDay() throws Throwable {
        UUID station = TestStations.open("fuzhou", "日报驿站");
        LocalDate day = LocalDate.parse("2025-06-01");
        ratedBefore(station, 4, 1, OffsetDateTime.parse("2025-06-01T00:30:00+08:00")); // 2025-05-31 16:30 UTC, yet that day
        ratedBefore(station, 5, 1, OffsetDateTime.parse("2025-06-01T23:59:00+08:00"));
        ratedBefore(station, 1, 1, OffsetDateTime.parse("2025-05-31T23:30:00+08:00")); // the day before
        UUID quiet = TestStations.open("fuzhou", "无人评价驿站");

        int published = VertxContextSupport.subscribeAndAwait(() -> events.publishDaily(day));
        assertThat(published).isEqualTo(1);
        assertThat(VertxContextSupport.<Integer>subscribeAndAwait(() -> events.publishDaily(day))).isZero();

        List<JsonNode> found = satisfactionEvents(station, 1, Duration.ofSeconds(30));
        assertThat(found).hasSize(1);
        JsonNode data = found.get(0).path("data");
        assertThat(data.path("reason").asText()).isEqualTo("DAILY");
        assertThat(data.path("day").asText()).isEqualTo("2025-06-01");
        assertThat(data.path("dayRatings").asLong()).isEqualTo(2);
        assertThat(data.path("dayAverage").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(data.path("ratings30").asLong()).isEqualTo(3);
        assertThat(data.path("average30").decimalValue()).isEqualByComparingTo("3.33");
        assertThat(data.path("low").asBoolean()).isFalse();
        assertThat(satisfactionEvents(quiet, 1, Duration.ofSeconds(2))).isEmpty();
    }
}
