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

    static void ratedBefore(UUID station, int score, int n, OffsetDateTime at) {
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
