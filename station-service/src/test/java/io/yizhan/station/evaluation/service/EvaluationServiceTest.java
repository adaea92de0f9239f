package io.yizhan.station.evaluation.service;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.cards;
import static io.yizhan.station.EvaluationFixture.checkIn;
import static io.yizhan.station.EvaluationFixture.healthCheck;
import static io.yizhan.station.EvaluationFixture.only;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.pickup;
import static io.yizhan.station.EvaluationFixture.publish;
import static io.yizhan.station.EvaluationFixture.rating;
import static io.yizhan.station.EvaluationFixture.run;
import static io.yizhan.station.EvaluationFixture.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The rules driven by real events through the real broker: the other services' events arrive on their
 * topics, the run (as of a clock moved forward) issues cards with their evidence, and replaying the
 * same events changes nothing.
 */
// Its outcome depends on the day and the time: CI also runs it at fixed instants (-Dyizhan.test.clock).
@Tag("clock")
@QuarkusTest
class EvaluationServiceTest {

    static final RestAssuredConfig DOUBLES = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));

    @Inject
    TestClock clock;

    @BeforeEach
    void startClock() {
        // Each test starts at the build's chosen instant (or now), not wherever the previous test left the clock.
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> scorecard(String stationId) {
        return given().config(DOUBLES).auth().oauth2(TestTokens.provinceAdmin())
                .when().get("/api/v1/evaluation/stations/{id}/scorecard", stationId)
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    @SuppressWarnings("unchecked")
    static Object raw(String stationId, String group, String field) {
        return ((Map<String, Object>) ((Map<String, Object>) scorecard(stationId).get("signals")).get(group)).get(field);
    }

    static double signal(String stationId, String group, String field) {
        return ((Number) raw(stationId, group, field)).doubleValue();
    }

    static String status(String stationId) {
        return given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", stationId).then().statusCode(200).extract().path("status");
    }

    @Test
    void aStreamOfLowRatingsGivesAYellowCardWithItsEvidenceAndReplayingItChangesNothing() {
        settings("quanzhou", only("LOW_SATISFACTION"));
        String station = openStation("quanzhou", "泉州低分驿站", null);
        String fewRatings = openStation("quanzhou", "泉州少评驿站", null);
        OffsetDateTime t = OffsetDateTime.now(clock).plusMinutes(5);   // just after the stations opened
        clock.advance(Duration.ofDays(1));
        List<String> events = new ArrayList<>();
        UUID replaced = UUID.randomUUID();
        events.add(rating(replaced, station, "quanzhou", 1, t));
        for (int i = 0; i < 11; i++) {
            events.add(rating(UUID.randomUUID(), station, "quanzhou", 2, t.plusMinutes(i)));
        }
        // The same worker's replacement within 24 h keeps the rating id: it counts once, with its new score.
        events.add(rating(replaced, station, "quanzhou", 5, t.plusMinutes(30)));
        publish("rating-events", station, events);
        publish("rating-events", fewRatings, List.of(rating(UUID.randomUUID(), fewRatings, "quanzhou", 1, t)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(signal(station, "satisfaction", "ratings")).isEqualTo(12.0);
            assertThat(signal(station, "satisfaction", "average")).isEqualTo(2.25);   // (11 × 2 + 5) / 12
            assertThat(signal(fewRatings, "satisfaction", "ratings")).isEqualTo(1.0);
        });

        run("quanzhou");

        List<Map<String, Object>> issued = cards(station);
        assertThat(issued).hasSize(1);
        assertThat(issued.get(0)).containsEntry("rule", "LOW_SATISFACTION").containsEntry("colour", "YELLOW")
                .containsEntry("status", "ISSUED");
        @SuppressWarnings("unchecked") Map<String, Object> evidence = (Map<String, Object>) issued.get(0).get("evidence");
        assertThat(evidence).containsEntry("ratings", 12).containsEntry("average", 2.25f).containsEntry("minRatings", 10);
        assertThat(status(station)).isEqualTo("WARNED");
        assertThat(cards(fewRatings)).isEmpty();
        // The card and the warning went out on station-events.
        List<ConsumerRecord<String, String>> out = TopicReader.read("station-events", r -> station.equals(r.key())
                        && (r.value().contains("yizhan.station.card-issued") || r.value().contains("\"status\":\"WARNED\"")),
                found -> found.size() >= 2, Duration.ofSeconds(20));
        assertThat(out).hasSizeGreaterThanOrEqualTo(2);

        // Replayed, then one new rating on the same key (so the same partition, consumed in order after
        // them): once the new one is counted, the replayed ones have been consumed too, and added nothing.
        publish("rating-events", station, events);
        publish("rating-events", station, List.of(rating(UUID.randomUUID(), station, "quanzhou", 2, t.plusMinutes(40))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(signal(station, "satisfaction", "ratings")).isEqualTo(13.0));
        assertThat(signal(station, "satisfaction", "average")).isCloseTo(29.0 / 13, within(0.01));   // (12 × 2 + 5) / 13
        run("quanzhou");
        assertThat(cards(station)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void postedPeriodsWithoutAnyEvidenceOfOpeningGiveAYellowCard() {
        settings("nanping", only("MISSED_OPENINGS"));
        Map<String, Object> wednesdays = Map.of("open24h", false, "weekly", List.of(Map.of("day", 3, "opens", "09:00", "closes", "18:00")));
        String idle = openStation("nanping", "南平空置驿站", wednesdays);
        String kept = openStation("nanping", "南平守时驿站", wednesdays);
        clock.advance(Duration.ofDays(29));
        List<Map<String, Object>> periods = (List<Map<String, Object>>) raw(kept, "opening", "missedPeriods");
        assertThat(periods).hasSizeGreaterThanOrEqualTo(3);
        List<String> evidence = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            OffsetDateTime inside = OffsetDateTime.parse((String) periods.get(i).get("opens")).plusHours(2);
            evidence.add(switch (i % 3) {
                case 0 -> checkIn(kept, "nanping", inside);
                case 1 -> pickup(kept, "nanping", inside);
                default -> healthCheck(kept, "nanping", inside);
            });
        }
        publish("volunteer-events", kept, evidence.stream().filter(e -> e.contains("volunteer")).toList());
        publish("locker-events", kept, evidence.stream().filter(e -> e.contains("locker")).toList());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(signal(kept, "opening", "missed")).isEqualTo(0.0));
        assertThat(signal(idle, "opening", "missed")).isEqualTo((double) periods.size());

        run("nanping");

        List<Map<String, Object>> issued = cards(idle);
        assertThat(issued).extracting(c -> c.get("rule")).containsExactly("MISSED_OPENINGS");
        Map<String, Object> proof = (Map<String, Object>) issued.get(0).get("evidence");
        assertThat(proof).containsEntry("missed", periods.size()).containsEntry("limit", 3);
        assertThat((List<Object>) proof.get("missedPeriods")).hasSize(periods.size());
        assertThat(cards(kept)).isEmpty();
    }

    @Test
    void fourWeeksOfTooFewUsesGiveAYellowCard() {
        Map<String, Object> usageOnly = new HashMap<>(only("LOW_USAGE"));
        usageOnly.put("minWeeklyUses", 2);
        settings("sanming", usageOnly);
        String empty = openStation("sanming", "三明冷清驿站", null);
        String busy = openStation("sanming", "三明热闹驿站", null);
        OffsetDateTime start = OffsetDateTime.now(clock).plusHours(1);   // an hour after the stations opened
        clock.advance(Duration.ofDays(36));
        List<String> lockers = new ArrayList<>();
        List<String> volunteers = new ArrayList<>();
        for (int day = 0; day < 35; day++) {
            OffsetDateTime at = start.plusDays(day);
            lockers.add(pickup(busy, "sanming", at));
            volunteers.add(day % 2 == 0 ? checkIn(busy, "sanming", at.plusHours(1)) : healthCheck(busy, "sanming", at.plusHours(1)));
        }
        publish("locker-events", busy, lockers);
        publish("volunteer-events", busy, volunteers);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(signal(busy, "usage", "lowWeeksInARow")).isEqualTo(0.0));
        assertThat(signal(empty, "usage", "lowWeeksInARow")).isGreaterThanOrEqualTo(4.0);

        run("sanming");

        List<Map<String, Object>> issued = cards(empty);
        assertThat(issued).extracting(c -> c.get("rule")).containsExactly("LOW_USAGE");
        @SuppressWarnings("unchecked") Map<String, Object> proof = (Map<String, Object>) issued.get(0).get("evidence");
        assertThat(proof).containsEntry("minWeeklyUses", 2);
        assertThat((Integer) proof.get("weeksInARow")).isGreaterThanOrEqualTo(4);
        assertThat(cards(busy)).isEmpty();
    }

    @Test
    void complaintsLeftUnansweredPastTheirDeadlineGiveAYellowCard() {
        settings("putian", only("OVERDUE_COMPLAINTS"));
        String station = openStation("putian", "莆田投诉驿站", null);
        for (String worker : List.of("rider-a", "rider-b", "rider-c")) {
            given().auth().oauth2(TestTokens.token(worker, null, "worker")).contentType(ContentType.JSON)
                    .body(Map.of("kind", "CLOSED", "note", "公示时间没开门")).when().post("/api/v1/stations/{id}/reports", station)
                    .then().statusCode(201);
        }
        run("putian");
        assertThat(cards(station)).isEmpty();   // not overdue yet

        clock.advance(Duration.ofDays(8));
        run("putian");

        List<Map<String, Object>> issued = cards(station);
        assertThat(issued).extracting(c -> c.get("rule")).containsExactly("OVERDUE_COMPLAINTS");
        @SuppressWarnings("unchecked") Map<String, Object> proof = (Map<String, Object>) issued.get(0).get("evidence");
        assertThat(proof).containsEntry("overdue", 3).containsEntry("deadlineDays", 7);
    }

    @Test
    void helpRequestsCountWhateverOrderTheirEventsArriveIn() {
        String station = openStation("pingtan", "平潭互助驿站", null);
        UUID request = UUID.randomUUID();
        OffsetDateTime asked = OffsetDateTime.now(clock).minusMinutes(30);
        String accepted = io.yizhan.station.EvaluationFixture.envelope("/volunteer-service", "yizhan.volunteer.help-accepted", station,
                "pingtan", """
                        {"helpRequestId":"%s","stationId":"%s","tenant":"pingtan","category":"WATER","status":"ACCEPTED",
                         "escalationLevel":0,"requestedAt":"%s","acceptedAt":"%s","resolvedAt":null,"at":"%s"}"""
                        .formatted(request, station, asked, asked.plusMinutes(4), asked.plusMinutes(4)));
        String requested = io.yizhan.station.EvaluationFixture.envelope("/volunteer-service", "yizhan.volunteer.help-requested", station,
                "pingtan", """
                        {"helpRequestId":"%s","stationId":"%s","tenant":"pingtan","category":"WATER","status":"OPEN",
                         "escalationLevel":0,"requestedAt":"%s","acceptedAt":null,"resolvedAt":null,"at":"%s"}"""
                        .formatted(request, station, asked, asked));
        publish("volunteer-events", station, List.of(accepted, requested, accepted));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(signal(station, "help", "requests")).isEqualTo(1.0);
            assertThat(signal(station, "help", "answered")).isEqualTo(1.0);
            assertThat(signal(station, "help", "medianMinutesToAnswer")).isEqualTo(4.0);
        });
    }

    @Test
    void anEventItCannotReadGoesToTheDeadLetterTopic() {
        String station = UUID.randomUUID().toString();
        String broken = io.yizhan.station.EvaluationFixture.envelope("/volunteer-service", "yizhan.volunteer.checked-in", station,
                "fuzhou", "{\"shiftId\":\"" + UUID.randomUUID() + "\"}");
        publish("volunteer-events", station, List.of(broken));
        List<ConsumerRecord<String, String>> dead = TopicReader.read("volunteer-events.dlq.station-service",
                r -> station.equals(r.key()), found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        assertThat(new String(dead.get(0).headers().lastHeader("dead-letter-reason").value())).contains("checked-in without");
    }

    @Test
    void theProvinceRunsTheEvaluationAndACityAdminOnlyTheirOwnCity() {
        given().auth().oauth2(TestTokens.cityAdmin("nanping")).queryParam("tenant", "fuzhou").when().post("/api/v1/evaluation/runs")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().post("/api/v1/evaluation/runs").then().statusCode(403);
        given().when().post("/api/v1/evaluation/runs").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "atlantis").when().post("/api/v1/evaluation/runs")
                .then().statusCode(400).body("violations[0].field", equalTo("tenant"));
    }
}
