package io.yizhan.station.doors.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.common.time.StationTime;
import io.yizhan.station.StationFixture;
import io.yizhan.station.TestClock;
import io.yizhan.station.doors.service.DoorEntryService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

// Its outcome depends on the day and the time: CI also runs it at fixed instants (-Dyizhan.test.clock).
@Tag("clock")
@QuarkusTest
class DoorEntryResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Inject
    DoorEntryService doors;

    @Inject
    TestClock clock;

    @BeforeEach
    void startClock() {
        // Each test starts at the build's chosen instant (or now), not wherever the previous test left the clock.
        clock.reset();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String boundStation(String name, String clientId) {
        String id = StationFixture.registerInFuzhou(name);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/stations/{id}/door-devices", id).then().statusCode(204);
        return id;
    }

    static io.restassured.response.ValidatableResponse pass(String token, String station, UUID entryId, String at,
                                                            String direction, boolean granted) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("entryId", entryId.toString(), "at", at, "direction", direction, "granted", granted, "pseudonym", "w-7f3a"))
                .when().post("/api/v1/stations/{id}/entries", station).then();
    }

    @Test
    void entriesAreCountedOncePerDayWithOccupancyAndPublishedAsADailyVisit() throws Throwable {
        String clientId = "door-" + UUID.randomUUID();
        String station = boundStation("24小时门禁驿站", clientId);
        String door = TestTokens.device(clientId, "fuzhou");
        String at = OffsetDateTime.now(clock).minusMinutes(10).toString();
        UUID first = UUID.randomUUID();
        pass(door, station, first, at, "IN", true).statusCode(200).body("visits", equalTo(1)).body("occupancy", equalTo(1));
        pass(door, station, first, at, "IN", true).statusCode(200).body("visits", equalTo(1));      // a retry counts once
        pass(door, station, UUID.randomUUID(), at, "IN", false).statusCode(200).body("denied", equalTo(1)).body("visits", equalTo(1));
        pass(door, station, UUID.randomUUID(), at, "IN", true).statusCode(200).body("occupancy", equalTo(2));
        pass(door, station, UUID.randomUUID(), at, "OUT", true).statusCode(200).body("occupancy", equalTo(1)).body("visits", equalTo(2));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/stations/{id}/visits", station)
                .then().statusCode(200).body("[0].visits", equalTo(2)).body("[0].denied", equalTo(1));

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> doors.publishFinishedDays(tomorrow));
        List<ConsumerRecord<String, String>> events = TopicReader.read("station-events",
                r -> station.equals(r.key()) && r.value().contains("yizhan.station.visited"), found -> !found.isEmpty(),
                Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        var data = new ObjectMapper().readTree(events.get(0).value()).path("data");
        assertThat(data.path("visits").asInt()).isEqualTo(2);
        assertThat(data.path("denied").asInt()).isEqualTo(1);
    }

    @Test
    void someoneWhoEntersBeforeMidnightAndLeavesAfterIsNotCountedInsideForGood() {
        String clientId = "door-" + UUID.randomUUID();
        String station = boundStation("24小时跨夜驿站", clientId);
        String door = TestTokens.device(clientId, "fuzhou");
        // Day D is the day before yesterday, so every pass lies in the past whatever the time now.
        LocalDate dayD = LocalDate.now(clock).minusDays(2);
        OffsetDateTime midnight = dayD.plusDays(1).atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        crossing(door, station, midnight.minusMinutes(10), "IN", "night-owl").body("occupancy", equalTo(1));
        crossing(door, station, midnight.minusMinutes(5), "IN", "sleeper").body("occupancy", equalTo(2));

        crossing(door, station, midnight.plusMinutes(10), "OUT", "night-owl")
                .body("day", equalTo(dayD.plusDays(1).toString())).body("occupancy", equalTo(0)).body("visits", equalTo(0));

        // Day D counts only the one still inside, not the one who left at 00:10.
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("from", dayD.toString())
                .queryParam("to", dayD.toString()).when().get("/api/v1/stations/{id}/visits", station)
                .then().statusCode(200).body("[0].day", equalTo(dayD.toString())).body("[0].visits", equalTo(2))
                .body("[0].occupancy", equalTo(1));
    }

    static io.restassured.response.ValidatableResponse crossing(String door, String station, OffsetDateTime at, String direction,
                                                                String pseudonym) {
        return given().auth().oauth2(door).contentType(ContentType.JSON).body(Map.of("entryId", UUID.randomUUID().toString(),
                        "at", at.toString(), "direction", direction, "granted", true, "pseudonym", pseudonym))
                .when().post("/api/v1/stations/{id}/entries", station).then().statusCode(200);
    }

    @Test
    void aDoorMayOnlyPostForItsOwnStationAndOnlyDevicesPost() {
        String clientId = "door-" + UUID.randomUUID();
        String mine = boundStation("门禁甲", clientId);
        String other = boundStation("门禁乙", "door-" + UUID.randomUUID());
        String now = OffsetDateTime.now(clock).toString();
        pass(TestTokens.device(clientId, "fuzhou"), other, UUID.randomUUID(), now, "IN", true).statusCode(403).contentType(PROBLEM);
        pass(TestTokens.device("unbound-door", "fuzhou"), mine, UUID.randomUUID(), now, "IN", true).statusCode(403).contentType(PROBLEM);
        pass(TestTokens.worker(), mine, UUID.randomUUID(), now, "IN", true).statusCode(403).contentType(PROBLEM);
        pass(TestTokens.device(clientId, "fuzhou"), mine, UUID.randomUUID(), "2020-01-01T00:00:00+08:00", "IN", true)
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("at"));
        pass(TestTokens.device(clientId, "fuzhou"), mine, UUID.randomUUID(), now, "SIDEWAYS", true)
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("direction"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("clientId", "x"))
                .when().post("/api/v1/stations/{id}/door-devices", mine).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("clientId", clientId))
                .when().post("/api/v1/stations/{id}/door-devices", other).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/stations/{id}/visits", mine)
                .then().statusCode(404).contentType(PROBLEM);
    }
}
