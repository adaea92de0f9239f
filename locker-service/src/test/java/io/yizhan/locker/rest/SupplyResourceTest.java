package io.yizhan.locker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.locker.Fixtures.PROBLEM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

@QuarkusTest
class SupplyResourceTest {

    @Test
    void aCityAdminKeepsTheCatalogueWithRules() {
        UUID noodles = Fixtures.supply("ningde", "方便面", Map.of("quotaCount", 2, "quotaDays", 7));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/supplies/{id}", noodles)
                .then().statusCode(200).body("name", equalTo("方便面")).body("unitValueFen", equalTo(350))
                .body("quotaCount", equalTo(2)).body("quotaLabel", equalTo("每人每 7 天限 2 件 / 2 per worker per 7 days"));
        UUID gift = Fixtures.supply("ningde", "新会员礼包", Map.of("membersOnly", true, "oncePerWorker", true, "unitValueFen", 5000));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).contentType(ContentType.JSON)
                .body(Map.of("name", "新会员大礼包", "unitValueFen", 6000, "membersOnly", true, "oncePerWorker", true))
                .when().put("/api/v1/supplies/{id}", gift).then().statusCode(200).body("name", equalTo("新会员大礼包"))
                .body("quotaLabel", equalTo("每人限领一次 / once per worker"));
        given().auth().oauth2(TestTokens.cityAdmin("ningde")).when().get("/api/v1/supplies")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(2));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/supplies?tenant=ningde")
                .then().statusCode(200).body("items.name", hasItem("方便面"));
        // a self-registered worker carries the city they chose at sign-up; riders cross city lines all the same
        String xiamenWorker = TestTokens.token("13900001111", "xiamen", "worker");
        given().auth().oauth2(xiamenWorker).when().get("/api/v1/supplies?tenant=ningde")
                .then().statusCode(200).body("items.name", hasItem("方便面"));
        given().auth().oauth2(xiamenWorker).when().get("/api/v1/supplies/{id}", gift).then().statusCode(200);
    }

    @Test
    void anotherCitysItemIsNotFoundAndWritingForItIsForbidden() {
        UUID tea = Fixtures.supply("putian", "凉茶", Map.of());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/supplies/{id}", tea)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("name", "凉茶", "unitValueFen", 300)).when().put("/api/v1/supplies/{id}", tea)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("tenant", "putian", "name", "凉茶", "unitValueFen", 300)).when().post("/api/v1/supplies")
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/supplies?tenant=putian")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("name", "凉茶", "unitValueFen", 300)).when().post("/api/v1/supplies")
                .then().statusCode(403);
    }

    @Test
    void badShapesNameTheField() {
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "雨衣", "unitValueFen", -1))
                .when().post("/api/v1/supplies").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("unitValueFen"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "", "unitValueFen", 100, "quotaDays", 0))
                .when().post("/api/v1/supplies").then().statusCode(400)
                .body("violations.field", hasItem("name")).body("violations.field", hasItem("quotaDays"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "手套", "unitValueFen", 100, "colour", "red"))
                .when().post("/api/v1/supplies").then().statusCode(400).body("violations.field", hasItem("colour"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("name", "手套", "unitValueFen", "十元"))
                .when().post("/api/v1/supplies").then().statusCode(400).body("violations.field", hasItem("unitValueFen"));
    }
}
