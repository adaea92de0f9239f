package io.yizhan.station.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.only;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.run;
import static io.yizhan.station.EvaluationFixture.settings;
import static io.yizhan.station.EvaluationFixture.yellowByInspection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Scorecards, managers' opening reports, the city and province reports and the CSV export. */
@QuarkusTest
class EvaluationResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

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
                .body("score", notNullValue());
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
        int before = given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("year", YEAR)
                .when().get("/api/v1/evaluation/reports/summary").then().statusCode(200)
                .extract().jsonPath().getInt("total.yellowIssued");
        yellowByInspection(openStation("ningde", "宁德报表驿站", null));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("year", YEAR).when().get("/api/v1/evaluation/reports/summary")
                .then().statusCode(200).body("cities.tenant", org.hamcrest.Matchers.everyItem(equalTo("ningde")))
                .body("cities[0].nameZh", equalTo("宁德")).body("total.yellowIssued", equalTo(before + 1));
        int month = LocalDate.now(ZoneId.of("Asia/Shanghai")).getMonthValue();
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParams(Map.of("year", YEAR, "tenant", "ningde"))
                .when().get("/api/v1/evaluation/reports/monthly").then().statusCode(200).body("months", hasSize(12))
                .body("months[" + (month - 1) + "].yellowIssued", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParams(Map.of("year", YEAR, "tenant", "ningde"))
                .when().get("/api/v1/evaluation/reports/summary").then().statusCode(200).body("cities", hasSize(0))
                .body("total.yellowIssued", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParams(Map.of("year", YEAR, "tenant", "ningde"))
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
}
