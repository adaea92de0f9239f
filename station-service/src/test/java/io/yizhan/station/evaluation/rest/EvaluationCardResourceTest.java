package io.yizhan.station.evaluation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.cards;
import static io.yizhan.station.EvaluationFixture.only;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.run;
import static io.yizhan.station.EvaluationFixture.settings;
import static io.yizhan.station.EvaluationFixture.yellowByInspection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Rectification, review, re-inspection, escalation to red and the province's delisting decision. */
@QuarkusTest
class EvaluationCardResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    static ValidatableResponse rectify(String token, String card) {
        return post(token, "/api/v1/evaluation/cards/" + card + "/rectifications",
                Map.of("report", "已更换饮水机并张贴维护记录", "photos", List.of("https://img.example.cn/fix-1.jpg")));
    }

    static ValidatableResponse review(String token, String card, boolean accepted) {
        return post(token, "/api/v1/evaluation/cards/" + card + "/review", Map.of("accepted", accepted, "remarks", "复核意见"));
    }

    static String stationStatus(String station) {
        return given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", station).then().statusCode(200)
                .extract().path("status");
    }

    @Test
    void aRejectedRectificationLeavesTheDeadlineAndAnAcceptedOneClosesTheCardAndLiftsTheWarning() {
        settings("ningde", only("NONE"));
        String station = openStation("ningde", "宁德整改驿站", null);
        String card = yellowByInspection(station);
        assertThat(stationStatus(station)).isEqualTo("WARNED");
        String deadline = given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/evaluation/cards/{id}", card)
                .then().statusCode(200).body("rule", equalTo("INSPECTION_BASE_NOT_MET"))
                .body("evidence.baseItemsNotMet", contains("water")).extract().path("deadline");

        rectify(TestTokens.stationManager("ningde"), card).statusCode(200).body("status", equalTo("RECTIFICATION_SUBMITTED"));
        rectify(TestTokens.stationManager("ningde"), card).statusCode(409).contentType(PROBLEM);
        review(TestTokens.cityAdmin("ningde"), card, false).statusCode(200).body("status", equalTo("ISSUED"))
                .body("deadline", equalTo(deadline));
        rectify(TestTokens.stationManager("ningde"), card).statusCode(200);
        review(TestTokens.cityAdmin("ningde"), card, true).statusCode(200).body("status", equalTo("RECTIFIED"))
                .body("closedAt", notNullValue())
                .body("actions.action", contains("ISSUED", "RECTIFICATION_SUBMITTED", "RECTIFICATION_REJECTED",
                        "RECTIFICATION_SUBMITTED", "RECTIFICATION_ACCEPTED"))
                .body("actions.actor", hasItem("ningde-manager"))
                .body("actions.actor", hasItem("ningde-admin"))
                .body("actions[1].photos", contains("https://img.example.cn/fix-1.jpg"));
        assertThat(stationStatus(station)).isEqualTo("OPEN");
        review(TestTokens.cityAdmin("ningde"), card, true).statusCode(409).contentType(PROBLEM);
    }

    @Test
    void onlyTheStationsOwnManagerRectifiesAndOnlyItsCityReviews() {
        settings("ningde", only("NONE"));
        String station = openStation("ningde", "宁德权限驿站", null);
        String card = yellowByInspection(station);
        rectify(TestTokens.cityAdmin("ningde"), card).statusCode(403);
        rectify(TestTokens.stationManager("fuzhou"), card).statusCode(404).contentType(PROBLEM);
        rectify(TestTokens.token("other-manager", "ningde", "station-manager"), card).statusCode(404);
        rectify(TestTokens.worker(), card).statusCode(403);
        post(TestTokens.stationManager("ningde"), "/api/v1/evaluation/cards/" + card + "/rectifications", Map.of("report", ""))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("report"));
        post(TestTokens.stationManager("ningde"), "/api/v1/evaluation/cards/" + card + "/rectifications",
                Map.of("report", "ok", "photos", List.of("javascript:alert(1)"))).statusCode(400).contentType(PROBLEM);
        rectify(TestTokens.stationManager("ningde"), card).statusCode(200);
        review(TestTokens.cityAdmin("fuzhou"), card, true).statusCode(404).contentType(PROBLEM);
        review(TestTokens.stationManager("ningde"), card, true).statusCode(403);
        post(TestTokens.cityAdmin("ningde"), "/api/v1/evaluation/cards/" + card + "/review", Map.of("remarks", "x"))
                .statusCode(400).body("violations.field", hasItem("accepted"));
        // The manager reads their card; another city's admin cannot even learn it exists.
        given().auth().oauth2(TestTokens.stationManager("ningde")).when().get("/api/v1/evaluation/cards/{id}", card)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/evaluation/cards/{id}", card)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "ningde").when().get("/api/v1/evaluation/cards")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).queryParam("status", "PURPLE").when().get("/api/v1/evaluation/cards")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("status"));
    }

    @Test
    void theCitySchedulesAReinspection() {
        settings("ningde", only("NONE"));
        String card = yellowByInspection(openStation("ningde", "宁德复查驿站", null));
        String due = LocalDate.now().plusDays(14).toString();
        post(TestTokens.cityAdmin("ningde"), "/api/v1/evaluation/cards/" + card + "/reinspection", Map.of("due", due))
                .statusCode(200).body("reinspectionDue", equalTo(due)).body("actions.action", hasItem("REINSPECTION_SCHEDULED"));
        post(TestTokens.cityAdmin("ningde"), "/api/v1/evaluation/cards/" + card + "/reinspection", Map.of("due", "2020-01-01"))
                .statusCode(400).contentType(PROBLEM);
        post(TestTokens.stationManager("ningde"), "/api/v1/evaluation/cards/" + card + "/reinspection", Map.of("due", due))
                .statusCode(403);
    }

    @Test
    void anUnrectifiedYellowPastItsDeadlineTurnsRedAndAConfirmedDelistingTakesTheStationOutOfSearch() {
        settings("longyan", only("NONE"));
        String station = openStation("longyan", "龙岩逾期驿站", null);
        double lat = given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", station).then()
                .extract().jsonPath().getDouble("lat");
        double lon = given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", station).then()
                .extract().jsonPath().getDouble("lon");
        String yellow = yellowByInspection(station);
        run("longyan");
        assertThat(cards(station)).hasSize(1);   // still within its 30 days

        clock.advance(Duration.ofDays(31));
        run("longyan");
        run("longyan");   // a second run finds nothing new

        List<Map<String, Object>> all = cards(station);
        assertThat(all).hasSize(2);
        Map<String, Object> red = all.stream().filter(c -> "RED".equals(c.get("colour"))).findFirst().orElseThrow();
        assertThat(red).containsEntry("rule", "YELLOW_NOT_RECTIFIED").containsEntry("status", "DELISTING_PROPOSED");
        assertThat(((Map<?, ?>) red.get("evidence")).get("yellowCard")).isEqualTo(yellow);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/evaluation/cards/{id}", yellow).then()
                .body("status", equalTo("ESCALATED")).body("escalatedTo", equalTo(red.get("id")));
        rectify(TestTokens.stationManager("longyan"), (String) red.get("id")).statusCode(409);

        String redId = (String) red.get("id");
        post(TestTokens.cityAdmin("longyan"), "/api/v1/evaluation/cards/" + redId + "/delisting",
                Map.of("confirm", true, "reason", "逾期未整改")).statusCode(403).contentType(PROBLEM);
        post(TestTokens.provinceAdmin(), "/api/v1/evaluation/cards/" + redId + "/delisting", Map.of("confirm", true))
                .statusCode(400).body("violations.field", hasItem("reason"));
        List<String> before = given().auth().oauth2(TestTokens.worker()).queryParams(Map.of("lat", lat, "lon", lon, "radius", 500))
                .when().get("/api/v1/stations/nearby").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(before).contains(station);

        post(TestTokens.provinceAdmin(), "/api/v1/evaluation/cards/" + redId + "/delisting",
                Map.of("confirm", true, "reason", "逾期未整改，经省总审定摘牌")).statusCode(200)
                .body("status", equalTo("DELISTED")).body("actions.action", hasItem("DELISTING_CONFIRMED"));

        assertThat(stationStatus(station)).isEqualTo("DELISTED");
        List<String> after = given().auth().oauth2(TestTokens.worker()).queryParams(Map.of("lat", lat, "lon", lon, "radius", 500))
                .when().get("/api/v1/stations/nearby").then().statusCode(200).extract().jsonPath().getList("id");
        assertThat(after).doesNotContain(station);
        post(TestTokens.provinceAdmin(), "/api/v1/evaluation/cards/" + redId + "/delisting",
                Map.of("confirm", true, "reason", "again")).statusCode(409);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSecondYellowWithinThePeriodIsRedAndADeclinedDelistingKeepsTheStation() {
        settings("pingtan", only("NONE"));
        String station = openStation("pingtan", "平潭再犯驿站", null);
        String first = yellowByInspection(station);
        rectify(TestTokens.stationManager("pingtan"), first).statusCode(200);
        review(TestTokens.cityAdmin("pingtan"), first, true).statusCode(200);
        assertThat(stationStatus(station)).isEqualTo("OPEN");

        String second = yellowByInspection(station);

        List<Map<String, Object>> all = cards(station);
        Map<String, Object> red = all.stream().filter(c -> "RED".equals(c.get("colour"))).findFirst().orElseThrow();
        assertThat(red).containsEntry("rule", "REPEATED_YELLOW");
        assertThat((List<Object>) ((Map<?, ?>) red.get("evidence")).get("yellowCards")).contains(first, second);
        post(TestTokens.provinceAdmin(), "/api/v1/evaluation/cards/" + red.get("id") + "/delisting",
                Map.of("confirm", false, "reason", "整改态度积极，暂不摘牌")).statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(stationStatus(station)).isEqualTo("WARNED");   // the second yellow is still open
    }
}
