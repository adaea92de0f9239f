package io.yizhan.volunteer.workday.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@Tag("clock")
class WorkdayCalendarResourceTest {

    static final String PROBLEM = "application/problem+json";
    // Pingtan's 2028 calendar belongs to this class alone: no other test files cases there in 2028.
    static final String CALENDAR = "/api/v1/rights/calendar/{tenant}/{year}";

    @Inject
    TestClock clock;

    @AfterEach
    void backToTheStartInstant() {
        clock.reset();
    }

    private static Map<String, Object> day(String date, boolean working, String name) {
        return Map.of("date", date, "working", working, "name", name);
    }

    /** A National Day week of 2028 as a city would load it: 1–7 October off, Saturday 30 September and Sunday 8 October worked. */
    private static List<Map<String, Object>> nationalDay2028() {
        List<Map<String, Object>> days = new java.util.ArrayList<>();
        for (int d = 1; d <= 7; d++) {
            days.add(day("2028-10-0" + d, false, "国庆节"));
        }
        days.add(day("2028-09-30", true, "国庆节调休"));
        days.add(day("2028-10-08", true, "国庆节调休"));
        return days;
    }

    @Test
    void aLoadedCalendarMovesARightsCasesFirstReplyDeadlinePastTheHoliday() {
        given().auth().oauth2(TestTokens.cityAdmin("pingtan")).contentType(ContentType.JSON).body(Map.of("days", nationalDay2028()))
                .when().put(CALENDAR, "pingtan", "2028").then().statusCode(200)
                .body("tenant", equalTo("pingtan")).body("days", hasSize(9))
                .body("days[0].date", equalTo("2028-09-30")).body("days[0].working", equalTo(true));

        // Filed on Friday 29 September 2028: Saturday 30th (worked), Sunday 8th (worked), Monday 9th.
        clock.set(OffsetDateTime.parse("2028-09-29T10:00:00+08:00").toInstant());
        given().auth().oauth2(TestTokens.token("calendar-worker", null, "worker")).contentType(ContentType.JSON)
                .body(Map.of("tenant", "pingtan", "category", "UNPAID_WAGES", "description", "节前被拖欠工资，想咨询", "phone", "13812345678"))
                .when().post("/api/v1/rights/cases").then().statusCode(201)
                .body("firstReplyDue", org.hamcrest.Matchers.startsWith("2028-10-09T10:00:"));   // the test clock moves on

        // Loading the year again replaces it, so a correction never leaves yesterday's days behind.
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2028-10-02", false, "国庆节"))))
                .when().put(CALENDAR, "pingtan", "2028").then().statusCode(200).body("days", hasSize(1));
        given().auth().oauth2(TestTokens.rightsDesk("pingtan")).when().get(CALENDAR, "pingtan", "2028").then().statusCode(200)
                .body("days.date", equalTo(List.of("2028-10-02")));
    }

    @Test
    void everyCityStartsWithTheOfficial2026Calendar() {
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).when().get(CALENDAR, "xiamen", "2026").then().statusCode(200)
                .body("days.find { it.date == '2026-10-10' }.working", equalTo(true))
                .body("days.find { it.date == '2026-02-17' }.name", equalTo("春节"))
                .body("days.findAll { it.working == false }", hasSize(33));
    }

    @Test
    void onlyTheCityOrTheProvinceLoadsItAndOtherCitiesCannotReadIt() {
        Map<String, Object> body = Map.of("days", List.of(day("2029-10-01", false, "国庆节")));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(body)
                .when().put(CALENDAR, "pingtan", "2029").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.rightsDesk("pingtan")).contentType(ContentType.JSON).body(body)
                .when().put(CALENDAR, "pingtan", "2029").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().get(CALENDAR, "pingtan", "2026").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get(CALENDAR, "pingtan", "2026")
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("pingtan")).when().get(CALENDAR, "atlantis", "2026")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aDayOutsideTheYearATwiceListedDayOrAMissingFieldIsRefusedByName() {
        String admin = TestTokens.cityAdmin("pingtan");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2029-10-01", false, "国庆节"), day("2030-01-01", false, "元旦"))))
                .when().put(CALENDAR, "pingtan", "2029").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("days[1].date"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2029-10-01", false, "国庆节"), day("2029-10-01", true, "国庆节"))))
                .when().put(CALENDAR, "pingtan", "2029").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("days[1].date"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2029-02-30", false, "春节"))))
                .when().put(CALENDAR, "pingtan", "2029").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("days[0].date"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2029-10-01", "name", "国庆节"))))
                .when().put(CALENDAR, "pingtan", "2029").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem(org.hamcrest.Matchers.containsString("working")));
        given().auth().oauth2(admin).when().get(CALENDAR, "pingtan", "20x9").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("year"));
        given().auth().oauth2(admin).when().get(CALENDAR, "pingtan", "1999").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("year"));
    }
}
