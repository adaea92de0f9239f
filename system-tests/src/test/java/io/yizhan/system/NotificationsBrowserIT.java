package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Notifications end to end (issue 20): nothing is published by hand. The test acts through the APIs
 * as people do (a volunteer signs up for a duty tomorrow, a worker's help request stays unanswered
 * until it escalates, the rights desk answers a case, two workers rate a station badly), the services
 * publish their events through their outboxes, and partner-service turns them into feeds. Each right
 * person, and nobody else of the demo realm, gets exactly one message of each; the station manager's
 * arrives live on an open console page in Chromium (notifications.e2e.mjs), which then marks it read.
 * The stack (PlatformStack) escalates unanswered help after 15 s and has no quiet hours.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class NotificationsBrowserIT {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");
    static final List<String> PEOPLE = List.of("province-admin", "fuzhou-admin", "zhangzhou-admin", "fuzhou-manager", "fuzhou-rights",
            "worker1", "worker2", "volunteer1");

    final String run = Long.toString(System.currentTimeMillis() % 100000, 36);
    final String station = "通知驿站-" + run;
    PlatformStack stack;
    String stationId;

    @BeforeAll
    void prepare(PlatformStack stack) {
        this.stack = stack;
        // open around the clock (a duty tomorrow at any hour, help at any hour), managed by fuzhou-manager
        stationId = StackFixtures.openAroundTheClock(stack, station, "福州市仓山区浦上大道 18 号", "仓山区", 26.0352, 119.2714,
                "13900004444", List.of("fuzhou-manager"));
    }

    @Test
    void eachEventReachesItsPersonOnceAndTheManagersArrivesLiveOnTheOpenPage() throws Exception {
        // the manager's console is open on the notifications page before anything happens
        BrowserScenario.Running page = BrowserScenario.start(stack, "notifications-live", Map.of("NOTIFY_STATION", station,
                "DOCS_IMG", Files.createDirectories(stack.root.resolve("docs/img")).toString()));
        page.awaitOutput("notifications-live: READY");

        // a help request nobody accepts: escalated to the station's manager after 15 s (urgent)
        String worker1 = stack.password("worker1");
        given().auth().oauth2(worker1).contentType(ContentType.JSON)
                .body(Map.of("stationId", stationId, "category", "WATER", "note", "饮水机没水了 " + run))
                .when().post(api("/api/v1/help/requests")).then().statusCode(201);

        // a duty tomorrow (within the next 24 hours, more than 2 hours away): one reminder the day before
        String shiftTitle = "明日值班-" + run;
        ZonedDateTime start = ZonedDateTime.now(STATION_TIME).plusHours(20).truncatedTo(ChronoUnit.HOURS);
        if (start.getHour() == 23) {
            start = start.plusHours(1);   // within one day
        }
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        String admin = stack.password("fuzhou-admin");
        String shift = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", stationId, "date", start.toLocalDate().toString(), "start", start.format(hhmm),
                        "end", start.plusHours(1).format(hhmm), "kind", "SERVICE_ACTIVITY", "capacity", 3, "title", shiftTitle))
                .when().post(api("/api/v1/shifts")).then().statusCode(201).extract().path("[0].id");
        StackFixtures.volunteer1SignsUp(stack, shift);

        // a rights case answered by the desk: its worker is told, by case number only
        String worker2 = stack.password("worker2");
        var filed = given().auth().oauth2(worker2).contentType(ContentType.JSON)
                .body(Map.of("tenant", "fuzhou", "category", "PLATFORM_PENALTY", "description", "平台无故封号 " + run, "phone", "13812340000"))
                .when().post(api("/api/v1/rights/cases")).then().statusCode(201).extract().jsonPath();
        String caseId = filed.getString("id");
        String caseNumber = filed.getString("caseNumber");
        given().auth().oauth2(stack.password("fuzhou-rights")).contentType(ContentType.JSON)
                .body(Map.of("body", "已收到，请提供封号截图 " + run))
                .when().post(api("/api/v1/rights/cases/" + caseId + "/replies")).then().statusCode(200);

        // a burst of low ratings (the stack counts two as enough): the 30-day satisfaction falls below 3.5
        for (String token : List.of(worker1, worker2)) {
            // rating-service accepts a rating once its replica knows the station is open
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("stationId", stationId, "score", 1))
                            .when().post(api("/api/v1/ratings")).then().statusCode(201));
        }

        // live: the escalation appeared on the open page without a reload, and the page marked it read
        page.finish();

        Map<String, Predicate<Map<String, Object>>> events = new LinkedHashMap<>();
        events.put("fuzhou-manager", n -> "HELP_ESCALATED".equals(n.get("kind")) && stationId.equals(n.get("stationId")));
        events.put("volunteer1", n -> "SHIFT_REMINDER".equals(n.get("kind")) && String.valueOf(n.get("body")).contains(shiftTitle));
        events.put("worker2", n -> "RIGHTS_CASE_ANSWERED".equals(n.get("kind")) && String.valueOf(n.get("body")).contains(caseNumber));
        Predicate<Map<String, Object>> lowSatisfaction = n -> "SATISFACTION_LOW".equals(n.get("kind")) && stationId.equals(n.get("stationId"));

        // each arrives in its person's feed
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            for (Map.Entry<String, Predicate<Map<String, Object>>> e : events.entrySet()) {
                assertThat(feed(e.getKey())).as("%s's feed", e.getKey()).anyMatch(e.getValue());
            }
            assertThat(feed("fuzhou-manager")).as("the manager's feed").anyMatch(lowSatisfaction);
        });
        // exactly once, and to nobody else (the city's admins get low satisfaction in tomorrow's digest, not the feed)
        for (String person : PEOPLE) {
            List<Map<String, Object>> feed = feed(person);
            for (Map.Entry<String, Predicate<Map<String, Object>>> e : events.entrySet()) {
                assertThat(feed).as("%s's messages meant for %s", person, e.getKey())
                        .filteredOn(e.getValue()).hasSize(person.equals(e.getKey()) ? 1 : 0);
            }
            assertThat(feed).as("%s's low-satisfaction messages for the station", person)
                    .filteredOn(lowSatisfaction).hasSize(person.equals("fuzhou-manager") ? 1 : 0);
        }
        // the privacy rule: the worker's notice names neither the matter nor the station
        assertThat(feed("worker2")).filteredOn(events.get("worker2")).singleElement().satisfies(n -> {
            assertThat(String.valueOf(n.get("body"))).doesNotContain("封号").doesNotContain(station);
            assertThat(n.get("stationId")).isNull();
        });
        // the page's click went through the API: the live message is read, the other one is not
        assertThat(feed("fuzhou-manager")).filteredOn(events.get("fuzhou-manager")).singleElement()
                .satisfies(n -> assertThat(n.get("read")).isEqualTo(true));
        assertThat(feed("fuzhou-manager")).filteredOn(lowSatisfaction).singleElement()
                .satisfies(n -> assertThat(n.get("read")).isEqualTo(false));
    }

    private List<Map<String, Object>> feed(String person) {
        return given().auth().oauth2(stack.password(person)).queryParam("size", 100)
                .when().get(api("/api/v1/notifications")).then().statusCode(200).extract().jsonPath().getList("items");
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }
}
