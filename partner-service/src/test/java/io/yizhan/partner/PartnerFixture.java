package io.yizhan.partner;

import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Partners and subscriptions made through the API, each test with clients of its own. */
public final class PartnerFixture {

    private PartnerFixture() {
    }

    public static String newClientId() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers {@code clientId} as the province admin would; returns the partner id. */
    public static String register(String clientId, List<String> cities, List<String> scopes) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "name", "测试平台 " + clientId, "contactName", "张三",
                        "contactEmail", "ops@" + clientId + ".example.com", "cities", cities, "scopes", scopes))
                .when().post("/api/v1/partner/partners")
                .then().statusCode(201).extract().path("id");
    }

    public static String register(String clientId) {
        return register(clientId, List.of("fuzhou", "xiamen"), List.of("stations.read", "webhooks"));
    }

    /** Subscribes and returns {id, secret}. */
    public static Map<String, String> subscribe(String clientId, Map<String, Object> body) {
        var response = given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/partner/subscriptions")
                .then().statusCode(201).extract();
        return Map.of("id", response.path("id"), "secret", response.path("secret"));
    }
}
