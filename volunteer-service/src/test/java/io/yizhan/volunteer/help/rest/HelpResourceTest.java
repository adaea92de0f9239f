package io.yizhan.volunteer.help.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.common.time.StationTime;
import io.yizhan.volunteer.ShiftFixture;
import io.yizhan.volunteer.StationFixture;
import io.yizhan.volunteer.TestClock;
import io.yizhan.volunteer.help.service.HelpService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@Tag("clock")
class HelpResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final ZoneId STATION_TIME = StationTime.ZONE;

    @Inject
    HelpService helpService;

    @Inject
    TestClock clock;

    /** When the duty shifts of this class start: tomorrow 10:00, so that a one-hour shift never crosses midnight. */
    ZonedDateTime dutyStart;

    /** Every test runs 20 minutes before the duty shifts start: they have opened for check-in, the butlers are on duty. */
    @BeforeEach
    void twentyMinutesBeforeTheDutyShifts() {
        dutyStart = ShiftFixture.tomorrowAt(10);
        clock.set(dutyStart.minusMinutes(20).toInstant());
    }

    @AfterEach
    void backToTheStartInstant() {
        clock.reset();
    }

    static String ask(String worker, UUID station, String category, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station.toString());
        body.put("category", category);
        body.put("note", note);
        return given().auth().oauth2(worker).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/help/requests").then().statusCode(201)
                .body("status", equalTo("OPEN")).body("escalationLevel", equalTo(0)).extract().path("id");
    }

    /** A butler signed up for a duty shift at the station that has opened for check-in (it starts in 20 minutes). */
    String butlerOnDuty(UUID station, String name) {
        String token = ShiftFixture.volunteer(name);
        ShiftFixture.signUp(token, dutyShift(station, 3)).statusCode(201).body("status", equalTo("CONFIRMED"));
        return token;
    }

    /** A one-hour butler-duty shift at the station starting at {@link #dutyStart}, published while the clock stands before it. */
    String dutyShift(UUID station, int capacity) {
        Map<String, Object> shift = ShiftFixture.shift(station, dutyStart, 1, capacity);
        shift.put("kind", "BUTLER_DUTY");
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(shift)
                .when().post("/api/v1/shifts").then().statusCode(201).extract().path("[0].id");
    }

    @Test
    void fiveButlersAcceptingAtOnceGiveOneAcceptance() throws Exception {
        UUID station = StationFixture.station("fuzhou", "抢单驿站", "OPEN");
        String shift = dutyShift(station, 5);
        List<String> butlers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String token = ShiftFixture.volunteer("race-butler-" + i + "-" + station.toString().substring(0, 8));
            ShiftFixture.signUp(token, shift).statusCode(201).body("status", equalTo("CONFIRMED"));
            butlers.add(token);
        }
        String id = ask(TestTokens.token("race-help-" + station, null, "worker"), station, "CHARGING", null);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Integer>> results = new ArrayList<>();
        for (String butler : butlers) {
            results.add(pool.submit((Callable<Integer>) () -> given().auth().oauth2(butler)
                    .when().post("/api/v1/help/requests/{id}/accept", id).then().extract().statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(4);
        List<ConsumerRecord<String, String>> accepted = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.volunteer.help-accepted"),
                found -> found.size() > 1, Duration.ofSeconds(5));
        assertThat(accepted).hasSize(1);
    }

    @Test
    void theButlerOnDutySeesAcceptsAndResolvesAndTheWorkerFollowsTheStatus() {
        UUID station = StationFixture.station("fuzhou", "管家驿站", "OPEN");
        String butler = butlerOnDuty(station, "butler-" + station.toString().substring(0, 8));
        String offDuty = ShiftFixture.volunteer("off-duty-" + station.toString().substring(0, 8));
        String worker = TestTokens.token("help-worker-" + station, null, "worker");
        String id = ask(worker, station, "LOCKER", "5号柜门打不开");

        given().auth().oauth2(butler).queryParam("station", station.toString()).when().get("/api/v1/help/requests")
                .then().statusCode(200).body("id", hasItem(id))
                .body("find { it.id == '" + id + "' }.note", equalTo("5号柜门打不开"))
                .body("find { it.id == '" + id + "' }.categoryLabel", equalTo("智能柜打不开"));
        given().auth().oauth2(offDuty).queryParam("station", station.toString()).when().get("/api/v1/help/requests")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(offDuty).when().post("/api/v1/help/requests/{id}/accept", id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("xm-butler", "xiamen", "volunteer")).queryParam("station", station.toString())
                .when().get("/api/v1/help/requests").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(worker).when().post("/api/v1/help/requests/{id}/accept", id).then().statusCode(403);

        given().auth().oauth2(butler).when().post("/api/v1/help/requests/{id}/resolve", id).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(butler).when().post("/api/v1/help/requests/{id}/accept", id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("acceptedByMe", equalTo(true)).body("acceptedAt", notNullValue());
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().post("/api/v1/help/requests/{id}/accept", id)
                .then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(butler).when().post("/api/v1/help/requests/{id}/resolve", id).then().statusCode(200)
                .body("status", equalTo("RESOLVED"));

        given().auth().oauth2(worker).when().get("/api/v1/help/requests/mine").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("RESOLVED"))
                .body("find { it.id == '" + id + "' }.stationName", equalTo("管家驿站"))
                .body("find { it.id == '" + id + "' }.mine", equalTo(true));
        given().auth().oauth2(TestTokens.token("another-worker", null, "worker")).when().get("/api/v1/help/requests/mine")
                .then().statusCode(200).body("id", not(hasItem(id)));

        List<ConsumerRecord<String, String>> events = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.volunteer.help-"),
                found -> found.size() >= 3, Duration.ofSeconds(30));
        assertThat(events).extracting(r -> r.value().replaceAll(".*\"type\":\"(yizhan\\.volunteer\\.[a-z-]+)\".*", "$1"))
                .containsExactly("yizhan.volunteer.help-requested", "yizhan.volunteer.help-accepted", "yizhan.volunteer.help-resolved");
        assertThat(events.get(0).value()).contains("\"onDuty\":1", "\"category\":\"LOCKER\"", "\"helpRequestId\":\"" + id + "\"")
                .doesNotContain("5号柜门", UUID.nameUUIDFromBytes(("help-worker-" + station).getBytes()).toString());
        assertThat(events.get(2).value()).contains("\"status\":\"RESOLVED\"", "\"resolvedAt\":\"");
    }

    @Test
    void anUnansweredRequestEscalatesToTheManagerThenToTheCityUnion() throws Throwable {
        UUID station = StationFixture.station("fuzhou", "无人应答驿站", "OPEN");
        String worker = TestTokens.token("escalation-worker-" + station, null, "worker");
        String id = ask(worker, station, "WATER", null);
        OffsetDateTime now = OffsetDateTime.now(clock);

        VertxContextSupport.subscribeAndAwait(() -> helpService.escalate(now.plusMinutes(3)));
        given().auth().oauth2(worker).when().get("/api/v1/help/requests/mine").then()
                .body("find { it.id == '" + id + "' }.escalationLevel", equalTo(0));
        VertxContextSupport.subscribeAndAwait(() -> helpService.escalate(now.plusMinutes(6)));
        VertxContextSupport.subscribeAndAwait(() -> helpService.escalate(now.plusMinutes(7)));
        given().auth().oauth2(worker).when().get("/api/v1/help/requests/mine").then()
                .body("find { it.id == '" + id + "' }.escalationLevel", equalTo(1));
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).queryParam("station", station.toString())
                .when().get("/api/v1/help/requests").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(TestTokens.token("other-manager", "fuzhou", "station-manager")).queryParam("station", station.toString())
                .when().get("/api/v1/help/requests").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/help/requests").then().statusCode(200)
                .body("id", not(hasItem(id)));

        VertxContextSupport.subscribeAndAwait(() -> helpService.escalate(now.plusMinutes(16)));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/help/requests").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.escalationLevel", equalTo(2));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/help/requests").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/help/requests/{id}/accept", id)
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).body("escalationLevel", equalTo(2));

        List<ConsumerRecord<String, String>> escalations = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.volunteer.help-escalated"),
                found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(escalations).hasSize(2);
        assertThat(escalations.get(0).value()).contains("\"escalationLevel\":1");
        assertThat(escalations.get(1).value()).contains("\"escalationLevel\":2", "\"acceptedAt\":null");

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("from", now.toLocalDate().toString())
                .queryParam("to", now.toLocalDate().toString()).when().get("/api/v1/help/stats").then().statusCode(200)
                .body("stations.find { it.stationId == '" + station + "' }.requests", equalTo(1))
                .body("stations.find { it.stationId == '" + station + "' }.escalatedToCity", equalTo(1))
                .body("stations.find { it.stationId == '" + station + "' }.stationName", equalTo("无人应答驿站"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/help/stats").then().statusCode(200)
                .body("stations.stationId", not(hasItem(station.toString())));
    }

    @Test
    void badInputAndOtherPeoplesRequestsAreRefused() {
        UUID station = StationFixture.station("fuzhou", "求助校验驿站", "OPEN");
        String worker = TestTokens.token("help-bad-" + station, null, "worker");
        Map<String, Object> body = new HashMap<>(Map.of("stationId", station.toString(), "category", "MASSAGE"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/help/requests")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("category"));
        body.put("category", "MEAL");
        body.put("note", "饭".repeat(201));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/help/requests")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("note"));
        body.put("note", "想热一下饭");
        body.put("stationId", UUID.randomUUID().toString());
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/help/requests")
                .then().statusCode(404).contentType(PROBLEM);
        body.put("stationId", station.toString());
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).contentType(ContentType.JSON).body(body).when().post("/api/v1/help/requests")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).when().get("/api/v1/help/requests").then().statusCode(400)
                .body("violations.field", hasItem("station"));
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).queryParam("station", "not-a-uuid").when().get("/api/v1/help/requests")
                .then().statusCode(400).body("violations.field", hasItem("station"));

        String id = ask(worker, station, "MEAL", "想热一下饭");
        given().auth().oauth2(TestTokens.token("someone-else", null, "worker")).when().post("/api/v1/help/requests/{id}/cancel", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(worker).when().post("/api/v1/help/requests/{id}/cancel", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().auth().oauth2(worker).when().post("/api/v1/help/requests/{id}/cancel", id).then().statusCode(409);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/help/requests/{id}/accept", id).then().statusCode(409);
    }
}
