package io.yizhan.volunteer.donation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.StationFixture;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DonationResourceTest {

    @Test
    void donatedItemsAreTakenButNeverMoreThanRemain() {
        UUID station = StationFixture.station("fuzhou", "捐赠驿站", "OPEN");
        String admin = TestTokens.cityAdmin("fuzhou");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "item", "雨衣", "donor", "福州某快递公司", "quantity", 10))
                .when().post("/api/v1/donations").then().statusCode(201).body("remaining", equalTo(10)).extract().path("id");
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(Map.of("quantity", 7))
                .when().post("/api/v1/donations/{id}/taken", id).then().statusCode(200).body("remaining", equalTo(3));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("quantity", 4))
                .when().post("/api/v1/donations/{id}/taken", id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .when().post("/api/v1/donations/{id}/taken", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.worker()).queryParam("stationId", station.toString()).when().get("/api/v1/donations")
                .then().statusCode(200).body("[0].item", equalTo("雨衣")).body("[0].remaining", equalTo(3));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "item", "雨衣", "quantity", 1))
                .when().post("/api/v1/donations").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "item", "", "quantity", 0))
                .when().post("/api/v1/donations").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aStationManagerRecordsAndHandsOutDonationsOfTheirOwnStationsOnly() {
        UUID station = StationFixture.station("fuzhou", "两位站长的城市", "OPEN");   // managed by fuzhou-manager
        String other = TestTokens.token("fuzhou-other-manager", "fuzhou", "station-manager");
        given().auth().oauth2(other).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "item", "手套", "donor", "福州某公司", "quantity", 5))
                .when().post("/api/v1/donations").then().statusCode(404).contentType("application/problem+json");
        String id = given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "item", "手套", "donor", "福州某公司", "quantity", 5))
                .when().post("/api/v1/donations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .when().post("/api/v1/donations/{id}/taken", id).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(Map.of("quantity", 1))
                .when().post("/api/v1/donations/{id}/taken", id).then().statusCode(200).body("remaining", equalTo(4));
    }
}
