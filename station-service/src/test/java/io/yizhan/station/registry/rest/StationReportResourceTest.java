package io.yizhan.station.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.StationFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class StationReportResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void aWorkersReportQueuesForTheCityAdminWhoAnswersIt() {
        String station = StationFixture.registerInFuzhou("被反馈的驿站");
        String worker = TestTokens.worker();
        String report = given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("kind", "CLOSED", "note", "下午三点来时门关着")).when().post("/api/v1/stations/{id}/reports", station)
                .then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("kind", "MOVED"))
                .when().post("/api/v1/stations/{id}/reports", station).then().statusCode(409).contentType(PROBLEM);

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 200).when().get("/api/v1/stations/reports")
                .then().statusCode(200).body("items.id", hasItem(report)).body("items.tenant", everyItem(equalTo("fuzhou")));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("size", 200).when().get("/api/v1/stations/reports")
                .then().statusCode(200).body("items.id", not(hasItem(report)));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RESOLVED")).when().post("/api/v1/stations/reports/{id}/resolution", report)
                .then().statusCode(404).contentType(PROBLEM);

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "RESOLVED", "resolution", "已核实，调整了营业时间", "hoursVerified", true))
                .when().post("/api/v1/stations/reports/{id}/resolution", report)
                .then().statusCode(200).body("status", equalTo("RESOLVED"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/stations/{id}/admin", station)
                .then().statusCode(200).body("hoursVerifiedBy", equalTo("fuzhou-admin")).body("hoursVerifiedAt", notNullValue());
        given().auth().oauth2(worker).when().get("/api/v1/stations/reports/mine").then().statusCode(200)
                .body("find { it.id == '" + report + "' }.resolution", equalTo("已核实，调整了营业时间"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REJECTED")).when().post("/api/v1/stations/reports/{id}/resolution", report)
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void parallelReportsOfOneWorkerOnOneStationLeaveOneOpen() {
        String station = StationFixture.registerInFuzhou("并发反馈驿站");
        String worker = TestTokens.token("parallel-reporter", null, "worker");
        List<CompletableFuture<Integer>> burst = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("kind", "CLOSED", "note", "并发 " + i))
                        .when().post("/api/v1/stations/{id}/reports", station).then().extract().statusCode())).toList();
        List<Integer> statuses = burst.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).as("one created, the others refused as conflicts: %s", statuses)
                .containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        given().auth().oauth2(worker).when().get("/api/v1/stations/reports/mine").then().statusCode(200)
                .body("findAll { it.stationId == '" + station + "' && it.status == 'OPEN' }.size()", equalTo(1));
    }

    @Test
    void badReportsAndWrongCallersAreRefused() {
        String station = StationFixture.registerInFuzhou("反馈校验驿站");
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(Map.of("kind", "HAUNTED"))
                .when().post("/api/v1/stations/{id}/reports", station).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("kind"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(Map.of("kind", "CLOSED", "note", "长".repeat(301)))
                .when().post("/api/v1/stations/{id}/reports", station).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("note"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(Map.of("kind", "CLOSED"))
                .when().post("/api/v1/stations/{id}/reports", java.util.UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.device("fuzhou")).contentType(ContentType.JSON).body(Map.of("kind", "CLOSED"))
                .when().post("/api/v1/stations/{id}/reports", station).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/reports").then().statusCode(403).contentType(PROBLEM);
    }
}
