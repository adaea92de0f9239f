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

    static String openStationBuiltIn(int year, String kind, String tenant) {
        Map<String, Object> body = new HashMap<>(StationFixture.gulouStation("建设计划驿站 " + kind));
        body.put("buildYear", year);
        body.put("buildKind", kind);
        body.put("tenant", tenant);
        String id = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post("/api/v1/stations/{id}/status", id).then().statusCode(200);
        return id;
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

    static Map<String, Object> upgrade(String station, int year, String kind) {
        return Map.of("stationId", station, "year", year, "kind", kind, "note", "加装空调和智能柜");
    }

    @Test
    void aLaterUpgradeCountsInItsOwnYearAndTheBuildYearStays() {
        String station = openStationBuiltIn(2032, "NEW", "longyan");
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).contentType(ContentType.JSON).body(upgrade(station, 2034, "SMART_UPGRADE"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(201)
                .body("kind", equalTo("SMART_UPGRADE")).body("kindLabel", equalTo("智慧化改造")).body("year", equalTo(2034))
                .body("source", equalTo("UPGRADE_RECORDED"));

        given().auth().oauth2(TestTokens.cityAdmin("longyan")).when().get("/api/v1/programme/{year}", 2034).then().statusCode(200)
                .body("cities[0].actual.smartUpgrades", equalTo(1)).body("cities[0].actual.newStations", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).when().get("/api/v1/programme/{year}", 2032).then().statusCode(200)
                .body("cities[0].actual.newStations", equalTo(1)).body("cities[0].actual.smartUpgrades", equalTo(0));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/stations/{id}/admin", station).then().statusCode(200)
                .body("buildYear", equalTo(2032)).body("buildKind", equalTo("NEW"));

        given().auth().oauth2(TestTokens.cityAdmin("longyan")).when().get("/api/v1/programme/{year}/history", 2034).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].stationId", equalTo(station)).body("items[0].source", equalTo("UPGRADE_RECORDED"))
                .body("items[0].stationName", equalTo("建设计划驿站 NEW")).body("items[0].note", equalTo("加装空调和智能柜"));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "longyan")
                .when().get("/api/v1/programme/{year}/history", 2032).then().statusCode(200)
                .body("items.stationId", hasItem(station)).body("items.find { it.stationId == '" + station + "' }.source", equalTo("BUILD"));

        // the same upgrade twice is a mistake
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).contentType(ContentType.JSON).body(upgrade(station, 2034, "SMART_UPGRADE"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void upgradesAreRefusedForAnotherCityBadKindsAndYearsBeforeTheBuild() {
        String station = openStationBuiltIn(2033, "NEW", "longyan");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(upgrade(station, 2035, "UPGRADE"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("longyan")).contentType(ContentType.JSON).body(upgrade(station, 2035, "UPGRADE"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).contentType(ContentType.JSON).body(upgrade(station, 2035, "NEW"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(400).body("violations.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).contentType(ContentType.JSON).body(upgrade(station, 2035, "REBUILT"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).contentType(ContentType.JSON).body(upgrade(station, 2033, "UPGRADE"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(400).body("violations.field", hasItem("year"));
        given().auth().oauth2(TestTokens.cityAdmin("longyan")).contentType(ContentType.JSON).body(Map.of("year", 2035, "kind", "UPGRADE"))
                .when().post("/api/v1/programme/upgrades").then().statusCode(400).body("violations.field", hasItem("stationId"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "longyan")
                .when().get("/api/v1/programme/{year}/history", 2033).then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("tenant", "atlantis")
                .when().get("/api/v1/programme/{year}/history", 2033).then().statusCode(400).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 201)
                .when().get("/api/v1/programme/{year}/history", 2033).then().statusCode(400).body("violations.field", hasItem("size"));
    }
}
