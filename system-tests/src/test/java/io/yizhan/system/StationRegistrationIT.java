package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The foundation's promise end to end, with real Keycloak tokens: a city admin registers a station
 * and every other service learns of it through Kafka; the wrong caller is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class StationRegistrationIT {

    PlatformStack stack;

    @BeforeAll
    void platform(PlatformStack stack) {
        this.stack = stack;
    }

    String password(String user) {
        return stack.password(user);
    }

    String clientCredentials(String client, String secret) {
        return stack.clientCredentials(client, secret);
    }

    static Map<String, Object> station(String name) {
        return Map.of("name", name, "address", "福州市鼓楼区东街 1 号", "district", "鼓楼区",
                "lat", 26.0889, "lon", 119.3012, "type", "SMART", "contactPhone", "13900001111");
    }

    @Test
    void aStationRegisteredByFuzhouReachesEveryServicesReplica() {
        String id = given().auth().oauth2(password("fuzhou-admin")).contentType(ContentType.JSON)
                .body(station("东街口智慧驿站"))
                .when().post(stack.serviceUrl("station") + "/api/v1/stations")
                .then().statusCode(201).body("tenant", equalTo("fuzhou")).extract().path("id");

        String admin = password("fuzhou-admin");
        Map<String, String> replicaPaths = Map.of("locker", "/api/v1/lockers/stations/",
                "rating", "/api/v1/ratings/stations/", "volunteer", "/api/v1/volunteers/stations/");
        replicaPaths.forEach((service, path) -> await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(stack.serviceUrl(service) + path + id)
                        .then().statusCode(200).body("name", equalTo("东街口智慧驿站")).body("status", equalTo("PLANNED"))));

        String zhangzhou = password("zhangzhou-admin");
        given().auth().oauth2(zhangzhou).when().get(stack.serviceUrl("station") + "/api/v1/stations/" + id + "/admin")
                .then().statusCode(404).contentType("application/problem+json");
        replicaPaths.forEach((service, path) ->
                given().auth().oauth2(zhangzhou).when().get(stack.serviceUrl(service) + path + id)
                        .then().statusCode(404));
        given().auth().oauth2(password("worker1")).when().get(stack.serviceUrl("station") + "/api/v1/stations/" + id)
                .then().statusCode(200).body("contactPhoneMasked", equalTo("139****1111"));
    }

    @Test
    void withoutATokenEveryServiceAnswers401() {
        for (String service : List.of("station", "locker", "rating", "volunteer", "partner")) {
            String path = switch (service) {
                case "station" -> "/api/v1/stations";
                case "partner" -> "/api/v1/partner/subscriptions";
                default -> "/api/v1/" + service + "s/stations/00000000-0000-0000-0000-000000000000";
            };
            given().when().get(stack.serviceUrl(service) + path)
                    .then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void workersDevicesAndPartnersCannotRegisterStations() {
        for (String token : List.of(password("worker1"), clientCredentials("device-demo", "device-demo-secret"),
                clientCredentials("partner-demo", "partner-demo-secret"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(station("不该登记"))
                    .when().post(stack.serviceUrl("station") + "/api/v1/stations")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }
}
