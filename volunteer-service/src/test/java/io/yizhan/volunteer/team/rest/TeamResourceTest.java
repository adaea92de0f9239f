package io.yizhan.volunteer.team.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.StationFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class TeamResourceTest {

    static String volunteerId(String name, String tenant) {
        return given().auth().oauth2(TestTokens.token(name, tenant, "volunteer")).contentType(ContentType.JSON)
                .body(Map.of("displayName", "社工" + name.substring(0, 6), "kind", "SOCIAL_WORKER")).when().put("/api/v1/volunteers/me")
                .then().statusCode(200).extract().path("id");
    }

    @Test
    void aCityFormsAButlerTeamOfItsOwnVolunteers() {
        UUID station = StationFixture.station("fuzhou", "管家驿站", "OPEN");
        String lead = volunteerId("team-lead-" + station, "fuzhou");
        String member = volunteerId("team-member-" + station, "fuzhou");
        String stranger = volunteerId("team-stranger-" + station, "zhangzhou");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "鼓楼驿站管家团队", "stationId", station.toString(), "leadId", lead, "memberIds", List.of(member)))
                .when().post("/api/v1/teams").then().statusCode(201).body("memberIds", hasSize(2)).body("leadId", equalTo(lead));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "混编团队", "stationId", station.toString(), "memberIds", List.of(stranger)))
                .when().post("/api/v1/teams").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("memberIds"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "越界团队", "stationId", station.toString()))
                .when().post("/api/v1/teams").then().statusCode(404);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "自封团队", "stationId", station.toString()))
                .when().post("/api/v1/teams").then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("stationId", station.toString())
                .when().get("/api/v1/teams").then().statusCode(200).body("name", hasItem("鼓楼驿站管家团队"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("stationId", station.toString())
                .when().get("/api/v1/teams").then().statusCode(200).body("", hasSize(0));
    }

    static String team(String name, UUID station, String lead, List<String> members) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", name, "stationId", station.toString(), "leadId", lead, "memberIds", members))
                .when().post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCityChangesItsTeamsLeadAndMembersThenRetiresIt() {
        UUID station = StationFixture.station("fuzhou", "换届驿站", "OPEN");
        String lead = volunteerId("change-lead-" + station, "fuzhou");
        String member = volunteerId("change-member-" + station, "fuzhou");
        String newcomer = volunteerId("change-new-" + station, "fuzhou");
        String id = team("换届前团队", station, lead, List.of(member));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "换届后团队", "leadId", newcomer, "memberIds", List.of(member)))
                .when().put("/api/v1/teams/{id}", id).then().statusCode(200)
                .body("name", equalTo("换届后团队")).body("leadId", equalTo(newcomer))
                .body("memberIds", containsInAnyOrder(member, newcomer)).body("retired", equalTo(false))
                .body("stationName", equalTo("换届驿站")).body("members.find { it.id == '" + newcomer + "' }.displayName", equalTo("社工change"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("stationId", station.toString())
                .when().get("/api/v1/teams").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.memberIds", containsInAnyOrder(member, newcomer))
                .body("find { it.id == '" + id + "' }.name", equalTo("换届后团队"));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/teams/{id}/retire", id).then().statusCode(200)
                .body("retired", equalTo(true)).body("retiredAt", notNullValue()).body("name", equalTo("换届后团队"));
        // retired: still listed (its person-times stay counted), but frozen
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("stationId", station.toString())
                .when().get("/api/v1/teams").then().statusCode(200).body("find { it.id == '" + id + "' }.retired", equalTo(true));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/teams/{id}/retire", id).then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "复活团队", "memberIds", List.of(member)))
                .when().put("/api/v1/teams/{id}", id).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void changingATeamChecksItsInputCityAndRole() {
        UUID station = StationFixture.station("fuzhou", "校验团队驿站", "OPEN");
        String lead = volunteerId("check-lead-" + station, "fuzhou");
        String stranger = volunteerId("check-stranger-" + station, "zhangzhou");
        String id = team("校验团队", station, lead, List.of());

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "混编团队", "leadId", lead, "memberIds", List.of(stranger)))
                .when().put("/api/v1/teams/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("memberIds"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("name", " ", "leadId", lead))
                .when().put("/api/v1/teams/{id}", id).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("name", "无名团队"))
                .when().put("/api/v1/teams/{id}", UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("name", "越界团队"))
                .when().put("/api/v1/teams/{id}", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().post("/api/v1/teams/{id}/retire", id).then().statusCode(404);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().post("/api/v1/teams/{id}/retire", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).contentType(ContentType.JSON).body(Map.of("name", "自封团队"))
                .when().put("/api/v1/teams/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("stationId", station.toString())
                .when().get("/api/v1/teams").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.name", equalTo("校验团队")).body("find { it.id == '" + id + "' }.retired", equalTo(false));
    }

    @Test
    void theFormOffersTheStationsCityVolunteersByNameAndKindOnly() {
        UUID station = StationFixture.station("fuzhou", "候选驿站", "OPEN");
        String mine = volunteerId("candidate-mine-" + station, "fuzhou");
        String other = volunteerId("candidate-other-" + station, "zhangzhou");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/teams/candidates/{station}", station).then().statusCode(200)
                .body("id", hasItem(mine)).body("id", not(hasItem(other)))
                .body("find { it.id == '" + mine + "' }.kind", equalTo("SOCIAL_WORKER"))
                .body("find { it.id == '" + mine + "' }.keySet()", containsInAnyOrder("id", "displayName", "kind"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/teams/candidates/{station}", station)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/teams/candidates/{station}", "not-a-station")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("stationId"));
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).when().get("/api/v1/teams/candidates/{station}", station).then().statusCode(403);
    }
}
