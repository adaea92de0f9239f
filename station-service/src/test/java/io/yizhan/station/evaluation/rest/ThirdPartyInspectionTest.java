package io.yizhan.station.evaluation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.scores;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Outside inspection bodies (第三方检查): assignments by the province and cities, and what an inspector may reach. */
@QuarkusTest
class ThirdPartyInspectionTest {

    static final String PROBLEM = "application/problem+json";
    static final String DUE = "2030-12-31";

    /** A freshly registered body with a unique code, so that test methods never share assignments. */
    static String body(String name) {
        String code = "body-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name)).when().post("/api/v1/evaluation/inspection-bodies").then()
                .statusCode(201).body("code", equalTo(code)).body("name", equalTo(name));
        return code;
    }

    static ValidatableResponse assign(String token, String body, List<String> stations) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("body", body, "stationIds", stations, "due", DUE))
                .when().post("/api/v1/evaluation/inspection-assignments").then();
    }

    static ValidatableResponse sheet(String token, String station, String kind) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "kind", kind, "inspector", "林敏", "scores", scores()))
                .when().post("/api/v1/evaluation/inspections").then();
    }

    @Test
    void anInspectorListsOnlyTheStationsAssignedToTheirBody() {
        String a = body("甲评估中心");
        String b = body("乙评估中心");
        String mine1 = openStation("fuzhou", "福州分派一号驿站", null);
        String mine2 = openStation("xiamen", "厦门分派二号驿站", null);
        String theirs = openStation("fuzhou", "福州他人驿站", null);
        assign(TestTokens.provinceAdmin(), a, List.of(mine1, mine2)).statusCode(201)
                .body("stationId", containsInAnyOrder(mine1, mine2)).body("inspectionBodyName", everyItem(equalTo("甲评估中心")));
        assign(TestTokens.cityAdmin("fuzhou"), b, List.of(theirs)).statusCode(201).body("[0].tenant", equalTo("fuzhou"));

        given().auth().oauth2(TestTokens.inspector(a)).when().get("/api/v1/evaluation/inspection-assignments").then()
                .statusCode(200).body("total", equalTo(2)).body("items.stationId", containsInAnyOrder(mine1, mine2))
                .body("items.stationName", hasItem("福州分派一号驿站")).body("items.overdue", everyItem(equalTo(false)))
                .body("items.inspectionId", everyItem(nullValue()));
        // Asking for another body's list gives nothing, not theirs.
        given().auth().oauth2(TestTokens.inspector(a)).queryParam("body", b).when().get("/api/v1/evaluation/inspection-assignments")
                .then().statusCode(200).body("total", equalTo(0));
        // The city sees its own city's assignments only.
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("body", a).when()
                .get("/api/v1/evaluation/inspection-assignments").then().statusCode(200)
                .body("items.stationId", contains(mine2));
    }

    @Test
    void anAssignedInspectionIsStoredWithTheBodyFromTheTokenAndFulfilsTheAssignment() {
        String a = body("福建省第三方评估中心测试");
        String station = openStation("fuzhou", "福州第三方驿站", null);
        assign(TestTokens.provinceAdmin(), a, List.of(station)).statusCode(201);
        String id = sheet(TestTokens.inspector(a), station, "THIRD_PARTY").statusCode(201)
                .body("inspectionBody", equalTo(a)).body("inspectionBodyName", equalTo("福建省第三方评估中心测试"))
                .body("inspector", equalTo("林敏")).body("kind", equalTo("THIRD_PARTY")).body("tenant", equalTo("fuzhou"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.inspector(a)).when().get("/api/v1/evaluation/inspection-assignments").then()
                .statusCode(200).body("items[0].inspectionId", equalTo(id));
        // The city admin's list marks the sheet as the body's.
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("station", station).when()
                .get("/api/v1/evaluation/inspections").then().statusCode(200)
                .body("items[0].inspectionBody", equalTo(a)).body("items[0].inspectionBodyName", equalTo("福建省第三方评估中心测试"));
        // The inspector sees their own sheets; a fulfilled assignment takes no second sheet.
        given().auth().oauth2(TestTokens.inspector(a)).when().get("/api/v1/evaluation/inspections").then()
                .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
        sheet(TestTokens.inspector(a), station, "THIRD_PARTY").statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anInspectorCannotInspectAStationNotAssignedToTheirBody() {
        String a = body("甲机构");
        String b = body("乙机构");
        String station = openStation("fuzhou", "福州乙方驿站", null);
        assign(TestTokens.provinceAdmin(), b, List.of(station)).statusCode(201);
        sheet(TestTokens.inspector(a), station, "THIRD_PARTY").statusCode(403).contentType(PROBLEM)
                .body("detail", containsString("not assigned"));
        sheet(TestTokens.inspector(a), UUID.randomUUID().toString(), "THIRD_PARTY").statusCode(403).contentType(PROBLEM);
        // Not another kind either, even on an assigned station.
        sheet(TestTokens.inspector(b), station, "RANDOM").statusCode(403).contentType(PROBLEM);
        // Other sheets are not theirs to read.
        sheet(TestTokens.cityAdmin("fuzhou"), openStation("fuzhou", "福州市内自查驿站", null), "RANDOM").statusCode(201);
        given().auth().oauth2(TestTokens.inspector(a)).when().get("/api/v1/evaluation/inspections").then()
                .statusCode(200).body("total", equalTo(0));
        // A token without a body reaches nothing.
        given().auth().oauth2(TestTokens.inspector("no-body", null)).when().get("/api/v1/evaluation/inspection-assignments").then()
                .statusCode(403).contentType(PROBLEM);
    }

    @Test
    void anInspectorIsRefusedEverythingElse() {
        String a = body("越权测试机构");
        String station = openStation("fuzhou", "福州越权驿站", null);
        String token = TestTokens.inspector(a);
        given().auth().oauth2(token).when().get("/api/v1/stations").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(token).when().get("/api/v1/stations/{id}/admin", station).then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/evaluation/cards").then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/evaluation/inspection-bodies").then().statusCode(403);
        assign(token, a, List.of(station)).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("code", "self-made", "name", "自封机构"))
                .when().post("/api/v1/evaluation/inspection-bodies").then().statusCode(403);
        given().auth().oauth2(token).when().get("/api/v1/evaluation/checklist").then().statusCode(200)
                .body("items.code", hasItem("water"));
    }

    @Test
    void aCityAdminAssignsOnlyTheirOwnCitysStations() {
        String a = body("城市分派机构");
        String fuzhou = openStation("fuzhou", "福州本市驿站", null);
        assign(TestTokens.cityAdmin("xiamen"), a, List.of(fuzhou)).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("body", a).when()
                .get("/api/v1/evaluation/inspection-assignments").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("tenant", "fuzhou").when()
                .get("/api/v1/evaluation/inspection-assignments").then().statusCode(200).body("total", equalTo(0));
        assign(TestTokens.cityAdmin("fuzhou"), a, List.of(fuzhou)).statusCode(201);
        // The same station to the same body in the same period twice is a collision.
        assign(TestTokens.cityAdmin("fuzhou"), a, List.of(fuzhou)).statusCode(409).contentType(PROBLEM);
        assign(TestTokens.worker(), a, List.of(fuzhou)).statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/evaluation/inspection-assignments").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("code", "city-made", "name", "市属机构"))
                .when().post("/api/v1/evaluation/inspection-bodies").then().statusCode(403);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String a = body("输入校验机构");
        String station = openStation("fuzhou", "福州校验驿站", null);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", a, "stationIds", List.of(station), "from", "2030-12-31", "due", "2030-12-01"))
                .when().post("/api/v1/evaluation/inspection-assignments").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("due"));
        assign(TestTokens.provinceAdmin(), "no-such-body", List.of(station)).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("body"));
        assign(TestTokens.provinceAdmin(), a, List.of()).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("stationIds"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("body", a, "stationIds", List.of(station))).when().post("/api/v1/evaluation/inspection-assignments")
                .then().statusCode(400).body("violations.field", hasItem("due"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("code", "Bad Code!", "name", "x"))
                .when().post("/api/v1/evaluation/inspection-bodies").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("code"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("code", a, "name", "重名"))
                .when().post("/api/v1/evaluation/inspection-bodies").then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.inspector(a)).queryParam("station", "not-a-uuid").when()
                .get("/api/v1/evaluation/inspection-assignments").then().statusCode(400).body("violations.field", hasItem("station"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/evaluation/inspection-bodies").then()
                .statusCode(200).body("code", hasItem(a)).body("code", not(hasItem("Bad Code!")));
        // An inspection sheet of a body is still validated field by field.
        assign(TestTokens.provinceAdmin(), a, List.of(station)).statusCode(201).body("[0].id", notNullValue());
        given().auth().oauth2(TestTokens.inspector(a)).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "kind", "THIRD_PARTY", "inspector", "林敏", "scores", List.of()))
                .when().post("/api/v1/evaluation/inspections").then().statusCode(400).body("violations.field", hasItem("scores"));
    }
}
