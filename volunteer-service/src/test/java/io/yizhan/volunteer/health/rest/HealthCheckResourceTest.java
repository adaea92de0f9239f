package io.yizhan.volunteer.health.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.volunteer.StationFixture;
import io.yizhan.volunteer.TestClock;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@Tag("clock")
class HealthCheckResourceTest {

    @Inject
    TestClock clock;

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> session(UUID station, String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station.toString());
        body.put("kind", kind);
        return body;
    }

    static void bind(String clientId, UUID station) {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("stationId", station.toString()))
                .when().put("/api/v1/health-checks/devices/{clientId}", clientId).then().statusCode(200)
                .body("stationId", equalTo(station.toString())).body("tenant", equalTo("fuzhou"));
    }

    @Test
    void aBoundDeviceRecordsSessionsForItsStationOnly() {
        UUID station = StationFixture.station("fuzhou", "健康小屋驿站", "OPEN");
        UUID other = StationFixture.station("fuzhou", "隔壁驿站", "OPEN");
        String clientId = "health-" + UUID.randomUUID();
        bind(clientId, station);
        String device = TestTokens.device(clientId, "fuzhou");

        Map<String, Object> withPseudonym = session(station, "BLOOD_PRESSURE");
        withPseudonym.put("workerPseudonym", "rider-7f3a");
        String id = given().auth().oauth2(device).contentType(ContentType.JSON).body(withPseudonym)
                .when().post("/api/v1/health-checks/sessions").then().statusCode(201)
                .body("kindLabel", equalTo("血压")).extract().path("id");
        given().auth().oauth2(device).contentType(ContentType.JSON).body(session(station, "GENERAL"))
                .when().post("/api/v1/health-checks/sessions").then().statusCode(201);
        given().auth().oauth2(device).contentType(ContentType.JSON).body(session(other, "HEART_RATE"))
                .when().post("/api/v1/health-checks/sessions").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.device("health-unknown-" + UUID.randomUUID(), "fuzhou")).contentType(ContentType.JSON)
                .body(session(station, "HEART_RATE")).when().post("/api/v1/health-checks/sessions").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.device(clientId, "xiamen")).contentType(ContentType.JSON)
                .body(session(station, "HEART_RATE")).when().post("/api/v1/health-checks/sessions").then().statusCode(403);

        List<ConsumerRecord<String, String>> events = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.volunteer.health-check-recorded"),
                found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(events).hasSize(2);
        assertThat(events.get(0).value()).contains("\"sessionId\":\"" + id + "\"", "\"kind\":\"BLOOD_PRESSURE\"")
                .doesNotContain("rider-7f3a", clientId);

        String today = LocalDate.now(clock).toString();
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("stationId", station.toString())
                .when().get("/api/v1/health-checks/counts").then().statusCode(200)
                .body("find { it.stationId == '" + station + "' && it.day == '" + today + "' }.sessions", equalTo(2))
                .body("find { it.stationId == '" + station + "' }.stationName", equalTo("健康小屋驿站"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/health-checks/counts").then().statusCode(200)
                .body("stationId", not(hasItem(station.toString())));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/health-checks/devices").then().statusCode(200)
                .body("find { it.clientId == '" + clientId + "' }.stationName", equalTo("健康小屋驿站"))
                .body("find { it.clientId == '" + clientId + "' }.sessionsLast30Days", equalTo(2));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/health-checks/devices").then().statusCode(200)
                .body("clientId", not(hasItem(clientId)));

        // the city moves the device next door: from then on it records there
        bind(clientId, other);
        given().auth().oauth2(device).contentType(ContentType.JSON).body(session(other, "HEART_RATE"))
                .when().post("/api/v1/health-checks/sessions").then().statusCode(201);
    }

    @Test
    void registrationIsForTheCitysAdminsAndBadReportsAreRefused() {
        UUID station = StationFixture.station("fuzhou", "检测校验驿站", "OPEN");
        String clientId = "health-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("stationId", station.toString()))
                .when().put("/api/v1/health-checks/devices/{clientId}", clientId).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(Map.of("stationId", station.toString()))
                .when().put("/api/v1/health-checks/devices/{clientId}", clientId).then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("stationId", station.toString()))
                .when().put("/api/v1/health-checks/devices/{clientId}", "bad client id!").then().statusCode(400)
                .body("violations.field", hasItem("clientId"));
        bind(clientId, station);
        UUID zhangzhou = StationFixture.station("zhangzhou", "漳州驿站", "OPEN");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("stationId", zhangzhou.toString()))
                .when().put("/api/v1/health-checks/devices/{clientId}", clientId).then().statusCode(403).contentType(PROBLEM);

        String device = TestTokens.device(clientId, "fuzhou");
        given().auth().oauth2(device).contentType(ContentType.JSON).body(session(station, "X_RAY"))
                .when().post("/api/v1/health-checks/sessions").then().statusCode(400).body("violations.field", hasItem("kind"));
        Map<String, Object> future = session(station, "BODY_TEMPERATURE");
        future.put("at", OffsetDateTime.now(clock).plusHours(2).toString());
        given().auth().oauth2(device).contentType(ContentType.JSON).body(future)
                .when().post("/api/v1/health-checks/sessions").then().statusCode(400).body("violations.field", hasItem("at"));
        Map<String, Object> values = session(station, "BLOOD_GLUCOSE");
        values.put("glucose", 6.1);
        given().auth().oauth2(device).contentType(ContentType.JSON).body(values)
                .when().post("/api/v1/health-checks/sessions").then().statusCode(400).body("violations.field", hasItem("glucose"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(session(station, "GENERAL"))
                .when().post("/api/v1/health-checks/sessions").then().statusCode(403);
    }
}
