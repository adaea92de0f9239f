package io.yizhan.station.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class StationResourceTest {

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> gulouStation(String name) {
        return Map.of(
                "name", name,
                "address", "福州市鼓楼区五四路 88 号",
                "district", "鼓楼区",
                "lat", 26.0850,
                "lon", 119.2965,
                "type", "STANDALONE",
                "hostOrganisation", "鼓楼区总工会",
                "contactName", "林晓",
                "contactPhone", "13812345678");
    }

    static ValidatableResponse register(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stations").then();
    }

    static String registerInFuzhou(String name) {
        return register(TestTokens.cityAdmin("fuzhou"), gulouStation(name)).statusCode(201).extract().path("id");
    }

    @Test
    void cityAdminRegistersAPlannedStationInTheirCity() {
        register(TestTokens.cityAdmin("fuzhou"), gulouStation("五四路驿站"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/stations/"))
                .body("id", notNullValue())
                .body("tenant", equalTo("fuzhou"))
                .body("cityName", equalTo("福州"))
                .body("status", equalTo("PLANNED"))
                .body("statusLabel", equalTo("筹建中"))
                .body("typeLabel", equalTo("独立驿站"))
                .body("contactPhone", equalTo("13812345678"))
                .body("version", equalTo(0));
    }

    @Test
    void provinceAdminRegistersInTheCityTheyName() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation("漳州古城驿站"));
        body.put("tenant", "zhangzhou");
        register(TestTokens.provinceAdmin(), body).statusCode(201).body("tenant", equalTo("zhangzhou"));
    }

    @Test
    void provinceAdminWithoutACityIsToldToNameOne() {
        register(TestTokens.provinceAdmin(), gulouStation("无城市驿站"))
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("tenant"))
                .body("detail", containsString("fuzhou"));
    }

    @Test
    void cityAdminCannotRegisterInAnotherCity() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation("越界驿站"));
        body.put("tenant", "xiamen");
        register(TestTokens.cityAdmin("fuzhou"), body).statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void workersStationManagersAndDevicesCannotRegister() {
        for (String token : new String[]{TestTokens.worker(), TestTokens.stationManager("fuzhou"),
                TestTokens.device("fuzhou"), TestTokens.partner()}) {
            register(token, gulouStation("不该登记")).statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void missingExpiredOrForeignTokensAre401() {
        given().contentType(ContentType.JSON).body(gulouStation("匿名"))
                .when().post("/api/v1/stations").then()
                .statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
        register(TestTokens.expired("fuzhou-admin", "fuzhou", "city-admin"), gulouStation("过期"))
                .statusCode(401).contentType(PROBLEM);
        register(TestTokens.forAudience("another-api", "fuzhou-admin", "fuzhou", "city-admin"), gulouStation("他人"))
                .statusCode(401).contentType(PROBLEM);
        register(TestTokens.cityAdmin("fuzhou") + "x", gulouStation("篡改")).statusCode(401).contentType(PROBLEM);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation(""));
        body.put("lat", 1.3);      // Singapore: outside China
        body.put("lon", 139.7);    // Tokyo's longitude
        body.put("contactPhone", "12345");
        register(TestTokens.cityAdmin("fuzhou"), body)
                .statusCode(400).contentType(PROBLEM)
                .body("title", containsString("Invalid request"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("lat"))
                .body("violations.field", hasItem("lon"))
                .body("violations.field", hasItem("contactPhone"));
    }

    @Test
    void unknownTypeMalformedJsonAndUnknownFieldsAre400() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation("类型错误"));
        body.put("type", "CASTLE");
        register(TestTokens.cityAdmin("fuzhou"), body).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("type"));
        register(TestTokens.cityAdmin("fuzhou"), "{\"name\": ").statusCode(400).contentType(PROBLEM);
        Map<String, Object> extra = new java.util.HashMap<>(gulouStation("多余字段"));
        extra.put("faceImage", "base64...");
        register(TestTokens.cityAdmin("fuzhou"), extra).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("faceImage"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .when().post("/api/v1/stations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void sameIdempotencyKeyGivesTheSameStationOnce() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gulouStation("幂等驿站"))
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gulouStation("幂等驿站"))
                .when().post("/api/v1/stations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gulouStation("另一个驿站"))
                .when().post("/api/v1/stations").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void anotherCitysAdminGetsNotFoundForAdminData() {
        String id = registerInFuzhou("台江驿站");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(404).contentType(PROBLEM).body("contactName", nullValue());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(200).body("contactName", equalTo("林晓"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(200).body("tenant", equalTo("fuzhou"));
    }

    @Test
    void workersSeePublicDataWithTheContactMasked() {
        String id = registerInFuzhou("仓山驿站");
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("仓山驿站"))
                .body("contactPhoneMasked", equalTo("138****5678"))
                .body("contactPhone", nullValue())
                .body("contactName", nullValue());
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listsAreConfinedToTheCallersCity() {
        registerInFuzhou("晋安驿站");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 200)
                .when().get("/api/v1/stations").then().statusCode(200)
                .body("items.tenant", everyItem(equalTo("fuzhou")))
                .body("items.name", hasItem("晋安驿站"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("tenant", "fuzhou")
                .when().get("/api/v1/stations").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 201)
                .when().get("/api/v1/stations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("size"));
    }
}
