package io.yizhan.system;

import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** What several system tests set up the same way, through the portal's API as a person would. */
final class StackFixtures {

    private StackFixtures() {
    }

    /**
     * A Fuzhou station open around the clock (duties and help at any hour), named by {@code fuzhou-admin},
     * with {@code managers} (login names, may be none); returns once volunteer-service knows it open.
     */
    static String openAroundTheClock(PlatformStack stack, String name, String address, String district, double lat, double lon,
                                     String phone, List<String> managers) {
        String admin = stack.password("fuzhou-admin");
        String api = stack.portalUrl() + "/api/v1";
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", address, "district", district, "lat", lat, "lon", lon,
                        "type", "STANDALONE", "contactPhone", phone, "hours", Map.of("open24h", true)))
                .when().post(api + "/stations").then().statusCode(201).extract().path("id");
        if (!managers.isEmpty()) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("usernames", managers))
                    .when().put(api + "/stations/" + id + "/managers").then().statusCode(200);
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN", "reason", "浏览器测试 / browser test"))
                .when().post(api + "/stations/" + id + "/status").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api + "/volunteers/stations/" + id)
                        .then().statusCode(200).body("status", equalTo("OPEN")).body("open24h", equalTo(true)));
        return id;
    }

    /** {@code volunteer1} signs up for a shift, with the profile a sign-up needs made first if missing. */
    static void volunteer1SignsUp(PlatformStack stack, String shift) {
        String volunteer = stack.password("volunteer1");
        String api = stack.portalUrl() + "/api/v1";
        if (given().auth().oauth2(volunteer).when().get(api + "/volunteers/me").statusCode() == 409) {
            Map<String, Object> profile = new HashMap<>(Map.of("displayName", "刘芳", "kind", "VOLUNTEER"));
            given().auth().oauth2(volunteer).contentType(ContentType.JSON).body(profile)
                    .when().put(api + "/volunteers/me").then().statusCode(200);
        }
        given().auth().oauth2(volunteer).when().post(api + "/shifts/" + shift + "/signups").then().statusCode(201);
    }
}
