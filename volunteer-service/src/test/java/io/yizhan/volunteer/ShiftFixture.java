package io.yizhan.volunteer;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;

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

    public static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");

    private ShiftFixture() {
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

    /** A start time tomorrow at the given hour, station time, so shifts never cross midnight in tests. */
    public static ZonedDateTime tomorrowAt(int hour) {
        return LocalDate.now(STATION_TIME).plusDays(1).atTime(LocalTime.of(hour, 0)).atZone(STATION_TIME);
    }

    public static String publish(UUID station, ZonedDateTime start, int hours, int capacity) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(shift(station, start, hours, capacity))
                .when().post("/api/v1/shifts").then().statusCode(201).extract().path("[0].id");
    }

    public static ValidatableResponse signUp(String token, String shift) {
        return given().auth().oauth2(token).when().post("/api/v1/shifts/{id}/signups", shift).then();
    }
}
