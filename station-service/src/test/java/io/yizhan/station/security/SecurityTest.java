package io.yizhan.station.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.SecuritySuite;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.EvaluationFixture;
import io.yizhan.station.TestClock;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Token attacks, wrong-city callers and generated bad input against every endpoint of this service (see SecuritySuite). */
@QuarkusTest
class SecurityTest extends SecuritySuite {

    @Inject
    TestClock clock;

    /** An open Fuzhou station with fuzhou-manager, a worker's report on it, a yellow card and an inspection plan. */
    @Override
    protected TenantFixture tenantFixture() {
        String station = EvaluationFixture.openStation("fuzhou", "福州安全测试驿站", null);
        String report = given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(Map.of("kind", "CLOSED"))
                .when().post("/api/v1/stations/{id}/reports", station).then().statusCode(201).extract().path("id");
        String card = EvaluationFixture.yellowByInspection(station);
        String plan = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-01", "to", "2026-12-31", "kind", "RANDOM", "perCity", 1, "tenants", java.util.List.of("fuzhou")))
                .when().post("/api/v1/evaluation/inspection-plans").then().statusCode(201).extract().path("id");
        // An inspection body and an assignment of the station to it: a wrong city must not assign it again nor see it.
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", "sec-body", "name", "安全测试评估中心")).post("/api/v1/evaluation/inspection-bodies");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", "sec-body", "stationIds", java.util.List.of(station), "due", "2030-12-31"))
                .post("/api/v1/evaluation/inspection-assignments");
        // a photo of it (a 16 × 16 PNG), for the photo endpoints
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(16, 16, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String photo = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).multiPart("file", "p.png", png.toByteArray(), "image/png")
                .when().post("/api/v1/stations/{id}/photos", station).then().statusCode(201).extract().path("id");
        String details = """
                {"name":"越界改名驿站","address":"福州市鼓楼区五四路 1 号","district":"鼓楼区","lat":26.08,"lon":119.29,"type":"STANDALONE"}""";
        return new TenantFixture(Map.of("id", station, "stationId", station, "station", station, "reportId", report,
                "cards/{id}", card, "inspection-plans/{id}", plan, "year", "2026",
                "photoId", photo),
                Map.ofEntries(
                        Map.entry("PUT /api/v1/stations/{id}", details),
                        Map.entry("POST /api/v1/stations", details.replace("{", "{\"tenant\":\"fuzhou\",")),
                        Map.entry("POST /api/v1/stations/{id}/entries",
                                "{\"entryId\":\"" + java.util.UUID.randomUUID() + "\",\"at\":\"" + OffsetDateTime.now(clock).minusHours(1) + "\",\"direction\":\"IN\",\"granted\":true}"),
                        Map.entry("PUT /api/v1/stations/{id}/hours", "{\"open24h\":true}"),
                        Map.entry("POST /api/v1/stations/{id}/status", "{\"status\":\"SUSPENDED\",\"reason\":\"越界\"}"),
                        Map.entry("PUT /api/v1/stations/{id}/managers", "{\"usernames\":[\"zhangzhou-manager\"]}"),
                        Map.entry("POST /api/v1/stations/{id}/door-devices", "{\"clientId\":\"zhangzhou-door\"}"),
                        Map.entry("POST /api/v1/stations/reports/{reportId}/resolution", "{\"outcome\":\"REJECTED\",\"resolution\":\"越界\"}"),
                        Map.entry("POST /api/v1/evaluation/cards/{id}/delisting", "{\"confirm\":true,\"reason\":\"越界\"}"),
                        Map.entry("POST /api/v1/evaluation/cards/{id}/rectifications", "{\"report\":\"越界整改\",\"photos\":[]}"),
                        Map.entry("POST /api/v1/evaluation/cards/{id}/review", "{\"accepted\":true,\"remarks\":\"越界\"}"),
                        Map.entry("POST /api/v1/evaluation/cards/{id}/reinspection", "{\"due\":\"2026-12-20\"}"),
                        Map.entry("POST /api/v1/evaluation/stations/{id}/opening-reports",
                                "{\"event\":\"OPENED\",\"at\":\"2026-11-28T09:00:00+08:00\",\"reportedBy\":\"越界\"}"),
                        Map.entry("POST /api/v1/evaluation/inspection-assignments",
                                "{\"body\":\"sec-body\",\"stationIds\":[\"" + station + "\"],\"due\":\"2030-12-30\"}"),
                        Map.entry("POST /api/v1/programme/upgrades", "{\"stationId\":\"" + station + "\",\"year\":2030,\"kind\":\"UPGRADE\"}"),
                        Map.entry("POST /api/v1/evaluation/inspections", """
                                {"stationId":"%s","kind":"RANDOM","inspector":"越界","scores":%s}""".formatted(station, scoresJson()))));
    }

    private static String scoresJson() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(EvaluationFixture.scores());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
