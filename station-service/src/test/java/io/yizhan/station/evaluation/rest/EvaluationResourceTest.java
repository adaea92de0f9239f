package io.yizhan.station.evaluation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.checkIn;
import static io.yizhan.station.EvaluationFixture.healthCheck;
import static io.yizhan.station.EvaluationFixture.only;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.pickup;
import static io.yizhan.station.EvaluationFixture.publish;
import static io.yizhan.station.EvaluationFixture.rating;
import static io.yizhan.station.EvaluationFixture.run;
import static io.yizhan.station.EvaluationFixture.settings;
import static io.yizhan.station.EvaluationFixture.yellowByInspection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Scorecards, managers' opening reports, the city and province reports and the CSV export. */
// Its outcome depends on the day and the time: CI also runs it at fixed instants (-Dyizhan.test.clock).
@Tag("clock")
@QuarkusTest
class EvaluationResourceTest {

    static final String PROBLEM = "application/problem+json";

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

    private int year() {
        return LocalDate.now(clock).getYear();
    }

    @Test
    void aScorecardShowsSignalsInspectionScoreAndCardsToItsStationAndCityOnly() {
        String station = openStation("ningde", "宁德考评卡驿站", null);
        given().auth().oauth2(TestTokens.stationManager("ningde")).when().get("/api/v1/evaluation/stations/{id}/scorecard", station)
                .then().statusCode(200).body("name", equalTo("宁德考评卡驿站")).body("status", equalTo("OPEN"))
                .body("score", nullValue()).body("inspection", nullValue())
                .body("signals.usage.weeks", hasSize(8)).body("signals.satisfaction.days", equalTo(30))
                .body("signals.complaints.open", equalTo(0)).body("openCards", hasSize(0));
        yellowByInspection(station);
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/evaluation/stations/{id}/scorecard", station)
                .then().statusCode(200).body("inspection.total", equalTo(9)).body("inspection.baseMet", equalTo(false))
                .body("openCards", hasSize(1)).body("openCards[0].rule", equalTo("INSPECTION_BASE_NOT_MET"))
                // Only the inspection is known (no hours posted, no ratings, no whole week open yet):
                // its 9 of 10 points carry the whole score, 100 × 9 / 10.
                .body("inspection.maxTotal", equalTo(10)).body("score", equalTo(90));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/evaluation/stations/{id}/scorecard", station)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("someone-else", "ningde", "station-manager"))
                .when().get("/api/v1/evaluation/stations/{id}/scorecard", station).then().statusCode(404);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/evaluation/stations/{id}/scorecard", station)
                .then().statusCode(403);
    }

