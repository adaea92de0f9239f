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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

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
}
