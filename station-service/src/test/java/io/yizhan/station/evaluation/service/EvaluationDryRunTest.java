package io.yizhan.station.evaluation.service;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.cards;
import static io.yizhan.station.EvaluationFixture.only;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.runAs;
import static io.yizhan.station.EvaluationFixture.settings;
import static io.yizhan.station.EvaluationFixture.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * {@code POST /api/v1/evaluation/runs?dryRun=true}: the same roles as a real run (a city admin for their
 * own city only), the same verdicts as the real run that follows, and nothing changed — no card, no
 * status, no scorecard, no outbox row (so no event can be published).
 */
// Its outcome depends on the day and the time: CI also runs it at fixed instants (-Dyizhan.test.clock).
@Tag("clock")
@QuarkusTest
class EvaluationDryRunTest {

    static final String PROBLEM = "application/problem+json";
    static final Map<String, Object> EVERY_DAY = Map.of("open24h", false, "weekly", List.of(
            Map.of("day", 1, "opens", "08:00", "closes", "20:00"), Map.of("day", 2, "opens", "08:00", "closes", "20:00"),
            Map.of("day", 3, "opens", "08:00", "closes", "20:00"), Map.of("day", 4, "opens", "08:00", "closes", "20:00"),
            Map.of("day", 5, "opens", "08:00", "closes", "20:00"), Map.of("day", 6, "opens", "08:00", "closes", "20:00"),
            Map.of("day", 7, "opens", "08:00", "closes", "20:00")));

    @Inject
    TestClock clock;

    @Inject
    Pool pool;

    @BeforeEach
    void startClock() {
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long count(String sql, String stationId) {
        return pool.preparedQuery(sql).execute(Tuple.of(UUID.fromString(stationId))).await().indefinitely()
                .iterator().next().getLong(0);
    }

    long outboxRows(String stationId) {
        return count("SELECT count(*) FROM outbox_event WHERE subject = $1::uuid::text", stationId);
    }

    static String status(String stationId) {
        return given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", stationId).then()
                .statusCode(200).extract().path("status");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDryRunReportsTheCardsARealRunIssuesAndChangesNothing() {
        settings("putian", only("MISSED_OPENINGS"));
        String idle = openStation("putian", "莆田试运行驿站", EVERY_DAY);
        clock.advance(Duration.ofDays(5));   // four or five posted days without any sign of opening
        long outboxBefore = outboxRows(idle);

        Map<String, Object> dry = runAs(TestTokens.cityAdmin("putian"), "putian", true);

        assertThat(dry).containsEntry("dryRun", true).containsEntry("tenant", "putian");
        assertThat((Integer) dry.get("yellowCards")).isGreaterThanOrEqualTo(1);
        Map<String, Object> proposed = verdict(dry, idle);
        assertThat(proposed).containsEntry("stationName", "莆田试运行驿站").containsEntry("statusBefore", "OPEN")
                .containsEntry("statusAfter", "WARNED");
        assertThat((List<Map<String, Object>>) proposed.get("cards")).singleElement()
                .satisfies(card -> assertThat(card).containsEntry("colour", "YELLOW").containsEntry("rule", "MISSED_OPENINGS")
                        .containsEntry("ruleLabelZh", "未按公示时间开放").containsEntry("status", "ISSUED"));
        // Nothing changed: no card, the station still open, no scorecard, and no outbox row to publish.
        assertThat(cards(idle)).isEmpty();
        assertThat(status(idle)).isEqualTo("OPEN");
        assertThat(count("SELECT count(*) FROM station_scorecard WHERE station_id = $1", idle)).isZero();
        assertThat(count("SELECT count(*) FROM evaluation_card WHERE station_id = $1", idle)).isZero();
        assertThat(outboxRows(idle)).isEqualTo(outboxBefore);

        // The real run does what the dry run said.
        Map<String, Object> real = runAs(TestTokens.provinceAdmin(), "putian", false);
        assertThat(real).containsEntry("dryRun", false);
        assertThat(verdict(real, idle)).isEqualTo(proposed);
        assertThat(cards(idle)).extracting(c -> c.get("rule")).containsExactly("MISSED_OPENINGS");
        assertThat(status(idle)).isEqualTo("WARNED");
        assertThat(outboxRows(idle)).isGreaterThan(outboxBefore);
        // A dry run after it proposes nothing new for the station.
        assertThat(verdict(runAs(TestTokens.provinceAdmin(), "putian", true), idle)).isNull();
    }

    @Test
    void aCityAdminRunsTheirOwnCityOnlyAndOtherRolesAreRefused() {
        given().auth().oauth2(TestTokens.cityAdmin("putian")).queryParam("dryRun", true).when().post("/api/v1/evaluation/runs")
                .then().statusCode(200).body("tenant", equalTo("putian")).body("dryRun", equalTo(true));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("tenant", "putian").queryParam("dryRun", true)
                .when().post("/api/v1/evaluation/runs").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("tenant", "putian")
                .when().post("/api/v1/evaluation/runs").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("putian")).queryParam("dryRun", true).when().post("/api/v1/evaluation/runs")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).queryParam("dryRun", true).when().post("/api/v1/evaluation/runs")
                .then().statusCode(403).contentType(PROBLEM);
        given().queryParam("dryRun", true).when().post("/api/v1/evaluation/runs").then().statusCode(401);
    }

    @Test
    void nonsenseInTheQueryIsA400NamingTheParameter() {
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "putian").queryParam("dryRun", "maybe")
                .when().post("/api/v1/evaluation/runs").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("dryRun")).body("detail", startsWith("dryRun"));
        given().auth().oauth2(TestTokens.cityAdmin("putian")).queryParam("tenant", "gotham").queryParam("dryRun", true)
                .when().post("/api/v1/evaluation/runs").then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("tenant"));
    }
}
