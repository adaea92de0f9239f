package io.yizhan.volunteer.rights.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.volunteer.StationFixture;
import io.yizhan.volunteer.TestClock;
import io.yizhan.volunteer.rights.WorkingDays;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@Tag("clock")
class RightsResourceTest {

    @Inject
    TestClock clock;

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> rightsCase(String tenant, UUID station) {
        Map<String, Object> body = new HashMap<>();
        if (tenant != null) {
            body.put("tenant", tenant);
        }
        if (station != null) {
            body.put("stationId", station.toString());
        }
        body.put("category", "UNPAID_WAGES");
        body.put("description", "站点拖欠我两个月的配送费，共 4,300 元");
        body.put("phone", "13812345678");
        return body;
    }

    static String file(String worker, Map<String, Object> body) {
        return given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/rights/cases")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aCaseIsPrivateBetweenTheWorkerAndTheCitysRightsDesk() {
        String workerName = "rights-worker-" + UUID.randomUUID();
        String worker = TestTokens.token(workerName, null, "worker");
        OffsetDateTime before = OffsetDateTime.now(clock);
        var filed = given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase("fuzhou", null))
                .when().post("/api/v1/rights/cases").then().statusCode(201)
                .body("caseNumber", matchesPattern("^FZ-20\\d\\d-\\d{6}$"))
                .body("phone", equalTo("138****5678")).body("status", equalTo("SUBMITTED")).body("overdue", equalTo(false))
                .extract();
        String id = filed.path("id");
        OffsetDateTime due = OffsetDateTime.parse(filed.path("firstReplyDue"));
        assertThat(due).isAfterOrEqualTo(WorkingDays.after(before, 3).minusSeconds(1)).isBeforeOrEqualTo(WorkingDays.after(OffsetDateTime.now(clock), 3));

