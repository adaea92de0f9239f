package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The volunteer-service desks of the admin console (issue 19) in a real browser against the whole
 * stack: each scenario of portal.e2e.mjs performs the desk's main action, and this class then reads
 * the result through the API, so that a screen which only looks right cannot pass.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class AdminDesksBrowserIT {

    static final ZoneId STATION_TIME = ZoneId.of("Asia/Shanghai");

    PlatformStack stack;
    String run;
    String station;
    String stationId;

    @BeforeAll
    void prepare(PlatformStack stack) {
        this.stack = stack;
        run = Long.toString(System.currentTimeMillis() % 100000, 36);
        station = "通宵驿站-" + run;
        // a station open around the clock, so that the desk may publish a night shift there
        stationId = StackFixtures.openAroundTheClock(stack, station, "福州市鼓楼区五四路", "鼓楼区", 26.0891, 119.3032, "13900003333",
                List.of());
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    @Test
    void fuzhouAdminPublishesANightShiftAtA24HourStationFromTheDutyDesk() throws Exception {
        LocalDate day = LocalDate.now(STATION_TIME).plusDays(2);
        String title = "夜班-" + run;
        BrowserScenario.run(stack, "desk-shifts", Map.of("DESK_STATION", station, "SHIFT_DAY", day.toString(), "SHIFT_TITLE", title));

        List<Map<String, Object>> shifts = given().auth().oauth2(stack.password("fuzhou-admin"))
                .queryParams(Map.of("stationId", stationId, "from", day.toString(), "to", day.toString()))
                .when().get(api("/api/v1/shifts")).then().statusCode(200).extract().jsonPath().getList("");
        assertThat(shifts).filteredOn(s -> title.equals(s.get("title"))).singleElement().satisfies(s -> {
            assertThat(s.get("startsAt")).isEqualTo(day + "T22:00:00+08:00");
            assertThat(s.get("endsAt")).isEqualTo(day.plusDays(1) + "T06:00:00+08:00");
        });
    }

    @Test
    void fuzhouAdminAcceptsAndResolvesAWorkersHelpRequest() throws Exception {
        String worker = stack.password("worker1");
        String note = "充电宝没电了 " + run;
        String id = given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("stationId", stationId, "category", "CHARGING", "note", note))
                .when().post(api("/api/v1/help/requests")).then().statusCode(201).extract().path("id");
        BrowserScenario.run(stack, "desk-help", Map.of("DESK_STATION", station, "HELP_NOTE", note));

        given().auth().oauth2(worker).when().get(api("/api/v1/help/requests/mine")).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("RESOLVED"));
    }

    /** inspector1's body (keycloak/realm-yizhan.json); registered here in case the stack loaded no demo data. */
    static final String BODY = "fj-3rd-eval";

    @Test
    void anOutsideInspectorSeesOnlyTheirAssignedStationAndRecordsASheetMarkedAsTheirBodys() throws Exception {
        String province = stack.password("province-admin");
        given().auth().oauth2(province).contentType(ContentType.JSON).body(Map.of("code", BODY, "name", "福建省第三方评估中心"))
                .when().post(api("/api/v1/evaluation/inspection-bodies")).then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String other = "未分派驿站-" + run;
        StackFixtures.openAroundTheClock(stack, other, "福州市鼓楼区东街", "鼓楼区", 26.0871, 119.3012, "13900004444", List.of());
        given().auth().oauth2(province).contentType(ContentType.JSON)
                .body(Map.of("body", BODY, "stationIds", List.of(stationId), "due", LocalDate.now(STATION_TIME).plusDays(14).toString()))
                .when().post(api("/api/v1/evaluation/inspection-assignments")).then().statusCode(201);

        // the screenshot goes to docs/img directly: it is the one portal/README.md shows
        String docsImg = java.nio.file.Files.createDirectories(stack.root.resolve("docs/img")).toString();
        BrowserScenario.run(stack, "desk-inspections", Map.of("ASSIGNED_STATION", station, "OTHER_STATION", other, "DOCS_IMG", docsImg));

        given().auth().oauth2(province).queryParam("station", stationId).when().get(api("/api/v1/evaluation/inspections"))
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].kind", equalTo("THIRD_PARTY"))
                .body("items[0].inspectionBody", equalTo(BODY)).body("items[0].inspector", equalTo("林敏"))
                .body("items[0].recordedBy", equalTo("inspector1"));
    }

    @Test
    void fuzhouRightsDeskAnswersAndClosesACase() throws Exception {
        String worker = stack.password("worker1");
        var filed = given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("tenant", "fuzhou", "category", "UNPAID_WAGES", "description", "站点拖欠配送费两个月 " + run, "phone", "13812345678"))
                .when().post(api("/api/v1/rights/cases")).then().statusCode(201).extract().jsonPath();
        String reply = "已联系站点负责人，三日内答复 " + run;
        BrowserScenario.run(stack, "desk-rights", Map.of("CASE_NUMBER", filed.getString("caseNumber"), "CASE_REPLY", reply));

        given().auth().oauth2(worker).when().get(api("/api/v1/rights/cases/" + filed.getString("id"))).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("replies.find { it.from == 'DESK' }.body", equalTo(reply));
    }
}