    @Test
    void aManagerReportsOpeningAndClosingOfTheirOwnStation() {
        String station = openStation("ningde", "宁德开站驿站", null);
        given().auth().oauth2(TestTokens.stationManager("ningde")).contentType(ContentType.JSON).body(Map.of("event", "OPENED"))
                .when().post("/api/v1/evaluation/stations/{id}/opening-reports", station).then().statusCode(201)
                .body("event", equalTo("OPENED")).body("reportedBy", equalTo("ningde-manager")).body("at", notNullValue());
        given().auth().oauth2(TestTokens.stationManager("ningde")).contentType(ContentType.JSON).body(Map.of("event", "AJAR"))
                .when().post("/api/v1/evaluation/stations/{id}/opening-reports", station).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(Map.of("event", "CLOSED"))
                .when().post("/api/v1/evaluation/stations/{id}/opening-reports", station).then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).contentType(ContentType.JSON).body(Map.of("event", "CLOSED"))
                .when().post("/api/v1/evaluation/stations/{id}/opening-reports", station).then().statusCode(403);
    }

    @Test
    void reportsCountCardsPerCityAndMonthWithinTheCallersScope() {
        int before = given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("year", year())
                .when().get("/api/v1/evaluation/reports/summary").then().statusCode(200)
                .extract().jsonPath().getInt("total.yellowIssued");
        yellowByInspection(openStation("ningde", "宁德报表驿站", null));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("year", year()).when().get("/api/v1/evaluation/reports/summary")
                .then().statusCode(200).body("cities.tenant", org.hamcrest.Matchers.everyItem(equalTo("ningde")))
                .body("cities[0].nameZh", equalTo("宁德")).body("total.yellowIssued", equalTo(before + 1));
        int month = LocalDate.now(clock).getMonthValue();
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParams(Map.of("year", year(), "tenant", "ningde"))
                .when().get("/api/v1/evaluation/reports/monthly").then().statusCode(200).body("months", hasSize(12))
                .body("months[" + (month - 1) + "].yellowIssued", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParams(Map.of("year", year(), "tenant", "ningde"))
                .when().get("/api/v1/evaluation/reports/summary").then().statusCode(200).body("cities", hasSize(0))
                .body("total.yellowIssued", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParams(Map.of("year", year(), "tenant", "ningde"))
                .when().get("/api/v1/evaluation/reports/monthly").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("year", "last").when().get("/api/v1/evaluation/reports/summary")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("year", 1900).when().get("/api/v1/evaluation/reports/monthly")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.stationManager("ningde")).when().get("/api/v1/evaluation/reports/summary").then().statusCode(403);
    }

    @Test
    void theCsvExportHasOneRowPerJudgedStationReadableBySpreadsheets() {
        settings("ningde", only("NONE"));
        String station = openStation("ningde", "宁德,导出\"驿站\"", null);
        run("ningde");
        String csv = given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/evaluation/scorecards.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("\uFEFF驿站ID station_id,");
        String row = csv.lines().filter(line -> line.startsWith(station)).findFirst().orElseThrow();
        assertThat(row).contains("ningde,测试区,\"宁德,导出\"\"驿站\"\"\",运营中 OPEN,");
        assertThat(csv.lines().skip(1).allMatch(line -> line.contains(",ningde,"))).isTrue();
        String other = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "ningde")
                .when().get("/api/v1/evaluation/scorecards.csv").then().statusCode(200).extract().asString();
        assertThat(other.lines()).hasSize(1);
    }

    @Test
    void theExcelExportHoldsTheSameRowsWithNumbersAsNumbersAndFormulasDefused() throws Exception {
        settings("ningde", only("NONE"));
        String station = openStation("ningde", "=HYPERLINK(\"http://x\",\"宁德导出\")", null);
        run("ningde");
        byte[] xlsx = given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/evaluation/scorecards.xlsx")
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("scorecards.xlsx")).extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellAsString(0)).contains("驿站ID station_id");
            var row = rows.stream().filter(r -> r.getCellAsString(0).orElse("").equals(station)).findFirst().orElseThrow();
            assertThat(row.getCellAsString(1)).contains("ningde");
            assertThat(row.getCellAsString(3)).contains("'=HYPERLINK(\"http://x\",\"宁德导出\")");
            assertThat(rows.stream().skip(1).allMatch(r -> r.getCellAsString(1).orElse("").equals("ningde"))).isTrue();
            assertThat(rows.stream().flatMap(r -> r.stream()).filter(c -> c != null && c.getFormula() != null)).isEmpty();
        }
        byte[] other = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "ningde")
                .when().get("/api/v1/evaluation/scorecards.xlsx").then().statusCode(200).extract().asByteArray();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(other))) {
            assertThat(workbook.getFirstSheet().read()).hasSize(1);
        }
        given().auth().oauth2(TestTokens.stationManager("ningde")).when().get("/api/v1/evaluation/scorecards.xlsx").then().statusCode(403);
    }

    @Test
    void weeklyUsageCountsDoorEntriesPickupsCheckInsAndHealthChecksOfTheCallersCityOnly() {
        String station = openStation("pingtan", "平潭使用统计驿站", null);
        String clientId = "door-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.cityAdmin("pingtan")).contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/stations/{id}/door-devices", station).then().statusCode(204);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String door = TestTokens.device(clientId, "pingtan");
        for (var entry : List.of(Map.of("direction", "IN", "granted", true), Map.of("direction", "IN", "granted", true),
                Map.of("direction", "IN", "granted", false), Map.of("direction", "OUT", "granted", true))) {
            given().auth().oauth2(door).contentType(ContentType.JSON)
                    .body(Map.of("entryId", UUID.randomUUID().toString(), "at", now.minusMinutes(5).toString(),
                            "direction", entry.get("direction"), "granted", entry.get("granted")))
                    .when().post("/api/v1/stations/{id}/entries", station).then().statusCode(200);
        }
        publish("locker-events", station, List.of(pickup(station, "pingtan", now.minusMinutes(4)),
                pickup(station, "pingtan", now.minusMinutes(3)), pickup(station, "pingtan", now.minusWeeks(20))));
        publish("volunteer-events", station, List.of(checkIn(station, "pingtan", now.minusMinutes(2)),
                healthCheck(station, "pingtan", now.minusMinutes(1))));

        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityAdmin("pingtan")).when().get("/api/v1/evaluation/usage/weekly")
                        .then().statusCode(200).body("tenant", equalTo("pingtan")).body("weeks", hasSize(12))
                        .body("weeks[11].week", equalTo(monday.toString()))
                        .body("weeks.doorEntries.sum()", equalTo(2)).body("weeks.pickups.sum()", equalTo(2))   // the one 20 weeks ago is outside
                        .body("weeks.checkIns.sum()", equalTo(1)).body("weeks.healthChecks.sum()", equalTo(1)));
        // the pickup of 20 weeks ago was published last: the 12-week figures above do not wait for it
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.provinceAdmin()).queryParams(Map.of("tenant", "pingtan", "weeks", 26))
                        .when().get("/api/v1/evaluation/usage/weekly")
                        .then().statusCode(200).body("weeks", hasSize(26)).body("weeks.pickups.sum()", equalTo(3)));

        // one city's series is that city's object: another city's is not found, as any other city's object
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "pingtan").when().get("/api/v1/evaluation/usage/weekly")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.stationManager("pingtan")).when().get("/api/v1/evaluation/usage/weekly").then().statusCode(403);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/evaluation/usage/weekly").then().statusCode(403);
        for (String bad : List.of("0", "54", "many")) {
            given().auth().oauth2(TestTokens.cityAdmin("pingtan")).queryParam("weeks", bad).when().get("/api/v1/evaluation/usage/weekly")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("weeks"));
        }
    }

    @Test
    void theLowestRatedStationsComeFirstAndOnlyWithEnoughRatings() {
        String poor = openStation("pingtan", "平潭差评驿站", null);
        String good = openStation("pingtan", "平潭好评驿站", null);
        String few = openStation("pingtan", "平潭少评驿站", null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        publish("rating-events", poor, List.of(rating(UUID.randomUUID(), poor, "pingtan", 2, now.minusDays(1)),
                rating(UUID.randomUUID(), poor, "pingtan", 2, now.minusDays(2)), rating(UUID.randomUUID(), poor, "pingtan", 3, now.minusDays(3)),
                rating(UUID.randomUUID(), poor, "pingtan", 5, now.minusDays(40))));   // outside the 30 days
        publish("rating-events", good, List.of(rating(UUID.randomUUID(), good, "pingtan", 5, now.minusHours(1)),
                rating(UUID.randomUUID(), good, "pingtan", 5, now.minusHours(2)), rating(UUID.randomUUID(), good, "pingtan", 4, now.minusHours(3))));
        publish("rating-events", few, List.of(rating(UUID.randomUUID(), few, "pingtan", 1, now.minusHours(1))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.cityAdmin("pingtan")).when().get("/api/v1/evaluation/satisfaction/lowest")
                        .then().statusCode(200).body("days", equalTo(30)).body("minRatings", equalTo(3))
                        .body("stations.name", org.hamcrest.Matchers.contains("平潭差评驿站", "平潭好评驿站"))
                        .body("stations[0].ratings", equalTo(3)).body("stations[0].average", equalTo(2.33f)));
        // the single rating of the third station travels on its own key: it may land after the others
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.provinceAdmin()).queryParams(Map.of("tenant", "pingtan", "minRatings", 1, "limit", 1))
                        .when().get("/api/v1/evaluation/satisfaction/lowest")
                        .then().statusCode(200).body("stations.name", org.hamcrest.Matchers.contains("平潭少评驿站")));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "pingtan").when().get("/api/v1/evaluation/satisfaction/lowest")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.stationManager("pingtan")).when().get("/api/v1/evaluation/satisfaction/lowest").then().statusCode(403);
        for (var bad : List.of(Map.of("limit", "0"), Map.of("limit", "51"), Map.of("days", "a week"), Map.of("minRatings", "0"))) {
            given().auth().oauth2(TestTokens.cityAdmin("pingtan")).queryParams(bad).when().get("/api/v1/evaluation/satisfaction/lowest")
                    .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(bad.keySet().iterator().next()));
        }
    }
}
