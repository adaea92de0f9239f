package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * The portal in a real browser (Debian's Chromium, headless, driven by playwright-core from
 * portal/src/main/webapp/e2e/portal.e2e.mjs) against the whole stack: Keycloak login with PKCE, the
 * map, registering a station, a worker's reservation, the province dashboard. The data the browser
 * needs is made here through the portal's own /api/v1 router. Screenshots land in
 * system-tests/target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class PortalBrowserIT {

    static final double LAT = 26.0745;
    static final double LON = 119.2965;

    PlatformStack stack;
    Path webapp;
    Path screenshots;
    String run;
    String lockerStation;
    String lockerStationId;
    String lockerId;

    @BeforeAll
    void prepare(PlatformStack stack) throws Exception {
        this.stack = stack;
        webapp = stack.root.resolve("portal/src/main/webapp");
        screenshots = Files.createDirectories(stack.root.resolve("system-tests/target/screenshots"));
        try (var old = Files.list(screenshots)) {   // no picture of an earlier run may pass for this one's
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        assertThat(webapp.resolve("node_modules/playwright-core")).as("npm ci ran in the portal build").exists();
        run = Long.toString(System.currentTimeMillis() % 100000, 36);

        String admin = stack.password("fuzhou-admin");
        // three open stations around 五一广场, the first with a stocked locker
        List<String> ids = List.of(
                openStation(admin, "五一广场驿站-" + run, LAT, LON),
                openStation(admin, "茶亭驿站-" + run, LAT - 0.012, LON + 0.004),
                openStation(admin, "南门兜驿站-" + run, LAT + 0.008, LON - 0.006));
        // and one open around the clock, for the map's 24-hour filter
        openStation(admin, "东街口24小时驿站-" + run, LAT + 0.003, LON + 0.009, Map.of("open24h", true));
        lockerStation = "五一广场驿站-" + run;
        lockerStationId = ids.get(0);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/lockers/stations/" + ids.get(0)))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        lockerId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", ids.get(0), "name", "一号柜", "deviceClientId", "device-demo", "compartments", 6))
                .when().post(api("/api/v1/lockers")).then().statusCode(201).extract().path("id");
        String itemId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "矿泉水", "unitValueFen", 200))
                .when().post(api("/api/v1/supplies")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("compartmentNumber", 1, "itemId", itemId, "added", 10))))
                .when().post(api("/api/v1/lockers/" + lockerId + "/restocks")).then().statusCode(201);

        // a rating from another worker gives the satisfaction chart a point
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/ratings/stations/" + ids.get(0)))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        given().auth().oauth2(stack.password("worker2")).contentType(ContentType.JSON)
                .body(Map.of("stationId", ids.get(0), "score", 4, "comment", "环境整洁 / clean and tidy"))
                .when().post(api("/api/v1/ratings")).then().statusCode(201);

        // a worker's report waits in Fuzhou's queue
        given().auth().oauth2(stack.password("worker2")).contentType(ContentType.JSON)
                .body(Map.of("kind", "WRONG_INFO", "note", reportNote()))
                .when().post(api("/api/v1/stations/" + ids.get(1) + "/reports")).then().statusCode(201);

        // and a golden idea waits for Fuzhou's answer
        given().auth().oauth2(stack.password("worker2")).contentType(ContentType.JSON)
                .body(Map.of("stationId", ids.get(0), "title", ideaTitle(), "body", "夜里骑手多，希望能借充电宝 / riders at night need power banks"))
                .when().post(api("/api/v1/suggestions")).then().statusCode(201);

        // the dashboard's programme chart gets a year's targets to draw against
        String province = stack.password("province-admin");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Map<String, List<Integer>> targets = Map.of("fuzhou", List.of(40, 25, 12), "xiamen", List.of(30, 20, 10),
                "quanzhou", List.of(35, 15, 8), "zhangzhou", List.of(20, 10, 5));
        targets.forEach((tenant, t) -> given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("newStations", t.get(0), "upgraded", t.get(1), "smartUpgrades", t.get(2)))
                .when().put(api("/api/v1/programme/" + year + "/targets/" + tenant)).then().statusCode(200));
    }

    private String ideaTitle() {
        return "增设充电宝 " + run;
    }

    private String reportNote() {
        return "电话打不通 " + run + " / the phone number does not answer";
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    private String openStation(String token, String name, double lat, double lon) {
        return openStation(token, name, lat, lon, null);
    }

    private String openStation(String token, String name, double lat, double lon, Map<String, Object> hours) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name, "address", "福州市鼓楼区八一七北路", "district", "鼓楼区",
                "lat", lat, "lon", lon, "type", "STANDALONE", "contactPhone", "13900002222"));
        if (hours != null) {
            body.put("hours", hours);
        }
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN", "reason", "浏览器测试 / browser test"))
                .when().post(api("/api/v1/stations/" + id + "/status")).then().statusCode(200);
        return id;
    }

    @Test
    void thePortalServesTheAppAndRoutesTheApi() {
        given().when().get(stack.portalUrl() + "/admin/stations").then().statusCode(200)
                .contentType(containsString("text/html"));
        given().when().get(stack.portalUrl() + "/config.json").then().statusCode(200)
                .body("oidc.authority", equalTo(stack.keycloakUrl() + "/realms/yizhan"));
        given().when().get(api("/api/v1/stations")).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void fuzhouAdminSeesFuzhouStationsOnTheMap() throws Exception {
        browser("admin-map", Map.of("MIN_MARKERS", "3"));
    }

    @Test
    void aStationRenamedToAnXssPayloadShowsOnTheMapAsText() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String id = openStation(admin, "改名前驿站-" + run, LAT + 0.004, LON + 0.004);
        String payload = "<img src=x onerror=\"window.__xss=1\">" + run;
        // a city admin (or a station manager) renames it through the API the console uses
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", payload, "address", "福州市鼓楼区八一七北路", "district", "鼓楼区",
                        "lat", LAT + 0.004, "lon", LON + 0.004, "type", "STANDALONE", "contactPhone", "13900002222"))
                .when().put(api("/api/v1/stations/" + id)).then().statusCode(200);
        browser("admin-map-xss", Map.of("XSS_NAME", payload));
    }

    @Test
    void fuzhouAdminRegistersAStationAndFindsItInTheList() throws Exception {
        browser("admin-register", Map.of("NEW_STATION_NAME", "浏览器登记驿站-" + run));
    }

    @Test
    void workerReservesAnItemAndSeesThePickupCode() throws Exception {
        // a locker is online only after its device's heartbeat
        given().auth().oauth2(stack.clientCredentials("device-demo", "device-demo-secret"))
                .when().post(api("/api/v1/lockers/" + lockerId + "/heartbeat")).then().statusCode(200);
        // my reservations with the pickup QR goes to docs/img beside the other worker pages
        browser("worker-reserve", Map.of("STATION_NAME", lockerStation,
                "WORKER_LAT", String.valueOf(LAT), "WORKER_LON", String.valueOf(LON),
                "DOCS_IMG", java.nio.file.Files.createDirectories(stack.root.resolve("docs/img")).toString()));
    }

    @Test
    void fuzhouAdminAnswersAReportAndAnIdeaAndSeesLockerStock() throws Exception {
        browser("admin-queues", Map.of("REPORT_NOTE", reportNote(), "LOCKER_NAME", "一号柜", "ITEM_NAME", "矿泉水",
                "IDEA_TITLE", ideaTitle()));
    }

    @Test
    void anyoneRatesAStationFromItsQrPosterWithoutLoggingIn() throws Exception {
        String token = given().auth().oauth2(stack.password("fuzhou-admin")).queryParam("format", "json")
                .when().get(api("/api/v1/ratings/qr/" + lockerStationId)).then().statusCode(200).extract().path("token");
        browser("qr-rating", Map.of("QR_PATH", "/rate/" + lockerStationId + "?t=" + token, "STATION_NAME", lockerStation));
    }

    @Test
    void fuzhouAdminSeesTheYellowCardAnInspectionIssued() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String station = openStation(admin, "考评浏览器测试驿站 " + run, 26.155, 119.205);   // away from the map scenario's markers
        List<Map<String, Object>> items = given().auth().oauth2(admin).when().get(api("/api/v1/evaluation/checklist"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> scores = items.stream().map(item -> Map.<String, Object>of("code", item.get("code"),
                "points", "water".equals(item.get("code")) ? 0 : item.get("points"))).toList();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "kind", "RANDOM", "inspector", "福州市总抽查组", "scores", scores))
                .when().post(api("/api/v1/evaluation/inspections")).then().statusCode(201);
        browser("evaluation-cards", Map.of());
    }

    @Test
    void fuzhouAdminOpensAStationsScorecard() throws Exception {
        browser("admin-scorecard", Map.of("STATION_ID", lockerStationId, "STATION_NAME", lockerStation));
    }

    @Test
    void fuzhouAdminSeesAShortStaffedShiftOnTheCalendarAndReviewsAWish() throws Exception {
        String admin = stack.password("fuzhou-admin");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/volunteers/stations/" + lockerStationId))
                        .then().statusCode(200));
        String day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        String title = "浏览器值班-" + run;
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", lockerStationId, "date", day, "start", "09:00", "end", "12:00",
                        "kind", "BUTLER_DUTY", "capacity", 2, "title", title))
                .when().post(api("/api/v1/shifts")).then().statusCode(201);
        String wish = "想要一副冬天骑车的手套 " + run + " / winter riding gloves";
        given().auth().oauth2(stack.password("worker2")).contentType(ContentType.JSON)
                .body(Map.of("category", "WORK_GEAR", "description", wish, "valueCapFen", 5000, "stationId", lockerStationId))
                .when().post(api("/api/v1/wishes")).then().statusCode(201);
        browser("admin-shifts", Map.of("SHIFT_DAY", day, "SHIFT_TITLE", title, "WISH", wish));
    }

    @Test
    void fuzhouAdminRestocksALockerToItsPlanAndSeesLowStock() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String towel = "毛巾-" + run;
        String itemId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", towel, "unitValueFen", 500, "lowStockThreshold", 20))
                .when().post(api("/api/v1/supplies")).then().statusCode(201).extract().path("id");
        int weekday = LocalDate.now(ZoneId.of("Asia/Shanghai")).getDayOfWeek().getValue();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("weekday", weekday, "lines", List.of(Map.of("compartmentNumber", 2, "itemId", itemId, "targetQuantity", 8))))
                .when().put(api("/api/v1/lockers/" + lockerId + "/restock-plan")).then().statusCode(200);
        browser("admin-restock", Map.of("LOCKER_NAME", "一号柜", "ITEM_NAME", towel));
    }

    @Test
    void provinceDashboardDrawsItsCharts() throws Exception {
        // the figures the summary table must show for Fuzhou, as the API gives them (same year as the page's)
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        List<Map<String, Object>> cities = given().auth().oauth2(stack.password("province-admin"))
                .when().get(api("/api/v1/evaluation/reports/summary?year=" + year)).then().statusCode(200)
                .extract().jsonPath().getList("cities");
        Map<String, Object> fuzhou = cities.stream().filter(c -> "fuzhou".equals(c.get("tenant"))).findFirst().orElseThrow();
        String expected = String.join(",", List.of("openNow", "yellowIssued", "redIssued", "rectified", "delisted").stream()
                .map(k -> String.valueOf(((Number) fuzhou.get(k)).longValue())).toList());
        browser("province-dashboard", Map.of("SUMMARY_FUZHOU", expected));
    }

    // ---- worker and volunteer pages of issue 10 ----

    @Test
    void workerSeesStationsAlongARouteTappedOnTheMap() throws Exception {
        // from 五一广场 towards the north-west: 南门兜 (LAT + 0.008, LON - 0.006) lies on the straight line
        browser("worker-route", Map.of("WORKER_LAT", String.valueOf(LAT), "WORKER_LON", String.valueOf(LON),
                "ROUTE_END_LAT", String.valueOf(LAT + 0.012), "ROUTE_END_LON", String.valueOf(LON - 0.009),
                "ROUTE_STATION", "南门兜驿站-" + run));
    }

    @Test
    void volunteerSignsUpForAShiftAndChecksInWithTheWallQrCode() throws Exception {
        String admin = stack.password("fuzhou-admin");
        awaitVolunteerReplica(admin);
        // a shift opening for check-in now (30 min before its start); near midnight, one tomorrow without check-in
        ZoneId stationTime = ZoneId.of("Asia/Shanghai");
        ZonedDateTime start = ZonedDateTime.now(stationTime).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES);
        boolean checkInNow = start.toLocalDate().equals(start.plusMinutes(60).toLocalDate());
        if (!checkInNow) {
            start = start.toLocalDate().plusDays(1).atTime(9, 0).atZone(stationTime);
        }
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", lockerStationId, "date", start.toLocalDate().toString(), "start", start.format(hhmm),
                        "end", start.plusMinutes(60).format(hhmm), "kind", "BUTLER_DUTY", "capacity", 3, "title", "浏览器测试值班 " + run))
                .when().post(api("/api/v1/shifts")).then().statusCode(201);
        // the wall QR code's link, as a phone's scanner reads it, and the portal's page for its token
        var qr = given().auth().oauth2(admin).queryParam("format", "json")
                .when().get(api("/api/v1/ratings/qr/" + lockerStationId)).then().statusCode(200).extract().jsonPath();
        browser("volunteer-shift", Map.of("SHIFT_STATION", lockerStation, "QR_LINK", checkInNow ? qr.getString("url") : "",
                "QR_PATH", "/rate/" + lockerStationId + "?t=" + qr.getString("token")));
    }

    @Test
    void workerPostsAMicroWish() throws Exception {
        awaitVolunteerReplica(stack.password("fuzhou-admin"));
        browser("worker-wish", Map.of("WORKER_LAT", String.valueOf(LAT), "WORKER_LON", String.valueOf(LON),
                "WISH_STATION", lockerStation, "WISH_TEXT", "想要一副冬季骑行手套 " + run));
    }

    private void awaitVolunteerReplica(String admin) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/volunteers/stations/" + lockerStationId))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
    }

    private void browser(String scenario, Map<String, String> env) throws Exception {
        BrowserScenario.run(stack, scenario, env);
    }
}
