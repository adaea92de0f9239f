package io.yizhan.volunteer.membership.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.volunteer.StationFixture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@Tag("clock")
class MembershipResourceTest {

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> application(UUID station) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "张师傅");
        body.put("phone", "13912345678");
        body.put("platform", "MEITUAN");
        body.put("tenant", "fuzhou");
        body.put("stationId", station.toString());
        return body;
    }

    static String apply(String worker, UUID station) {
        return given().auth().oauth2(worker).contentType(ContentType.JSON).body(application(station))
                .when().post("/api/v1/membership/applications").then().statusCode(201)
                .body("status", equalTo("PENDING")).body("phone", equalTo("139****5678")).extract().path("id");
    }

    @Test
    void anApprovedApplicationEmitsMemberJoinedWithTheSubjectOnly() {
        UUID station = StationFixture.station("fuzhou", "入会驿站", "OPEN");
        String name = "member-" + UUID.randomUUID();
        String worker = TestTokens.token(name, null, "worker");
        String id = apply(worker, station);
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(application(station))
                .when().post("/api/v1/membership/applications").then().statusCode(409).contentType(PROBLEM);

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/membership/applications").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.phone", equalTo("139****5678"))
                .body("find { it.id == '" + id + "' }.platformLabel", equalTo("美团"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/membership/applications/{id}", id).then()
                .statusCode(200).body("phone", equalTo("13912345678")).body("name", equalTo("张师傅"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/membership/applications").then().statusCode(200)
                .body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/v1/membership/applications/{id}/decision", id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/v1/membership/applications/{id}/decision", id).then().statusCode(403);

        String membership = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("approve", true, "note", "欢迎加入工会")).when().post("/api/v1/membership/applications/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("APPROVED")).body("membershipId", notNullValue())
                .body("phone", equalTo("139****5678")).extract().path("membershipId");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("approve", false))
                .when().post("/api/v1/membership/applications/{id}/decision", id).then().statusCode(409);
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(application(station))
                .when().post("/api/v1/membership/applications").then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(worker).when().get("/api/v1/membership/applications/mine").then().statusCode(200)
                .body("[0].status", equalTo("APPROVED")).body("[0].stationName", equalTo("入会驿站"));
        given().auth().oauth2(TestTokens.token("not-applied", null, "worker")).when().get("/api/v1/membership/applications/mine")
                .then().statusCode(200).body("id", not(hasItem(id)));

        List<ConsumerRecord<String, String>> events = TopicReader.read("volunteer-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.volunteer.member-joined"),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("\"membershipId\":\"" + membership + "\"", "\"platform\":\"MEITUAN\"",
                        "\"subject\":\"" + UUID.nameUUIDFromBytes(name.getBytes()) + "\"", "\"tenant\":\"fuzhou\"")
                .doesNotContain("张师傅", "13912345678", "5678");

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/membership/counts").then().statusCode(200)
                .body("stations.find { it.stationId == '" + station + "' }.members", equalTo(1))
                .body("stations.find { it.stationId == '" + station + "' }.stationName", equalTo("入会驿站"))
                .body("cities.tenant", hasItem("fuzhou"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/membership/counts").then().statusCode(200)
                .body("stations.stationId", not(hasItem(station.toString())));
        given().auth().oauth2(TestTokens.provinceAdmin()).queryParam("tenant", "fuzhou").when().get("/api/v1/membership/counts")
                .then().statusCode(200).body("stations.stationId", hasItem(station.toString()));
    }

    @Test
    void aDeclinedApplicationKeepsNoNameOrPhoneAndTheWorkerMayApplyAgain() {
        UUID station = StationFixture.station("fuzhou", "复议驿站", "OPEN");
        String worker = TestTokens.token("declined-" + UUID.randomUUID(), null, "worker");
        String id = apply(worker, station);
        // the applicant reads why: no refusal without a reason
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("approve", false, "note", "  "))
                .when().post("/api/v1/membership/applications/{id}/decision", id)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("note"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/membership/applications/{id}", id).then()
                .statusCode(200).body("status", equalTo("PENDING")).body("name", equalTo("张师傅"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("approve", false, "note", "请先在平台完成实名认证")).when().post("/api/v1/membership/applications/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("DECLINED")).body("name", nullValue()).body("phone", nullValue());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/membership/applications/{id}", id).then()
                .statusCode(200).body("name", nullValue()).body("phone", nullValue()).body("decisionNote", equalTo("请先在平台完成实名认证"));
        apply(worker, station);
        assertThat(TopicReader.read("volunteer-events", r -> r.value().contains("member-joined") && station.toString().equals(r.key()),
                found -> !found.isEmpty(), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void badApplicationsAreRefused() {
        UUID station = StationFixture.station("fuzhou", "入会校验驿站", "OPEN");
        String worker = TestTokens.token("bad-apply-" + UUID.randomUUID(), null, "worker");
        Map<String, Object> body = application(station);
        body.put("platform", "UBER");
        body.put("phone", "0591-1234567");
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/membership/applications")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("platform")).body("violations.field", hasItem("phone"));
        body = application(station);
        body.put("tenant", "xiamen");
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(body).when().post("/api/v1/membership/applications")
                .then().statusCode(400).body("violations.field", hasItem("tenant"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(application(UUID.randomUUID()))
                .when().post("/api/v1/membership/applications").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).contentType(ContentType.JSON).body(application(station))
                .when().post("/api/v1/membership/applications").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("status", "MAYBE").when().get("/api/v1/membership/applications")
                .then().statusCode(400).body("violations.field", hasItem("status"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("from", "2026-13-01").when().get("/api/v1/membership/counts")
                .then().statusCode(400).body("violations.field", hasItem("from"));
        given().auth().oauth2(worker).when().get("/api/v1/membership/counts").then().statusCode(403);
    }

    @Test
    void fiveParallelApplicationsOfOneWorkerGiveOne() throws Exception {
        UUID station = StationFixture.station("fuzhou", "并发入会驿站", "OPEN");
        String worker = TestTokens.token("parallel-" + UUID.randomUUID(), null, "worker");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(pool.submit(() -> given().auth().oauth2(worker).contentType(ContentType.JSON).body(application(station))
                    .when().post("/api/v1/membership/applications").then().extract().statusCode()));
        }
        List<Integer> codes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(code -> code == 201).hasSize(1);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(4);
    }
}
