package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * The evaluation across services: a worker's rating in rating-service reaches station-service's
 * scorecard through Kafka, and the province runs the rules over the city.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@org.junit.jupiter.api.extension.ExtendWith(SharedPlatform.class)
class EvaluationIT {

    PlatformStack stack;

    @BeforeAll
    void platform(PlatformStack stack) {
        this.stack = stack;
    }

    @Test
    void aWorkersRatingReachesTheStationsScorecard() {
        String admin = stack.password("fuzhou-admin");
        String station = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "考评联调驿站", "address", "福州市台江区工业路 2 号", "district", "台江区",
                        "lat", 26.0601, "lon", 119.3021, "type", "STANDALONE"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations/" + station + "/status").then().statusCode(200);

        String worker = stack.password("worker1");
        // rating-service accepts ratings once its replica knows the station is open.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("stationId", station, "score", 2))
                        .when().post(stack.serviceUrl("rating") + "/api/v1/ratings").then().statusCode(201));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when()
                        .get(stack.serviceUrl("station") + "/api/v1/evaluation/stations/" + station + "/scorecard")
                        .then().statusCode(200).body("signals.satisfaction.ratings", equalTo(1))
                        .body("signals.satisfaction.average", equalTo(2.0f)));

        given().auth().oauth2(stack.password("province-admin")).queryParam("tenant", "fuzhou")
                .when().post(stack.serviceUrl("station") + "/api/v1/evaluation/runs")
                .then().statusCode(200).body("tenant", equalTo("fuzhou")).body("stationsJudged", greaterThanOrEqualTo(1));
        // one rating of 2 is too few for the default rules (10 ratings): no card, the station stays open
        given().auth().oauth2(admin).queryParam("station", station)
                .when().get(stack.serviceUrl("station") + "/api/v1/evaluation/cards")
                .then().statusCode(200).body("total", equalTo(0));
        // a city admin may run (or dry-run) the rules of their own city only
        given().auth().oauth2(admin).queryParam("tenant", "xiamen").when().post(stack.serviceUrl("station") + "/api/v1/evaluation/runs")
                .then().statusCode(403);
        given().auth().oauth2(admin).queryParam("tenant", "fuzhou").queryParam("dryRun", true)
                .when().post(stack.serviceUrl("station") + "/api/v1/evaluation/runs")
                .then().statusCode(200).body("tenant", equalTo("fuzhou")).body("stationsJudged", greaterThanOrEqualTo(1));
    }

    /**
     * The rules' outcome per station, in a city no other scenario uses (平潭) with the province's
     * override of one setting: a station rated 2 gets exactly one card, yellow for low satisfaction,
     * with the numbers that led to it, and is warned; a station rated 5 gets none and stays open (it
     * has no posted hours, no complaints, no inspection and no complete week yet, so no other rule can
     * fire for either).
     */
    @Test
    void theRunCardsTheDissatisfyingStationForLowSatisfactionAndLeavesTheOtherAlone() {
        String province = stack.password("province-admin");
        String stations = stack.serviceUrl("station") + "/api/v1/stations";
        String low = openStation(province, stations, "考评低分驿站", 25.5036, 119.7906);
        String high = openStation(province, stations, "考评高分驿站", 25.5112, 119.7841);
        String rules = stack.serviceUrl("station") + "/api/v1/evaluation/rules";
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("tenant", "pingtan", "settings", Map.of("minRatings", 1)))
                .when().put(rules).then().statusCode(200).body("settings.minRatings", equalTo(1))
                .body("settings.lowSatisfaction", equalTo(3.5f));
        try {
            rate(stack.password("worker1"), low, 2);
            rate(stack.password("worker2"), high, 5);
            for (String[] expected : new String[][] {{low, "2.0"}, {high, "5.0"}}) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(province)
                        .when().get(stack.serviceUrl("station") + "/api/v1/evaluation/stations/" + expected[0] + "/scorecard")
                        .then().statusCode(200).body("signals.satisfaction.ratings", equalTo(1))
                        .body("signals.satisfaction.average", equalTo(Float.parseFloat(expected[1]))));
            }

            given().auth().oauth2(province).queryParam("tenant", "pingtan")
                    .when().post(stack.serviceUrl("station") + "/api/v1/evaluation/runs")
                    .then().statusCode(200).body("tenant", equalTo("pingtan"))
                    .body("stationsJudged", greaterThanOrEqualTo(2)).body("yellowCards", greaterThanOrEqualTo(1))
                    .body("redCards", equalTo(0));

            given().auth().oauth2(province).queryParam("station", low)
                    .when().get(stack.serviceUrl("station") + "/api/v1/evaluation/cards")
                    .then().statusCode(200).body("total", equalTo(1))
                    .body("items[0].colour", equalTo("YELLOW")).body("items[0].rule", equalTo("LOW_SATISFACTION"))
                    .body("items[0].status", equalTo("ISSUED"))
                    .body("items[0].evidence.ratings", equalTo(1))
                    .body("items[0].evidence.average", equalTo(2.0f))
                    .body("items[0].evidence.threshold", equalTo(3.5f));
            given().auth().oauth2(province).when().get(stations + "/" + low).then().statusCode(200).body("status", equalTo("WARNED"));

            given().auth().oauth2(province).queryParam("station", high)
                    .when().get(stack.serviceUrl("station") + "/api/v1/evaluation/cards")
                    .then().statusCode(200).body("total", equalTo(0));
            given().auth().oauth2(province).when().get(stations + "/" + high).then().statusCode(200).body("status", equalTo("OPEN"));
        } finally {
            given().auth().oauth2(province).contentType(ContentType.JSON).body(Map.of("tenant", "pingtan", "settings", Map.of()))
                    .when().put(rules).then().statusCode(200).body("settings.minRatings", equalTo(10));
        }
    }

    private static String openStation(String province, String stations, String name, double lat, double lon) {
        String id = given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("tenant", "pingtan", "name", name, "address", "平潭综合实验区潭城镇西航路 1 号", "district", "平潭县",
                        "lat", lat, "lon", lon, "type", "STANDALONE"))
                .when().post(stations).then().statusCode(201).extract().path("id");
        given().auth().oauth2(province).contentType(ContentType.JSON).body(Map.of("status", "OPEN"))
                .when().post(stations + "/" + id + "/status").then().statusCode(200);
        return id;
    }

    /** rating-service accepts a rating once its replica knows the station is open. */
    private void rate(String worker, String station, int score) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("stationId", station, "score", score))
                        .when().post(stack.serviceUrl("rating") + "/api/v1/ratings").then().statusCode(201));
    }
}
