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
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

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
    void theGiftPackTallyCountsTheCitysPacksByOutcomeAndShowsNoOtherCitys() {
        UUID station = Fixtures.station("longyan");
        UUID locker = Fixtures.onlineLocker("longyan", station, "locker-" + UUID.randomUUID());
        UUID gift = Fixtures.supply("longyan", "新会员礼包-" + UUID.randomUUID().toString().substring(0, 6),
                Map.of("membersOnly", false, "oncePerWorker", true, "unitValueFen", 5000));
        Fixtures.supply("longyan", "矿泉水", Map.of());
        Fixtures.stock(locker, 3, gift, 5);
        String[] reservations = new String[3];
        for (int i = 0; i < 3; i++) {
            reservations[i] = Fixtures.reserve(Fixtures.worker("gift-" + UUID.randomUUID()), locker, gift)
                    .statusCode(201).extract().path("id");
        }
        // one collected and one left to expire (the pickup and the expiry job have tests of their own)
        Fixtures.sql("UPDATE reservation SET status = 'PICKED_UP', picked_up_at = now() WHERE id = $1", UUID.fromString(reservations[0]));
        Fixtures.sql("UPDATE reservation SET status = 'EXPIRED', closed_at = now() WHERE id = $1", UUID.fromString(reservations[1]));

        String admin = TestTokens.cityAdmin("longyan");
        long members = Fixtures.count("SELECT count(*) FROM union_member WHERE tenant = $1", "longyan");
        var tally = given().auth().oauth2(admin).when().get("/api/v1/supplies/gift-packs").then().statusCode(200)
                .body("tenant", equalTo("longyan")).body("members", equalTo((int) members))
                .body("items.name", not(hasItem("矿泉水")));
        tally.body("items.find { it.itemId == '" + gift + "' }.issued", equalTo(1))
                .body("items.find { it.itemId == '" + gift + "' }.waiting", equalTo(1))
                .body("items.find { it.itemId == '" + gift + "' }.expired", equalTo(1));
        int issued = tally.extract().path("issued");
        assertThat(issued).as("the city's issued packs, all items").isGreaterThanOrEqualTo(1);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/supplies/gift-packs?tenant=longyan").then()
                .statusCode(200).body("issued", equalTo(issued));

        // another city's admin asking for Longyan's sees nothing of it; a worker may not ask; a bad city is named
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/supplies/gift-packs?tenant=longyan").then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty()).body("members", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/supplies/gift-packs").then()
                .statusCode(200).body("items.itemId", not(hasItem(gift.toString())));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/supplies/gift-packs").then().statusCode(403);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/supplies/gift-packs?tenant=atlantis").then()
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("tenant"));
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
