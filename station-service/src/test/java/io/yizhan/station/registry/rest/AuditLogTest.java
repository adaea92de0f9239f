package io.yizhan.station.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.StationFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Admin writes leave one audit row each (yizhan-common's AuditLogFilter); workers' and refused writes none. */
@QuarkusTest
class AuditLogTest {

    static List<Map<String, Object>> rows(String token, String requestId) {
        return StationFixture.auditRows(token, requestId);
    }

    @Test
    void anAdminsWriteLeavesExactlyOneRowWithWhoWhatAndWhere() {
        String requestId = "audit-" + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(StationFixture.gulouStation("审计驿站")).when().post("/api/v1/stations")
                .then().statusCode(201).header("X-Request-Id", requestId).extract().path("id");

        List<Map<String, Object>> rows = rows(TestTokens.provinceAdmin(), requestId);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        assertThat(row.get("subject")).isEqualTo(UUID.nameUUIDFromBytes("fuzhou-admin".getBytes()).toString());
        assertThat(row.get("roles")).isEqualTo(List.of("city-admin"));
        assertThat(row).containsEntry("tenant", "fuzhou").containsEntry("method", "POST").containsEntry("route", "/api/v1/stations")
                .containsEntry("path", "/api/v1/stations").containsEntry("status", 201);
        assertThat(row.toString()).doesNotContain("fuzhou-admin");        // a subject id, never a login name
        assertThat(rows(TestTokens.cityAdmin("fuzhou"), requestId)).hasSize(1);
        assertThat(rows(TestTokens.cityAdmin("zhangzhou"), requestId)).isEmpty();

        String update = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.provinceAdmin()).header("X-Request-Id", update).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN")).when().post("/api/v1/stations/{id}/status", id).then().statusCode(200);
        assertThat(rows(TestTokens.provinceAdmin(), update)).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("route", "/api/v1/stations/{id}/status")
                        .containsEntry("path", "/api/v1/stations/" + id + "/status").containsEntry("tenant", "fujian"));
    }

    @Test
    void aWorkersWriteAndARefusedWriteLeaveNone() {
        String station = StationFixture.registerInFuzhou("审计无记录驿站");
        String worker = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.worker()).header("X-Request-Id", worker).contentType(ContentType.JSON)
                .body(Map.of("kind", "CLOSED")).when().post("/api/v1/stations/{id}/reports", station).then().statusCode(201);
        String refused = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).header("X-Request-Id", refused).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN")).when().post("/api/v1/stations/{id}/status", station).then().statusCode(404);
        String invalid = "audit-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("X-Request-Id", invalid).contentType(ContentType.JSON)
                .body(Map.of("name", "")).when().post("/api/v1/stations").then().statusCode(400);

        assertThat(rows(TestTokens.provinceAdmin(), worker)).isEmpty();
        assertThat(rows(TestTokens.provinceAdmin(), refused)).isEmpty();
        assertThat(rows(TestTokens.provinceAdmin(), invalid)).isEmpty();
    }

    @Test
    void onlyTheProvinceAndCityAdminsReadIt() {
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().get("/api/v1/stations/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/audit").then().statusCode(403);
        given().when().get("/api/v1/stations/audit").then().statusCode(401);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 201).when().get("/api/v1/stations/audit")
                .then().statusCode(400).body("violations[0].field", equalTo("size"));
    }
}
