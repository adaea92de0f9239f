package io.yizhan.volunteer.tally;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The province sets the year's cadre person-time target (the article's 5,000 is only the default). */
@QuarkusTest
class CadreTargetTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void theProvinceSetsItsOwnTargetAndACitysAndTheTalliesShowThem() {
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/volunteers/tallies?year=2036")
                .then().statusCode(200).body("cadreTarget", equalTo(5000));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("personTimes", 6200))
                .when().put("/api/v1/volunteers/cadre-targets/2036/fujian")
                .then().statusCode(200).body("tenant", equalTo("fujian")).body("cadreTarget", equalTo(6200));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/volunteers/tallies?year=2036")
                .then().statusCode(200).body("cadreTarget", equalTo(6200));

        given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/volunteers/tallies?year=2036")
                .then().statusCode(200).body("cadreTarget", nullValue());
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("personTimes", 480))
                .when().put("/api/v1/volunteers/cadre-targets/2036/ningde").then().statusCode(200).body("cadreTarget", equalTo(480));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/volunteers/tallies?year=2036")
                .then().statusCode(200).body("cadreTarget", equalTo(480));
    }

    @Test
    void onlyTheProvinceSetsTargetsAndBadInputIsNamed() {
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).contentType(ContentType.JSON).body(Map.of("personTimes", 1))
                .when().put("/api/v1/volunteers/cadre-targets/2037/ningde").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.volunteer("ningde")).contentType(ContentType.JSON).body(Map.of("personTimes", 1))
                .when().put("/api/v1/volunteers/cadre-targets/2037/ningde").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("personTimes", -1))
                .when().put("/api/v1/volunteers/cadre-targets/2037/fujian")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("personTimes"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of())
                .when().put("/api/v1/volunteers/cadre-targets/2037/fujian")
                .then().statusCode(400).body("violations.field", hasItem("personTimes"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("personTimes", 1))
                .when().put("/api/v1/volunteers/cadre-targets/1999/fujian")
                .then().statusCode(400).body("violations.field", hasItem("year"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(Map.of("personTimes", 1))
                .when().put("/api/v1/volunteers/cadre-targets/2037/atlantis").then().statusCode(404).contentType(PROBLEM);
    }
}
