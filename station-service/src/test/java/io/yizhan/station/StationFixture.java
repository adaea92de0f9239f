package io.yizhan.station;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** A registered station for the tests of every room (registry, doors, programme, audit). */
public final class StationFixture {

    private StationFixture() {
    }

    /** A complete registration body for a station in Fuzhou's Gulou district. */
    public static Map<String, Object> gulouStation(String name) {
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

    public static ValidatableResponse register(String token, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stations").then();
    }

    /** Registers a Gulou station as Fuzhou's city admin and returns its id. */
    public static String registerInFuzhou(String name) {
        return register(TestTokens.cityAdmin("fuzhou"), gulouStation(name)).statusCode(201).extract().path("id");
    }

    /** The rows of this service's audit log (newest 200) that the request with {@code requestId} left. */
    public static List<Map<String, Object>> auditRows(String token, String requestId) {
        List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/stations/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(row -> requestId.equals(row.get("requestId"))).toList();
    }
}
