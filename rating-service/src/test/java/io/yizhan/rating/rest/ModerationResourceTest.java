package io.yizhan.rating.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.rating.TestStations;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ModerationResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String rate(UUID station, String worker, String comment) {
        return given().auth().oauth2(TestTokens.token(worker, null, "worker")).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "score", 3, "comment", comment))
                .when().post("/api/v1/ratings").then().statusCode(201).extract().path("id");
    }

    @Test
    void screenedCommentsWaitHiddenUntilTheirCitysAdminApproves() {
        UUID station = TestStations.open("fuzhou", "审核驿站");
        String clean = rate(station, "mod-worker-1", "很干净，水也有");
        String held = rate(station, "mod-worker-2", "想要优惠加 微 信 abc123");
        given().auth().oauth2(TestTokens.token("mod-worker-2", null, "worker")).when().get("/api/v1/ratings/mine")
                .then().body("items[0].commentStatus", equalTo("PENDING")).body("items[0].commentStatusLabel", equalTo("待审核"));

        given().when().get("/api/v1/ratings/comments/{id}", station).then().statusCode(200)
                .body("items.id", hasItem(clean)).body("items.id", not(hasItem(held)));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 200).when().get("/api/v1/ratings/moderation")
                .then().statusCode(200).body("items.ratingId", hasItem(held)).body("items.ratingId", not(hasItem(clean)))
                .body("items.find { it.ratingId == '" + held + "' }.screenedWords", equalTo("加微信"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("size", 200).when().get("/api/v1/ratings/moderation")
                .then().statusCode(200).body("items.ratingId", not(hasItem(held)));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/ratings/moderation/{id}", held).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/ratings/moderation").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("status", "MAYBE").when().get("/api/v1/ratings/moderation")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("decision", "MAYBE"))
                .when().post("/api/v1/ratings/moderation/{id}", held).then().statusCode(400).contentType(PROBLEM);

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("decision", "APPROVED", "note", "联系方式已核实为驿站官方")).when().post("/api/v1/ratings/moderation/{id}", held)
                .then().statusCode(200).body("commentStatus", equalTo("APPROVED")).body("moderatedBy", equalTo("fuzhou-admin"));
        given().when().get("/api/v1/ratings/comments/{id}", station).then().body("items.id", hasItem(held));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("decision", "REJECTED"))
                .when().post("/api/v1/ratings/moderation/{id}", held).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("decision", "REJECTED"))
                .when().post("/api/v1/ratings/moderation/{id}", clean).then().statusCode(409);
    }

    @Test
    void aRejectedCommentStaysHidden() {
        UUID station = TestStations.open("fuzhou", "驳回驿站");
        String held = rate(station, "mod-worker-3", "代开发票 请联系");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("decision", "REJECTED"))
                .when().post("/api/v1/ratings/moderation/{id}", held).then().statusCode(200).body("commentStatus", equalTo("REJECTED"));
        given().when().get("/api/v1/ratings/comments/{id}", station).then().body("items.id", not(hasItem(held)));
    }
}
