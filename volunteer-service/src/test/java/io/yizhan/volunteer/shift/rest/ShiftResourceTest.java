package io.yizhan.volunteer.shift.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.common.time.StationTime;
import io.yizhan.volunteer.StationFixture;
import io.yizhan.volunteer.TestClock;
import jakarta.inject.Inject;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Uid;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static io.yizhan.volunteer.ShiftFixture.publish;
import static io.yizhan.volunteer.ShiftFixture.shift;
import static io.yizhan.volunteer.ShiftFixture.signUp;
import static io.yizhan.volunteer.ShiftFixture.tomorrowAt;
import static io.yizhan.volunteer.ShiftFixture.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@Tag("clock")
class ShiftResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final ZoneId STATION_TIME = StationTime.ZONE;

    @Inject
    TestClock clock;

    @AfterEach
    void backToTheStartInstant() {
        clock.reset();
    }

    @Test
    void placesFillThenTheWaitlistIsPromotedInOrderWhenSomeoneCancels() {
        UUID station = StationFixture.station("fuzhou", "鼓楼驿站", "OPEN");
        String shift = publish(station, tomorrowAt(9), 3, 2);
        String a = volunteer("wa");
        String b = volunteer("wb");
        String c = volunteer("wc");
        String d = volunteer("wd");
        signUp(a, shift).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(b, shift).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(c, shift).statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(1));
        signUp(d, shift).statusCode(201).body("status", equalTo("WAITLISTED")).body("waitlistPosition", equalTo(2));
        signUp(a, shift).statusCode(409).contentType(PROBLEM);

        given().auth().oauth2(a).when().delete("/api/v1/shifts/{id}/signups/me", shift).then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().auth().oauth2(c).when().get("/api/v1/shifts/mine").then().statusCode(200)
                .body("find { it.shiftId == '" + shift + "' }.status", equalTo("CONFIRMED"));
        given().auth().oauth2(d).when().get("/api/v1/shifts/mine").then().statusCode(200)
                .body("find { it.shiftId == '" + shift + "' }.waitlistPosition", equalTo(1));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("capacity", 1))
                .when().put("/api/v1/shifts/{id}/capacity", shift).then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void noOneIsBookedIntoOverlappingShifts() {
        UUID station = StationFixture.station("fuzhou", "台江驿站", "OPEN");
        String morning = publish(station, tomorrowAt(8), 3, 5);
        String overlapping = publish(station, tomorrowAt(10), 2, 5);
        String later = publish(station, tomorrowAt(11), 2, 5);
        String token = volunteer("overlap");
        signUp(token, morning).statusCode(201);
        signUp(token, overlapping).statusCode(409).contentType(PROBLEM);
        signUp(token, later).statusCode(201);
    }

    @Test
    void twentyVolunteersRacingForTheLastPlaceGiveOneConfirmation() throws Exception {
        UUID station = StationFixture.station("fuzhou", "晋安驿站", "OPEN");
        String shift = publish(station, tomorrowAt(14), 2, 1);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(volunteer("race" + i + "-" + shift.substring(0, 8)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<String>> results = new ArrayList<>();
        for (String token : tokens) {
            results.add(pool.submit((Callable<String>) () -> signUp(token, shift).statusCode(201).extract().path("status")));
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn("CONFIRMED"::equals).hasSize(1);
        assertThat(statuses).filteredOn("WAITLISTED"::equals).hasSize(19);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("stationId", station.toString())
                .queryParam("from", tomorrowAt(0).toLocalDate().toString())
                .when().get("/api/v1/shifts").then().statusCode(200).body("[0].confirmed", equalTo(1)).body("[0].openPlaces", equalTo(0));
    }

    @Test
    void checkInNeedsToBeAtTheStationAndIsPublishedAsEvidenceOfStaffing() throws Exception {
        UUID station = StationFixture.station("fuzhou", "五一广场驿站", "OPEN");
        ZonedDateTime soon = tomorrowAt(10);
        Map<String, Object> body = shift(station, soon, 1, 3);
        String shift = given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/shifts").then().statusCode(201).extract().path("[0].id");
        String token = volunteer("checkin");
        signUp(token, shift).statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("lat", StationFixture.LAT, "lon", StationFixture.LON))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(409).contentType(PROBLEM);

        clock.set(soon.minusMinutes(20).toInstant());   // check-in opens 30 minutes before the start

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("lat", 26.10, "lon", 119.30))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("lat"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("lat", StationFixture.LAT + 0.0005, "lon", StationFixture.LON))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(200)
                .body("checkedInAt", notNullValue()).body("late", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("description", "为骑手提供热水和休息", "workersServed", 12))
                .when().post("/api/v1/shifts/{id}/service-log", shift).then().statusCode(201);
        given().auth().oauth2(volunteer("stranger")).contentType(ContentType.JSON)
                .body(Map.of("lat", StationFixture.LAT, "lon", StationFixture.LON))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(404).contentType(PROBLEM);

        List<ConsumerRecord<String, String>> events = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.volunteer.checked-in"),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains(shift).doesNotContain("志愿者");

        String volunteerId = given().auth().oauth2(token).when().get("/api/v1/volunteers/me").then().extract().path("id");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "五一广场管家团队", "stationId", station.toString(), "leadId", volunteerId))
                .when().post("/api/v1/teams").then().statusCode(201);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("year", soon.getYear())
                .when().get("/api/v1/volunteers/tallies").then().statusCode(200)
                .body("tenant", equalTo("fuzhou"))
                .body("teams.find { it.teamName == '五一广场管家团队' }.personTimes", equalTo(1))
                .body("stations.find { it.stationId == '" + station + "' }.personTimes", equalTo(1))
                .body("stations.find { it.stationId == '" + station + "' }.stationName", equalTo("五一广场驿站"));
    }

    @Test
    void publishingChecksTheStationTheCityAndTheTimes() {
        UUID fuzhou = StationFixture.station("fuzhou", "校验驿站", "OPEN");
        UUID closed = StationFixture.station("fuzhou", "暂停驿站", "SUSPENDED");
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(shift(fuzhou, tomorrowAt(9), 2, 2))
                .when().post("/api/v1/shifts").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(shift(fuzhou, tomorrowAt(9), 2, 2))
                .when().post("/api/v1/shifts").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("other-manager", "fuzhou", "station-manager")).contentType(ContentType.JSON)
                .body(shift(fuzhou, tomorrowAt(9), 2, 2)).when().post("/api/v1/shifts").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(shift(closed, tomorrowAt(9), 2, 2))
                .when().post("/api/v1/shifts").then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(shift(fuzhou, tomorrowAt(9).minusDays(3), 2, 2))
                .when().post("/api/v1/shifts").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("date"));
        Map<String, Object> backwards = shift(fuzhou, tomorrowAt(9), 2, 2);
        backwards.put("end", "08:00");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(backwards)
                .when().post("/api/v1/shifts").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("end"));
        Map<String, Object> bad = shift(fuzhou, tomorrowAt(9), 2, 0);
        bad.put("start", "9am");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/shifts").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("capacity")).body("violations.field", hasItem("start"));
    }

    @Test
    void aWeeklyPatternGeneratesItsOccurrences() {
        UUID station = StationFixture.station("fuzhou", "每周驿站", "OPEN");
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        Map<String, Object> body = shift(station, monday.atTime(18, 0).atZone(STATION_TIME), 2, 4);
        body.put("weekdays", List.of(1, 3, 5));
        body.put("until", monday.plusDays(13).toString());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/shifts").then().statusCode(201).body("", hasSize(6))
                .body("[0].seriesId", notNullValue()).body("[5].startsAt", org.hamcrest.Matchers.startsWith(monday.plusDays(11).toString()));
    }

    @jakarta.inject.Inject
    io.yizhan.volunteer.shift.service.SignupService signupService;

    @jakarta.inject.Inject
    io.yizhan.volunteer.shift.service.ReminderService reminderService;

    @Test
    void theClockRemindsOnceAndMarksNoShows() throws Throwable {
        UUID station = StationFixture.station("fuzhou", "提醒驿站", "OPEN");
        ZonedDateTime start = LocalDate.now(clock).plusDays(20).atTime(16, 0).atZone(STATION_TIME);
        String shift = publish(station, start, 2, 2);
        String token = volunteer("clock-" + shift.substring(0, 8));
        signUp(token, shift).statusCode(201);

        java.time.OffsetDateTime dayBefore = start.minusHours(23).toOffsetDateTime();
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> reminderService.sendDue(dayBefore));
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> reminderService.sendDue(dayBefore.plusMinutes(5)));
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> signupService.sweep(start.plusHours(1).toOffsetDateTime()));

        List<ConsumerRecord<String, String>> events = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && (r.value().contains("shift-reminder") || r.value().contains("no-show")),
                found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(events).filteredOn(r -> r.value().contains("DAY_BEFORE")).hasSize(1);
        assertThat(events).filteredOn(r -> r.value().contains("yizhan.volunteer.no-show")).hasSize(1);

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("from", start.toLocalDate().toString())
                .queryParam("to", start.toLocalDate().toString()).when().get("/api/v1/shifts/missed-check-ins")
                .then().statusCode(200).body("find { it.shiftId == '" + shift + "' }.stationName", equalTo("提醒驿站"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("from", start.toLocalDate().toString())
                .queryParam("to", start.toLocalDate().toString()).when().get("/api/v1/shifts/missed-check-ins")
                .then().statusCode(200).body("shiftId", org.hamcrest.Matchers.not(hasItem(shift)));
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).when().get("/api/v1/shifts/missed-check-ins").then().statusCode(403);
    }

    @Test
    void myConfirmedShiftsComeAsAnICalendarFeed() throws Exception {
        UUID station = StationFixture.station("fuzhou", "日历驿站", "OPEN");
        String shift = publish(station, tomorrowAt(19), 2, 2);
        String token = volunteer("ics-" + shift.substring(0, 8));
        signUp(token, shift).statusCode(201);
        String ics = given().auth().oauth2(token).when().get("/api/v1/volunteers/me/calendar.ics")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        Calendar feed = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = feed.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.<Uid>getProperty(Property.UID)).map(Uid::getValue).contains(shift + "@yizhan");
        assertThat(event.getSummary().getValue()).isEqualTo("一日站长 · 日历驿站");   // the kind's label: the publisher gave no title
        assertThat(event.getLocation().getValue()).isEqualTo("日历驿站");
        DtStart<ZonedDateTime> start = event.<ZonedDateTime>getStartDate().orElseThrow();
        DtEnd<ZonedDateTime> end = event.<ZonedDateTime>getEndDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID)).map(Parameter::getValue).contains("Asia/Shanghai");
        assertThat(start.getDate().toInstant()).isEqualTo(tomorrowAt(19).toInstant());
        assertThat(start.getDate().toLocalDateTime()).isEqualTo(tomorrowAt(19).toLocalDateTime());
        assertThat(end.getDate().toInstant()).isEqualTo(tomorrowAt(21).toInstant());
        assertThat(feed.getComponents(Component.VTIMEZONE)).hasSize(1);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/volunteers/me/calendar.ics").then().statusCode(403);
    }

    @Test
    void understaffedShiftsInTheNextTwoDaysAreAtRiskForTheirCityOnly() {
        UUID station = StationFixture.station("fuzhou", "缺人驿站", "OPEN");
        String shift = publish(station, tomorrowAt(20), 2, 3);
        signUp(volunteer("risk-" + shift.substring(0, 8)), shift).statusCode(201);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/shifts/at-risk").then().statusCode(200)
                .body("find { it.id == '" + shift + "' }.openPlaces", equalTo(2));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/shifts/at-risk").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(shift)));
    }

    @Test
    void checkInWithTheStationsWallQrCodeFollowsItsRotation() {
        UUID station = StationFixture.station("fuzhou", "二维码驿站", "OPEN");
        ZonedDateTime soon = tomorrowAt(10);
        String shift = publish(station, soon, 1, 5);
        String first = volunteer("qr-a-" + shift.substring(0, 8));
        String second = volunteer("qr-b-" + shift.substring(0, 8));
        signUp(first, shift).statusCode(201);
        signUp(second, shift).statusCode(201);
        clock.set(soon.minusMinutes(20).toInstant());
        io.yizhan.common.qr.StationQrSigner wall = new io.yizhan.common.qr.StationQrSigner("test-only-qr-secret");

        given().auth().oauth2(first).contentType(ContentType.JSON).body(Map.of("qrToken", wall.sign(station, 1)))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(200).body("checkedInAt", notNullValue());
        given().auth().oauth2(second).contentType(ContentType.JSON).body(Map.of("qrToken", wall.sign(UUID.randomUUID(), 1)))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(400).body("violations.field", hasItem("qrToken"));
        given().auth().oauth2(second).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(400).body("violations.field", hasItem("qrToken"));

        // The city reprints the poster: rating-service announces version 2 on rating-events.
        TopicReader.write("rating-events", station.toString(), """
                {"specversion":"1.0","id":"%s","source":"/rating-service","type":"yizhan.rating.qr-rotated",
                 "subject":"%s","tenant":"fuzhou","data":{"stationId":"%s","tenant":"fuzhou","version":2}}
                """.formatted(UUID.randomUUID(), station, station));
        org.awaitility.Awaitility.await("the station's wall QR version is 2").atMost(Duration.ofSeconds(30))
                .until(() -> StationFixture.qrVersion(station) == 2);
        given().auth().oauth2(second).contentType(ContentType.JSON).body(Map.of("qrToken", wall.sign(station, 1)))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("replaced"));
        given().auth().oauth2(second).contentType(ContentType.JSON).body(Map.of("qrToken", wall.sign(station, 2)))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(200);
    }

    @Test
    void volunteersFindShiftsForTheirKindNearThem() {
        UUID station = StationFixture.station("fuzhou", "筛选驿站", "OPEN");
        Map<String, Object> cadres = shift(station, tomorrowAt(7), 1, 2);
        cadres.put("roleNeeded", "UNION_CADRE");
        String cadreShift = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(cadres)
                .when().post("/api/v1/shifts").then().statusCode(201).extract().path("[0].id");
        String anyone = publish(station, tomorrowAt(6), 1, 2);
        String day = tomorrowAt(0).toLocalDate().toString();
        String token = volunteer("filter-" + anyone.substring(0, 8));

        given().auth().oauth2(token).queryParams(Map.of("from", day, "to", day, "forKind", "VOLUNTEER",
                        "lat", StationFixture.LAT, "lon", StationFixture.LON, "radius", 1000))
                .when().get("/api/v1/shifts").then().statusCode(200)
                .body("id", hasItem(anyone)).body("id", org.hamcrest.Matchers.not(hasItem(cadreShift)));
        given().auth().oauth2(token).queryParams(Map.of("from", day, "to", day, "lat", 24.48, "lon", 118.09, "radius", 1000))
                .when().get("/api/v1/shifts").then().statusCode(200).body("id", org.hamcrest.Matchers.not(hasItem(anyone)));
        given().auth().oauth2(token).queryParams(Map.of("forKind", "WIZARD")).when().get("/api/v1/shifts")
                .then().statusCode(400).body("violations.field", hasItem("forKind"));
        given().auth().oauth2(token).queryParams(Map.of("lat", 26.0)).when().get("/api/v1/shifts")
                .then().statusCode(400).body("violations.field", hasItem("lon"));
    }

    private static Map<String, Object> night(UUID station, LocalDate day, String start, String end) {
        Map<String, Object> body = shift(station, day.atTime(9, 0).atZone(STATION_TIME), 1, 2);
        body.put("start", start);
        body.put("end", end);
        return body;
    }

    @Test
    void aNightShiftAtA24HourStationEndsTheNextMorningCountedFromTheClocksDate() {
        UUID station = StationFixture.station("fuzhou", "通宵驿站", "OPEN");
        StationFixture.sql("UPDATE station_replica SET open24h = true WHERE id = ?", station);
        LocalDate day = LocalDate.now(clock).plusDays(3);
        clock.set(day.atTime(23, 30).atZone(STATION_TIME).toInstant());   // half an hour before midnight, station time
        String admin = TestTokens.cityAdmin("fuzhou");

        // Tonight's 22:00 shift has already begun; tonight's 23:45 one has not, and ends tomorrow at 06:00.
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(night(station, day, "22:00", "06:00"))
                .when().post("/api/v1/shifts").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("date"));
        String tonight = given().auth().oauth2(admin).contentType(ContentType.JSON).body(night(station, day, "23:45", "06:00"))
                .when().post("/api/v1/shifts").then().statusCode(201)
                .body("[0].startsAt", equalTo(day + "T23:45:00+08:00"))
                .body("[0].endsAt", equalTo(day.plusDays(1) + "T06:00:00+08:00")).extract().path("[0].id");

        // A weekly night pattern: each occurrence ends on the morning after its own date, the last one past until.
        Map<String, Object> weekly = night(station, day.plusDays(1), "22:00", "06:00");
        weekly.put("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
        weekly.put("until", day.plusDays(2).toString());
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(weekly)
                .when().post("/api/v1/shifts").then().statusCode(201).body("", hasSize(2))
                .body("[1].startsAt", equalTo(day.plusDays(2) + "T22:00:00+08:00"))
                .body("[1].endsAt", equalTo(day.plusDays(3) + "T06:00:00+08:00"));

        // The night shift occupies the early hours of the next day: an overlapping morning shift is refused.
        String early = given().auth().oauth2(admin).contentType(ContentType.JSON).body(night(station, day.plusDays(1), "05:00", "08:00"))
                .when().post("/api/v1/shifts").then().statusCode(201).extract().path("[0].id");
        String token = volunteer("night-" + tonight.substring(0, 8));
        signUp(token, tonight).statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(token, early).statusCode(409).contentType(PROBLEM);
        // The desk lists the night shift on the day it starts.
        given().auth().oauth2(admin).queryParams(Map.of("stationId", station.toString(), "from", day.toString(), "to", day.toString()))
                .when().get("/api/v1/shifts").then().statusCode(200).body("id", hasItem(tonight));
    }

    @Test
    void onlyA24HourStationTakesAShiftPastMidnight() {
        UUID station = StationFixture.station("fuzhou", "白天驿站", "OPEN");
        LocalDate day = LocalDate.now(clock).plusDays(2);
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(night(station, day, "22:00", "06:00"))
                .when().post("/api/v1/shifts").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("end"))
                .body("detail", org.hamcrest.Matchers.containsString("24"));
        StationFixture.sql("UPDATE station_replica SET open24h = true WHERE id = ?", station);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(night(station, day, "22:00", "22:00"))
                .when().post("/api/v1/shifts").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("end"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(night(station, day, "22:00", "06:00"))
                .when().post("/api/v1/shifts").then().statusCode(201);
    }

    @Test
    void theRosterShowsPlacesTheWaitlistNoShowsAndTheServiceLogToTheStationsDeskOnly() throws Throwable {
        UUID station = StationFixture.station("fuzhou", "名单驿站", "OPEN");
        ZonedDateTime start = LocalDate.now(clock).plusDays(10).atTime(10, 0).atZone(STATION_TIME);
        String shift = publish(station, start, 2, 2);
        String came = volunteer("came-" + shift.substring(0, 8));
        String absent = volunteer("absent-" + shift.substring(0, 8));
        String waiting = volunteer("waiting-" + shift.substring(0, 8));
        signUp(came, shift).statusCode(201);
        signUp(absent, shift).statusCode(201);
        signUp(waiting, shift).statusCode(201).body("status", equalTo("WAITLISTED"));

        clock.set(start.minusMinutes(10).toInstant());
        given().auth().oauth2(came).contentType(ContentType.JSON).body(Map.of("lat", StationFixture.LAT, "lon", StationFixture.LON))
                .when().post("/api/v1/shifts/{id}/check-in", shift).then().statusCode(200);
        given().auth().oauth2(came).contentType(ContentType.JSON).body(Map.of("description", "为骑手送热水", "workersServed", 7))
                .when().post("/api/v1/shifts/{id}/service-log", shift).then().statusCode(201);
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> signupService.sweep(start.plusHours(1).toOffsetDateTime()));

        for (String desk : List.of(TestTokens.cityAdmin("fuzhou"), TestTokens.stationManager("fuzhou"))) {
            given().auth().oauth2(desk).when().get("/api/v1/shifts/{id}/roster", shift).then().statusCode(200)
                    .body("shift.stationName", equalTo("名单驿站")).body("shift.confirmed", equalTo(2))
                    .body("signups", hasSize(3))
                    .body("signups.find { it.volunteerName == '志愿者came-" + shift.substring(0, 8) + "' }.status", equalTo("CONFIRMED"))
                    .body("signups.find { it.volunteerName == '志愿者came-" + shift.substring(0, 8) + "' }.checkedInAt", notNullValue())
                    .body("signups.find { it.volunteerName == '志愿者absent-" + shift.substring(0, 8) + "' }.statusLabel", equalTo("未到岗"))
                    .body("signups.find { it.volunteerName == '志愿者waiting-" + shift.substring(0, 8) + "' }.waitlistPosition",
                            equalTo(1))
                    .body("serviceLog", hasSize(1)).body("serviceLog[0].workersServed", equalTo(7))
                    .body("serviceLog[0].description", equalTo("为骑手送热水"));
        }
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/shifts/{id}/roster", shift)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("other-manager", "fuzhou", "station-manager")).when()
                .get("/api/v1/shifts/{id}/roster", shift).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(came).when().get("/api/v1/shifts/{id}/roster", shift).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aStationManagersDeskListsTheirOwnStationsAndTheirShiftsOnly() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        UUID own = StationFixture.station("fuzhou", "自管驿站-" + tag, "OPEN");
        UUID other = StationFixture.station("fuzhou", "他管驿站-" + tag, "OPEN");
        StationFixture.sql("UPDATE station_replica SET managers = 'someone-else', open24h = true WHERE id = ?", other);
        UUID elsewhere = StationFixture.station("zhangzhou", "漳州驿站-" + tag, "OPEN");
        String ownShift = publish(own, tomorrowAt(9), 2, 2);
        String otherShift = publish(other, tomorrowAt(9), 2, 2);
        String manager = TestTokens.stationManager("fuzhou");
        String day = tomorrowAt(0).toLocalDate().toString();

        given().auth().oauth2(manager).queryParam("q", tag).when().get("/api/v1/shifts/stations").then().statusCode(200)
                .body("id", equalTo(List.of(own.toString())));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("q", "驿站-" + tag).when().get("/api/v1/shifts/stations")
                .then().statusCode(200).body("name", equalTo(List.of("他管驿站-" + tag, "自管驿站-" + tag)))
                .body("find { it.id == '" + other + "' }.open24h", equalTo(true));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParams(Map.of("q", tag, "tenant", "zhangzhou"))
                .when().get("/api/v1/shifts/stations").then().statusCode(200).body("id", equalTo(List.of(elsewhere.toString())));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParams(Map.of("q", tag, "tenant", "fuzhou"))
                .when().get("/api/v1/shifts/stations").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("q", "x".repeat(61)).when().get("/api/v1/shifts/stations")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("q"));

        given().auth().oauth2(manager).queryParams(Map.of("from", day, "to", day)).when().get("/api/v1/shifts").then().statusCode(200)
                .body("id", hasItem(ownShift)).body("id", org.hamcrest.Matchers.not(hasItem(otherShift)));
        given().auth().oauth2(manager).when().get("/api/v1/shifts/at-risk").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(hasItem(otherShift)));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParams(Map.of("from", day, "to", day)).when().get("/api/v1/shifts")
                .then().statusCode(200).body("id", hasItem(ownShift)).body("id", hasItem(otherShift));
    }
}
