package io.yizhan.rating.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.SecuritySuite;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.rating.TestStations;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Token attacks, wrong-city callers and generated bad input against every endpoint of this service (see SecuritySuite). */
@QuarkusTest
class SecurityTest extends SecuritySuite {

    /** An open Fuzhou station, a rating whose comment waits for moderation, and a worker's suggestion for it. */
    @Override
    protected TenantFixture tenantFixture() {
        UUID station = TestStations.open("fuzhou", "福州安全测试驿站");
        String rating = given().auth().oauth2(TestTokens.token("security-rater", null, "worker")).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "score", 3, "comment", "想要优惠加 微 信 abc123"))
                .when().post("/api/v1/ratings").then().statusCode(201).extract().path("id");
        String suggestion = given().auth().oauth2(TestTokens.token("security-ideas", null, "worker")).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "title", "增加微波炉", "body", "中午热饭的人多，建议再加一台微波炉。"))
                .when().post("/api/v1/suggestions").then().statusCode(201).extract().path("id");
        return new TenantFixture(Map.of("stationId", station.toString(), "stations/{id}", station.toString(), "station", station.toString(),
                "ratingId", rating, "suggestions/{id}", suggestion),
                Map.of("POST /api/v1/ratings/moderation/{ratingId}", "{\"decision\":\"APPROVED\"}",
                        "POST /api/v1/suggestions/{id}/answers", "{\"status\":\"ACKNOWLEDGED\",\"reply\":\"越界\"}"));
    }
}
