package io.yizhan.station.evaluation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The rules in words and numbers, their documented defaults, and the province's and a city's overrides. */
@QuarkusTest
class EvaluationRuleResourceTest {

    static final String PROBLEM = "application/problem+json";

    static io.restassured.response.ValidatableResponse override(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/v1/evaluation/rules").then();
    }

    @Test
    void aCityReadsItsRulesWithTheDefaultsAndTheirSources() {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/evaluation/rules").then().statusCode(200)
                .body("tenant", equalTo("fuzhou"))
                .body("rules.code", hasItems("LOW_USAGE", "LOW_SATISFACTION", "MISSED_OPENINGS", "OVERDUE_COMPLAINTS",
                        "INSPECTION_BASE_NOT_MET", "YELLOW_NOT_RECTIFIED", "REPEATED_YELLOW"))
                .body("rules.find { it.code == 'LOW_SATISFACTION' }.descriptionEn", containsString("averaging under 3.5"))
                .body("rules.find { it.code == 'REPEATED_YELLOW' }.colour", equalTo("RED"))
                .body("settings.minWeeklyUses", equalTo(20)).body("settings.rectifyDays", equalTo(30))
                .body("sources.rectifyDays", equalTo("DEFAULT"));
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().get("/api/v1/evaluation/rules").then().statusCode(200);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/evaluation/rules").then().statusCode(403);
        given().when().get("/api/v1/evaluation/rules").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "gotham").when().get("/api/v1/evaluation/rules")
                .then().statusCode(400).contentType(PROBLEM);
        // Found by SecurityTest's wrong-city matrix: another city's settings were readable with ?tenant=.
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("tenant", "fuzhou").when().get("/api/v1/evaluation/rules")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("zhangzhou")).queryParam("tenant", "fuzhou").when().get("/api/v1/evaluation/rules")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "fuzhou").when().get("/api/v1/evaluation/rules")
                .then().statusCode(200).body("tenant", equalTo("fuzhou"));
    }

    @Test
    void aCitysOverrideWinsOverTheProvincesWhichWinsOverTheDefault() {
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou", "settings", Map.of("minWeeklyUses", 8))).statusCode(200)
                .body("settings.minWeeklyUses", equalTo(8)).body("sources.minWeeklyUses", equalTo("CITY"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/evaluation/rules").then()
                .body("settings.minWeeklyUses", equalTo(8))
                .body("rules.find { it.code == 'LOW_USAGE' }.descriptionZh", containsString("少于 8"));
        // Another city keeps the default; removing the override restores it.
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/evaluation/rules").then()
                .body("settings.minWeeklyUses", equalTo(20));
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou", "settings", Map.of())).statusCode(200)
                .body("settings.minWeeklyUses", equalTo(20)).body("sources.minWeeklyUses", equalTo("DEFAULT"));
        // The province's own override applies to every city without one of its own.
        override(TestTokens.provinceAdmin(), Map.of("settings", Map.of("complaintDeadlineDays", 5))).statusCode(200)
                .body("settings.complaintDeadlineDays", equalTo(5)).body("sources.complaintDeadlineDays", equalTo("PROVINCE"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/evaluation/rules").then()
                .body("settings.complaintDeadlineDays", equalTo(5)).body("sources.complaintDeadlineDays", equalTo("PROVINCE"));
        override(TestTokens.provinceAdmin(), Map.of("settings", Map.of())).statusCode(200)
                .body("settings.complaintDeadlineDays", equalTo(7));
    }

    @Test
    void onlyTheProvinceSetsTheRulesAndNonsenseIsRefused() {
        override(TestTokens.cityAdmin("fuzhou"), Map.of("tenant", "fuzhou", "settings", Map.of("minWeeklyUses", 1))).statusCode(403);
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou", "settings", Map.of("maxFun", 3))).statusCode(400)
                .contentType(PROBLEM).body("violations[0].field", equalTo("settings.maxFun"))
                .body("violations[0].message", containsString("minWeeklyUses"));
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou", "settings", Map.of("rectifyDays", -3))).statusCode(400);
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou", "settings", Map.of("lowUsageWeeks", 2.5))).statusCode(400)
                .body("violations[0].message", containsString("whole number"));
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou", "settings", Map.of("lowSatisfaction", 7))).statusCode(400);
        override(TestTokens.provinceAdmin(), Map.of("tenant", "gotham", "settings", Map.of("rectifyDays", 10))).statusCode(400);
        override(TestTokens.provinceAdmin(), Map.of("tenant", "zhangzhou")).statusCode(400).body("violations[0].field", equalTo("settings"));
    }
}
