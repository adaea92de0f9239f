package io.yizhan.rating.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.rating.TestStations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/**
 * Figures against hand-computed ones. Ratings are written with known times in 2025, long before
 * every other test's (which rate "now"), and the reports are asked as of 2025-03-12 12:00 +08:00 (a Wednesday).
 */
@QuarkusTest
@Tag("clock")
class SatisfactionResourceTest {

    static final String AS_OF = "2025-03-12T12:00:00+08:00";
    static UUID station;

    static void rate(UUID station, String tenant, String at, int score, Integer env, Integer fac, Integer svc, Integer open) {
        TestStations.sql("""
                INSERT INTO rating (id, station_id, tenant, score, environment, facilities, service, opening_as_posted, tags,
                    comment_status, source, qr_verified, rated_at, first_rated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '', 'NONE', 'QR', true, $9, $9)""",
                UUID.randomUUID(), station, tenant, score, env, fac, svc, open, OffsetDateTime.parse(at));
    }

    /** Once per run (a guarded @BeforeEach, since the database is only reachable once Quarkus runs). */
    @BeforeEach
    void ratings() {
        if (station != null) {
            return;
        }
        station = TestStations.open("sanming", "三明满意度驿站");
        rate(station, "sanming", "2025-03-11T09:00:00+08:00", 5, 4, 5, 5, 5);   // 7d, 6–11, week 03-10
        rate(station, "sanming", "2025-03-10T12:30:00+08:00", 4, 3, null, null, null); // 7d, 11–14, week 03-10
        rate(station, "sanming", "2025-03-07T20:00:00+08:00", 2, 2, null, null, null); // 7d, 18–24, week 03-03
        rate(station, "sanming", "2025-03-11T23:30:00+08:00", 4, null, null, null, null); // 7d, 18–24 (15:30 UTC), week 03-10
        rate(station, "sanming", "2025-02-25T03:00:00+08:00", 3, null, null, null, null); // 30d, 0–6, week 02-24
        rate(station, "sanming", "2025-02-16T15:00:00+08:00", 1, null, null, null, null); // 30d, 14–18, week 02-10
        rate(station, "sanming", "2025-01-15T10:00:00+08:00", 5, null, null, null, null); // 90d, 6–11, week 01-13
        rate(station, "sanming", "2024-11-15T10:00:00+08:00", 5, null, null, null, null); // older than 90 days
        rate(station, "sanming", "2025-03-12T12:30:00+08:00", 1, null, null, null, null); // after asOf
        UUID neighbour = TestStations.open("sanming", "三明另一驿站");
        rate(neighbour, "sanming", "2025-03-11T10:00:00+08:00", 1, null, null, null, null);
        UUID elsewhere = TestStations.open("ningde", "宁德驿站");
        rate(elsewhere, "ningde", "2025-03-11T10:00:00+08:00", 5, null, null, null, null);
    }

