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
                .then().statusCode(200).body("stationsJudged", greaterThanOrEqualTo(1));
        given().auth().oauth2(admin).when().post(stack.serviceUrl("station") + "/api/v1/evaluation/runs")
                .then().statusCode(403);
    }
}
