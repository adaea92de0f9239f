package io.yizhan.volunteer;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.time.StationTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Volunteers, shifts and sign-ups through the API, for the tests of shifts and of the services that depend on duty. */
public final class ShiftFixture {

    public static final ZoneId STATION_TIME = StationTime.ZONE;

    private ShiftFixture() {
    }

    /** The service's clock (the tests' {@link TestClock}): "today" and "now" in tests come from it, never from the wall. */
    public static TestClock clock() {
        return Arc.container().instance(TestClock.class).get();
    }

    public static String volunteer(String name) {
        String token = TestTokens.token(name, "fuzhou", "volunteer");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", "志愿者" + name, "kind", "VOLUNTEER", "skills", List.of("急救")))
                .when().put("/api/v1/volunteers/me").then().statusCode(200);
        return token;
    }

    public static Map<String, Object> shift(UUID station, ZonedDateTime start, int hours, int capacity) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station.toString());
        body.put("date", start.toLocalDate().toString());
        body.put("start", start.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
        body.put("end", start.toLocalTime().plusHours(hours).format(DateTimeFormatter.ofPattern("HH:mm")));
        body.put("kind", "STATION_MASTER");
        body.put("capacity", capacity);
        return body;
    }

    /** A start time tomorrow (by the service's clock) at the given hour, station time, so shifts never cross midnight in tests. */
    public static ZonedDateTime tomorrowAt(int hour) {
        return LocalDate.now(clock()).plusDays(1).atTime(LocalTime.of(hour, 0)).atZone(STATION_TIME);
    }

    public static String publish(UUID station, ZonedDateTime start, int hours, int capacity) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(shift(station, start, hours, capacity))
                .when().post("/api/v1/shifts").then().statusCode(201).extract().path("[0].id");
    }

    public static ValidatableResponse signUp(String token, String shift) {
        return given().auth().oauth2(token).when().post("/api/v1/shifts/{id}/signups", shift).then();
    }
}
