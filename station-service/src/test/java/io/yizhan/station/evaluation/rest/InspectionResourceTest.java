package io.yizhan.station.evaluation.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.EvaluationFixture.cards;
import static io.yizhan.station.EvaluationFixture.openStation;
import static io.yizhan.station.EvaluationFixture.scores;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The checklist, inspection sheets (random, mutual, third party) and reproducible inspection plans. */
@QuarkusTest
class InspectionResourceTest {

    static final String PROBLEM = "application/problem+json";

    static ValidatableResponse inspect(String token, String station, String kind, List<Map<String, Object>> scores) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "kind", kind, "inspector", "检查组", "scores", scores,
                        "remarks", "环境整洁", "photos", List.of("https://img.example.cn/a.jpg")))
                .when().post("/api/v1/evaluation/inspections").then();
    }

    @Test
    void theDefaultChecklistIsTenPointsWithSixBasePoints() {
        given().auth().oauth2(TestTokens.stationManager("xiamen")).when().get("/api/v1/evaluation/checklist").then()
                .statusCode(200).body("maxTotal", equalTo(10)).body("basePoints", equalTo(6))
                .body("items.code", hasItem("water"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/evaluation/checklist").then().statusCode(403);
    }

    @Test
    void aFullSheetMeetsTheBaseAndIssuesNoCard() {
        String station = openStation("xiamen", "厦门满分驿站", null);
        inspect(TestTokens.cityAdmin("xiamen"), station, "RANDOM", scores()).statusCode(201)
                .body("total", equalTo(10)).body("maxTotal", equalTo(10)).body("baseMet", equalTo(true))
                .body("cardId", nullValue()).body("recordedBy", equalTo("xiamen-admin"));
        assertThat(cards(station)).isEmpty();
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("station", station).when()
                .get("/api/v1/evaluation/inspections").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].photos", contains("https://img.example.cn/a.jpg"));
    }

    @Test
    void aMissedBaseItemIssuesAYellowCardAtOnceWithTheSheetAsEvidence() {
        String station = openStation("xiamen", "厦门缺项驿站", null);
        String card = inspect(TestTokens.provinceAdmin(), station, "THIRD_PARTY", scores("charging", "toilet")).statusCode(201)
                .body("total", equalTo(8)).body("baseMet", equalTo(false)).body("baseItemsNotMet", contains("charging"))
                .extract().path("cardId");
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).when().get("/api/v1/evaluation/cards/{id}", card).then()
                .statusCode(200).body("rule", equalTo("INSPECTION_BASE_NOT_MET")).body("colour", equalTo("YELLOW"))
                .body("evidence.kind", equalTo("THIRD_PARTY")).body("evidence.baseItemsNotMet", contains("charging"));
        // A second failed sheet while that card is open does not pile up cards.
        inspect(TestTokens.provinceAdmin(), station, "RANDOM", scores("water")).statusCode(201).body("cardId", equalTo(card));
        assertThat(cards(station)).hasSize(1);
    }

    @Test
    void aMutualInspectionIsByAnotherCitysInspectors() {
        String station = openStation("xiamen", "厦门互查驿站", null);
        inspect(TestTokens.cityAdmin("xiamen"), station, "MUTUAL", scores()).statusCode(403).contentType(PROBLEM);
        inspect(TestTokens.cityAdmin("quanzhou"), station, "MUTUAL", scores()).statusCode(201)
                .body("inspectorTenant", equalTo("quanzhou")).body("tenant", equalTo("xiamen"));
        inspect(TestTokens.cityAdmin("quanzhou"), station, "RANDOM", scores()).statusCode(404).contentType(PROBLEM);
        inspect(TestTokens.stationManager("xiamen"), station, "RANDOM", scores()).statusCode(403);
        inspect(TestTokens.worker(), station, "RANDOM", scores()).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/evaluation/inspections").then().statusCode(401);
    }

    @Test
    void badSheetsAreRefusedAndNamedPrecisely() {
        String station = openStation("xiamen", "厦门错表驿站", null);
        List<Map<String, Object>> unknown = new ArrayList<>(scores());
        unknown.add(Map.of("code", "swimming_pool", "points", 1));
        inspect(TestTokens.cityAdmin("xiamen"), station, "RANDOM", unknown).statusCode(400).contentType(PROBLEM)
                .body("violations[0].message", containsString("swimming_pool"));
        List<Map<String, Object>> missing = new ArrayList<>(scores());
        missing.remove(0);
        inspect(TestTokens.cityAdmin("xiamen"), station, "RANDOM", missing).statusCode(400)
                .body("violations[0].message", containsString("signboard"));
        List<Map<String, Object>> twice = new ArrayList<>(scores());
        twice.add(twice.get(0));
        inspect(TestTokens.cityAdmin("xiamen"), station, "RANDOM", twice).statusCode(400)
                .body("violations[0].message", containsString("twice"));
        List<Map<String, Object>> tooMany = new ArrayList<>(scores());
        tooMany.set(0, Map.of("code", tooMany.get(0).get("code"), "points", 5));
        inspect(TestTokens.cityAdmin("xiamen"), station, "RANDOM", tooMany).statusCode(400)
                .body("violations[0].message", containsString("at most 1"));
        inspect(TestTokens.cityAdmin("xiamen"), station, "SURPRISE", scores()).statusCode(400).contentType(PROBLEM);
        Map<String, Object> future = new HashMap<>(Map.of("stationId", station, "kind", "RANDOM", "inspector", "x",
                "scores", scores(), "inspectedAt", "2099-01-01T09:00:00+08:00"));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON).body(future)
                .when().post("/api/v1/evaluation/inspections").then().statusCode(400).body("violations[0].field", equalTo("inspectedAt"));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).queryParam("station", station).when()
                .get("/api/v1/evaluation/inspections").then().body("total", equalTo(0));
    }

    @Test
    void aPlanDrawsTheSameStationsFromTheSameSeedAndEachCitySeesItsOwn() {
        for (int i = 0; i < 4; i++) {
            openStation("xiamen", "厦门抽查候选" + i, null);
        }
        Map<String, Object> request = Map.of("from", "2026-12-01", "to", "2026-12-31", "kind", "RANDOM", "perCity", 2,
                "seed", 20261201L, "tenants", List.of("xiamen", "quanzhou"));
        List<String> first = draw(request).body("seed", equalTo(20261201)).extract().jsonPath()
                .getList("stations.findAll { it.tenant == 'xiamen' }.stationId");
        List<String> second = draw(request).extract().jsonPath().getList("stations.findAll { it.tenant == 'xiamen' }.stationId");
        assertThat(first).hasSize(2).isEqualTo(second);

        String plan = draw(Map.of("from", "2026-12-01", "to", "2026-12-31", "kind", "RANDOM", "perCity", 1,
                "tenants", List.of("xiamen"))).extract().path("id");
        String drawn = given().auth().oauth2(TestTokens.cityAdmin("xiamen")).when().get("/api/v1/evaluation/inspection-plans/{id}", plan)
                .then().statusCode(200).body("stations.tenant", everyItem(equalTo("xiamen"))).body("stations[0].inspected", equalTo(false))
                .extract().path("stations[0].stationId");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/evaluation/inspection-plans/{id}", plan)
                .then().statusCode(200).body("stations.size()", equalTo(0));
        String notDrawn = openStation("xiamen", "厦门未抽中驿站", null);
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON)
                .body(Map.of("stationId", notDrawn, "kind", "RANDOM", "inspector", "x", "scores", scores(), "planId", plan))
                .when().post("/api/v1/evaluation/inspections").then().statusCode(400).body("violations[0].field", equalTo("planId"));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON)
                .body(Map.of("stationId", drawn, "kind", "RANDOM", "inspector", "x", "scores", scores(), "planId", plan))
                .when().post("/api/v1/evaluation/inspections").then().statusCode(201);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/evaluation/inspection-plans/{id}", plan)
                .then().body("stations[0].inspected", equalTo(true));

        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/evaluation/inspection-plans").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-31", "to", "2026-12-01", "kind", "RANDOM", "perCity", 1))
                .when().post("/api/v1/evaluation/inspection-plans").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("from", "2026-12-01", "to", "2026-12-31", "kind", "RANDOM", "perCity", 1, "tenants", List.of("gotham")))
                .when().post("/api/v1/evaluation/inspection-plans").then().statusCode(400).body("violations[0].field", equalTo("tenants"));
    }

    static ValidatableResponse draw(Map<String, Object> request) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/evaluation/inspection-plans").then().statusCode(201);
    }

    @Test
    void theProvincePublishesANewChecklistVersion() {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/evaluation/checklist")
                .then().extract().jsonPath().getList("items");
        int version = given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/evaluation/checklist")
                .then().extract().path("version");
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("items", items))
                .when().put("/api/v1/evaluation/checklist").then().statusCode(200).body("version", equalTo(version + 1));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON).body(Map.of("items", items))
                .when().put("/api/v1/evaluation/checklist").then().statusCode(403);
        List<Map<String, Object>> duplicated = new ArrayList<>(items);
        duplicated.add(items.get(0));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("items", duplicated))
                .when().put("/api/v1/evaluation/checklist").then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("code", "extra", "titleZh", "加分项", "points", 2, "base", false))))
                .when().put("/api/v1/evaluation/checklist").then().statusCode(400).body("violations[0].message", containsString("base"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("items", List.of(Map.of("code", "Bad Code", "titleZh", "", "points", 0, "base", true))))
                .when().put("/api/v1/evaluation/checklist").then().statusCode(400)
                .body("violations.field", hasItem("items[0].code"));
    }
}
