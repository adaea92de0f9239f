package io.yizhan.station.programme.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.StationFixture;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ProgrammeResourceTest {

    static final String PROBLEM = "application/problem+json";

    static void openStationBuiltIn(int year, String kind, String tenant) {
        Map<String, Object> body = new HashMap<>(StationFixture.gulouStation("建设计划驿站 " + kind));
        body.put("buildYear", year);
        body.put("buildKind", kind);
        body.put("tenant", tenant);
        String id = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post("/api/v1/stations/{id}/status", id).then().statusCode(200);
    }

    @Test
    void progressCountsOpenStationsBuiltThatYearAgainstTheTargets() {
        int year = 2031;   // a year no other test builds in
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("newStations", 4, "upgraded", 2, "smartUpgrades", 2))
                .when().put("/api/v1/programme/{year}/targets/{tenant}", year, "putian").then().statusCode(200);
        openStationBuiltIn(year, "NEW", "putian");
        openStationBuiltIn(year, "NEW", "putian");
        openStationBuiltIn(year, "UPGRADE", "putian");
        openStationBuiltIn(year, "UPGRADE", "putian");
        openStationBuiltIn(year, "UPGRADE", "putian");   // beyond the target: must not hide the other shortfalls
        // planned, not opened: does not count
        Map<String, Object> planned = new HashMap<>(StationFixture.gulouStation("未开放"));
        planned.putAll(Map.of("buildYear", year, "buildKind", "SMART_UPGRADE", "tenant", "putian"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(planned)
                .when().post("/api/v1/stations").then().statusCode(201);

        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/programme/{year}", year).then().statusCode(200)
                .body("cities", hasSize(10))
                .body("cities.find { it.tenant == 'putian' }.actual.newStations", equalTo(2))
                .body("cities.find { it.tenant == 'putian' }.actual.upgraded", equalTo(3))
                .body("cities.find { it.tenant == 'putian' }.actual.smartUpgrades", equalTo(0))
                .body("cities.find { it.tenant == 'putian' }.completionPercent", equalTo(50))   // (2 + 2 + 0) of 8
                .body("province.target.newStations", equalTo(4))
                .body("province.actual.upgraded", equalTo(3));
    }

    @Test
    void onlyTheProvinceSetsTargetsAndCitiesSeeTheirOwnLine() {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("newStations", 1, "upgraded", 1, "smartUpgrades", 1))
                .when().put("/api/v1/programme/2030/targets/fuzhou").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/programme/2030").then().statusCode(200)
                .body("cities", hasSize(1)).body("cities[0].tenant", equalTo("fuzhou")).body("cities[0].name", equalTo("福州"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/programme/2030").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("newStations", -1, "upgraded", 1))
                .when().put("/api/v1/programme/2030/targets/fuzhou").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("newStations")).body("violations.field", hasItem("smartUpgrades"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("newStations", 1, "upgraded", 1, "smartUpgrades", 1))
                .when().put("/api/v1/programme/2030/targets/atlantis").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/programme/1999").then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("year"));
    }
}