        String desk = TestTokens.rightsDesk("fuzhou");
        given().auth().oauth2(desk).when().get("/api/v1/rights/cases").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.phone", equalTo("13812345678"));
        given().auth().oauth2(TestTokens.rightsDesk("xiamen")).when().get("/api/v1/rights/cases/{id}", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.rightsDesk("xiamen")).when().get("/api/v1/rights/cases").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.token("nosy-worker", null, "worker")).when().get("/api/v1/rights/cases/{id}", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/rights/cases/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).when().get("/api/v1/rights/cases").then().statusCode(403);

        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("body", "您好，我们已联系站点，请保留接单记录截图"))
                .when().post("/api/v1/rights/cases/{id}/replies", id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS")).body("firstReplyAt", notNullValue()).body("phone", equalTo("13812345678"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("body", "截图已准备好"))
                .when().post("/api/v1/rights/cases/{id}/replies", id).then().statusCode(200)
                .body("replies.from", org.hamcrest.Matchers.contains("DESK", "WORKER")).body("phone", equalTo("138****5678"));
        given().auth().oauth2(worker).when().post("/api/v1/rights/cases/{id}/close", id).then().statusCode(403);
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("note", "站点已结清欠款，案件办结"))
                .when().post("/api/v1/rights/cases/{id}/close", id).then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("replies.size()", equalTo(3));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("body", "谢谢"))
                .when().post("/api/v1/rights/cases/{id}/replies", id).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(worker).when().get("/api/v1/rights/cases/mine").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.statusLabel", equalTo("已办结"));

        // private: only "the desk answered" goes to Kafka, once per desk message (the reply and the closing word,
        // not the worker's own), keyed by the case and addressed to the worker's subject, naming nothing else
        String subject = UUID.nameUUIDFromBytes(workerName.getBytes()).toString();
        var events = TopicReader.read("volunteer-events", r -> r.value().contains(id), found -> found.size() >= 2, Duration.ofSeconds(10));
        assertThat(events).hasSize(2).allSatisfy(r -> {
            assertThat(r.key()).isEqualTo(id);
            assertThat(r.value()).contains("\"type\":\"yizhan.volunteer.rights-case-answered\"").contains(subject)
                    .doesNotContain("13812345678").doesNotContain("配送费").doesNotContain("UNPAID_WAGES").doesNotContain("stationId");
        });
    }

    @Test
    void anUnansweredCaseIsListedOverdueForTheCityAdminWithoutPersonalData() {
        String worker = TestTokens.token("overdue-worker-" + UUID.randomUUID(), null, "worker");
        String id = file(worker, rightsCase("fuzhou", null));
        String caseNumber = given().auth().oauth2(worker).when().get("/api/v1/rights/cases/{id}", id).then().extract().path("caseNumber");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/rights/cases/overdue").then().statusCode(200)
                .body("id", not(hasItem(id)));

        // four working days later, nobody has answered
        OffsetDateTime now = OffsetDateTime.now(clock);
        StationFixture.sql("UPDATE rights_case SET created_at = ?, first_reply_due = ? WHERE id = ?", now.minusDays(6),
                now.minusHours(26), UUID.fromString(id));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/rights/cases/overdue").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.caseNumber", equalTo(caseNumber))
                .body("find { it.id == '" + id + "' }.hoursOverdue", equalTo(26))
                .body("find { it.id == '" + id + "' }", not(hasKey("phone")))
                .body("find { it.id == '" + id + "' }", not(hasKey("description")));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/rights/cases/overdue").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/rights/cases/overdue").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(worker).when().get("/api/v1/rights/cases/overdue").then().statusCode(403);
        given().auth().oauth2(worker).when().get("/api/v1/rights/cases/{id}", id).then().body("overdue", equalTo(true));

        given().auth().oauth2(TestTokens.rightsDesk("fuzhou")).contentType(ContentType.JSON).body(Map.of("body", "抱歉久等，已受理"))
                .when().post("/api/v1/rights/cases/{id}/replies", id).then().statusCode(200).body("overdue", equalTo(false));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/rights/cases/overdue").then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void theCityComesFromTheStationWhenOneIsGivenAndNumbersRunPerCity() {
        UUID xiamen = StationFixture.station("xiamen", "鼓浪屿驿站", "OPEN");
        String worker = TestTokens.token("rights-city-" + UUID.randomUUID(), null, "worker");
        String first = given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase(null, xiamen))
                .when().post("/api/v1/rights/cases").then().statusCode(201).body("tenant", equalTo("xiamen"))
                .body("stationId", equalTo(xiamen.toString())).extract().path("caseNumber");
        String second = given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase("xiamen", xiamen))
                .when().post("/api/v1/rights/cases").then().statusCode(201).extract().path("caseNumber");
        assertThat(first).startsWith("XM-");
        assertThat(Long.parseLong(second.substring(second.lastIndexOf('-') + 1)))
                .isEqualTo(Long.parseLong(first.substring(first.lastIndexOf('-') + 1)) + 1);

        given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase("fuzhou", xiamen))
                .when().post("/api/v1/rights/cases").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase(null, null))
                .when().post("/api/v1/rights/cases").then().statusCode(400).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase("atlantis", null))
                .when().post("/api/v1/rights/cases").then().statusCode(400).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(rightsCase(null, UUID.randomUUID()))
                .when().post("/api/v1/rights/cases").then().statusCode(404).contentType(PROBLEM);
        Map<String, Object> bad = rightsCase("fuzhou", null);
        bad.put("category", "DIVORCE");
        bad.put("phone", "12345");
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(bad).when().post("/api/v1/rights/cases").then().statusCode(400)
                .body("violations.field", hasItem("category")).body("violations.field", hasItem("phone"));
        bad = rightsCase("fuzhou", null);
        bad.put("description", "长".repeat(2001));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(bad).when().post("/api/v1/rights/cases").then().statusCode(400)
                .body("violations.field", hasItem("description"));
        given().auth().oauth2(TestTokens.rightsDesk("fuzhou")).contentType(ContentType.JSON).body(rightsCase("fuzhou", null))
                .when().post("/api/v1/rights/cases").then().statusCode(403);
        given().auth().oauth2(TestTokens.rightsDesk("fuzhou")).queryParam("status", "LOST").when().get("/api/v1/rights/cases")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(worker).when().get("/api/v1/rights/cases/mine").then().statusCode(200)
                .body("size()", equalTo(2)).body("[0].replies", nullValue());
    }
}