    static RequestSpecification as(String token) {
        return given().config(RestAssured.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)))
                .auth().oauth2(token).queryParam("asOf", AS_OF);
    }

    @Test
    void aStationsRollingWindowsMatchTheHandComputedFigures() {
        as(TestTokens.cityAdmin("sanming")).when().get("/api/v1/satisfaction/stations/{id}", station).then().statusCode(200)
                .body("scope", equalTo("station")).body("stationName", equalTo("三明满意度驿站")).body("tenantName", equalTo("三明"))
                .body("asOf", equalTo(AS_OF)).body("threshold", equalTo(3.5)).body("low", equalTo(false))
                .body("windows.days", contains(7, 30, 90))
                // 7 days: 5, 4, 2, 4
                .body("windows[0].ratings", equalTo(4)).body("windows[0].average", equalTo(3.75)).body("windows[0].shareHigh", equalTo(0.75))
                .body("windows[0].dimensions.environment", equalTo(3.0)).body("windows[0].dimensions.facilities", equalTo(5.0))
                .body("windows[0].dimensions.openingAsPosted", equalTo(5.0))
                // 30 days: + 3, 1 → 19 / 6
                .body("windows[1].ratings", equalTo(6)).body("windows[1].average", equalTo(3.17)).body("windows[1].shareHigh", equalTo(0.5))
                // 90 days: + 5 → 24 / 7, 4 of 7 high
                .body("windows[2].ratings", equalTo(7)).body("windows[2].average", equalTo(3.43)).body("windows[2].shareHigh", equalTo(0.571));
    }

    @Test
    void timeOfDayIsInStationTimeAndTheTrendIsWeeklyFromMonday() {
        as(TestTokens.stationManager("sanming")).when().get("/api/v1/satisfaction/stations/{id}", station).then().statusCode(200)
                .body("timeOfDay.fromHour", contains(0, 6, 11, 14, 18))
                .body("timeOfDay.ratings", contains(1, 2, 1, 1, 2))
                .body("timeOfDay.average", contains(3.0, 5.0, 4.0, 1.0, 3.0))
                .body("weekly", hasSize(12))
                .body("weekly[0].weekStart", equalTo("2024-12-23")).body("weekly[11].weekStart", equalTo("2025-03-10"))
                .body("weekly[11].ratings", equalTo(3)).body("weekly[11].average", equalTo(4.33))
                .body("weekly[10].ratings", equalTo(1)).body("weekly[10].average", equalTo(2.0))
                .body("weekly.find { it.weekStart == '2025-02-24' }.average", equalTo(3.0))
                .body("weekly.find { it.weekStart == '2025-02-10' }.average", equalTo(1.0))
                .body("weekly.find { it.weekStart == '2025-01-13' }.average", equalTo(5.0))
                .body("weekly.find { it.weekStart == '2025-02-17' }.ratings", equalTo(0))
                .body("weekly.find { it.weekStart == '2025-02-17' }.average", nullValue());
    }

    @Test
    void cityAndProvinceAddTheirOtherStations() {
        // city: the station's four plus the neighbour's 1 → 16 / 5
        as(TestTokens.cityAdmin("sanming")).when().get("/api/v1/satisfaction/cities/sanming").then().statusCode(200)
                .body("scope", equalTo("city")).body("windows[0].ratings", equalTo(5)).body("windows[0].average", equalTo(3.2))
                .body("windows[0].shareHigh", equalTo(0.6));
        // province: + Ningde's 5 → 21 / 6
        as(TestTokens.provinceAdmin()).when().get("/api/v1/satisfaction/province").then().statusCode(200)
                .body("scope", equalTo("province")).body("tenantName", equalTo("福建省"))
                .body("windows[0].ratings", equalTo(6)).body("windows[0].average", equalTo(3.5)).body("windows[0].shareHigh", equalTo(0.667));
        as(TestTokens.provinceAdmin()).when().get("/api/v1/satisfaction/cities/ningde").then().statusCode(200)
                .body("windows[0].ratings", equalTo(1)).body("windows[1].dimensions.environment", nullValue());
        as(TestTokens.cityAdmin("xiamen")).when().get("/api/v1/satisfaction/cities/xiamen").then().statusCode(200)
                .body("windows[0].ratings", equalTo(0)).body("windows[0].average", nullValue()).body("windows[0].shareHigh", nullValue());
    }

    @Test
    void figuresStayInsideTheCallersCity() {
        as(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/satisfaction/stations/{id}", station)
                .then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.stationManager("fuzhou")).when().get("/api/v1/satisfaction/stations/{id}", station).then().statusCode(404);
        as(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/satisfaction/cities/sanming").then().statusCode(404);
        as(TestTokens.provinceAdmin()).when().get("/api/v1/satisfaction/cities/beijing").then().statusCode(404);
        as(TestTokens.worker()).when().get("/api/v1/satisfaction/stations/{id}", station).then().statusCode(403);
        as(TestTokens.stationManager("sanming")).when().get("/api/v1/satisfaction/cities/sanming").then().statusCode(403);
        given().when().get("/api/v1/satisfaction/province").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("asOf", "yesterday").when().get("/api/v1/satisfaction/province")
                .then().statusCode(400).body("violations.field", hasItem("asOf"));
        as(TestTokens.provinceAdmin()).when().get("/api/v1/satisfaction/stations/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
