package io.yizhan.volunteer.wish.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.StationFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@Tag("clock")
class WishResourceTest {

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> wish(UUID station, String description, int fen) {
        return Map.of("category", "WORK_GEAR", "description", description, "valueCapFen", fen, "stationId", station.toString());
    }

    static String post(String worker, UUID station, String description) {
        return given().auth().oauth2(worker).contentType(ContentType.JSON).body(wish(station, description, 15000))
                .when().post("/api/v1/wishes").then().statusCode(201).body("status", equalTo("PENDING_REVIEW"))
                .extract().path("id");
    }

    static void approve(String id) {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/v1/wishes/{id}/review", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aWishIsReviewedClaimedByOneDonorAndFulfilled() {
        UUID station = StationFixture.station("fuzhou", "心愿驿站", "OPEN");
        String worker = TestTokens.token("wish-author", null, "worker");
        String id = post(worker, station, "想要一副冬天骑车用的防风手套");
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).queryParam("tenant", "fuzhou").when().get("/api/v1/wishes")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/v1/wishes/{id}/review", id).then().statusCode(404).contentType(PROBLEM);
        approve(id);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).queryParam("tenant", "fuzhou").when().get("/api/v1/wishes")
                .then().statusCode(200).body("id", hasItem(id)).body("find { it.id == '" + id + "' }.mine", nullValue());
        // Counts are per city for a city admin (SecurityTest's wrong-city matrix found every city's returned).
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/wishes/counts")
                .then().statusCode(200).body("fuzhou", nullValue());
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/wishes/counts")
                .then().statusCode(200).body("fuzhou.PUBLISHED", org.hamcrest.Matchers.greaterThanOrEqualTo(1));

        given().auth().oauth2(worker).when().post("/api/v1/wishes/{id}/claim", id).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).when().post("/api/v1/wishes/{id}/claim", id)
                .then().statusCode(200).body("status", equalTo("CLAIMED"));
        given().auth().oauth2(TestTokens.partner()).when().post("/api/v1/wishes/{id}/claim", id).then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.token("someone-else", null, "worker")).when().post("/api/v1/wishes/{id}/fulfil", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(worker).when().post("/api/v1/wishes/{id}/fulfil", id).then().statusCode(200).body("status", equalTo("FULFILLED"));
        given().auth().oauth2(worker).when().get("/api/v1/wishes/mine").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.mine", equalTo(true));
    }

    @Test
    void oneDonorClaimingInABurstHoldsAtMostTheCap() throws Exception {
        UUID station = StationFixture.station("fuzhou", "连认驿站", "OPEN");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = post(TestTokens.token("burst-author-" + i, null, "worker"), station, "冬天的保温杯 " + i);
            approve(id);
            ids.add(id);
        }
        String donor = TestTokens.token("burst-donor-" + UUID.randomUUID(), "fuzhou", "volunteer");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Integer>> results = new ArrayList<>();
        for (String id : ids) {
            results.add(pool.submit((Callable<Integer>) () -> given().auth().oauth2(donor)
                    .when().post("/api/v1/wishes/{id}/claim", id).then().extract().statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).as("at most 3 open claims per person: %s", codes).filteredOn(code -> code == 200).hasSize(3);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(3);
    }

    @Test
    void aStationManagerFulfilsWishesOfTheirOwnStationsOnly() {
        UUID own = StationFixture.station("fuzhou", "自己管的驿站", "OPEN");        // managed by fuzhou-manager
        String wish = post(TestTokens.token("managed-author", null, "worker"), own, "一把结实的雨伞");
        approve(wish);
        given().auth().oauth2(TestTokens.token("claiming-volunteer-" + UUID.randomUUID(), "fuzhou", "volunteer"))
                .when().post("/api/v1/wishes/{id}/claim", wish).then().statusCode(200);
        // another manager of the same city, who does not manage this station
        given().auth().oauth2(TestTokens.token("fuzhou-other-manager", "fuzhou", "station-manager"))
                .when().post("/api/v1/wishes/{id}/fulfil", wish).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("fuzhou"))
                .when().post("/api/v1/wishes/{id}/fulfil", wish).then().statusCode(200).body("status", equalTo("FULFILLED"));
    }

    @Test
    void aDonorListsTheirClaimsToHandOverFirstThenTheFulfilledOnesWithoutTheAuthor() {
        UUID station = StationFixture.station("fuzhou", "认领清单驿站", "OPEN");
        String author = TestTokens.token("claims-author-" + UUID.randomUUID(), null, "worker");
        String first = post(author, station, "一双防滑雨靴");
        String second = post(author, station, "一个保温饭盒");
        approve(first);
        approve(second);
        String donor = TestTokens.token("claims-donor-" + UUID.randomUUID(), "fuzhou", "volunteer");
        given().auth().oauth2(donor).when().get("/api/v1/wishes/claimed").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(donor).when().post("/api/v1/wishes/{id}/claim", first).then().statusCode(200);
        given().auth().oauth2(donor).when().post("/api/v1/wishes/{id}/claim", second).then().statusCode(200);
        given().auth().oauth2(author).when().post("/api/v1/wishes/{id}/fulfil", first).then().statusCode(200);

        given().auth().oauth2(donor).when().get("/api/v1/wishes/claimed").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(second, first))
                .body("status", org.hamcrest.Matchers.contains("CLAIMED", "FULFILLED"))
                .body("stationName", org.hamcrest.Matchers.everyItem(equalTo("认领清单驿站")))
                .body("[0].mine", nullValue())
                .body("[0].author", nullValue());
        // the claims are the donor's alone: neither the author nor another volunteer sees them there
        given().auth().oauth2(author).when().get("/api/v1/wishes/claimed").then().statusCode(200)
                .body("id", not(hasItem(first)));
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).when().get("/api/v1/wishes/claimed").then().statusCode(200)
                .body("id", not(hasItem(second)));
        // admins claim nothing, so the list is not theirs to read
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/wishes/claimed").then().statusCode(403);
        given().when().get("/api/v1/wishes/claimed").then().statusCode(401);
    }

    @Test
    void twoDonorsClaimingAtOnceGiveOneClaim() throws Exception {
        UUID station = StationFixture.station("fuzhou", "抢认驿站", "OPEN");
        String id = post(TestTokens.token("race-author", null, "worker"), station, "给孩子的一套课外书");
        approve(id);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String donor = TestTokens.token("donor-" + i, "fuzhou", "volunteer");
            results.add(pool.submit((Callable<Integer>) () -> given().auth().oauth2(donor)
                    .when().post("/api/v1/wishes/{id}/claim", id).then().extract().statusCode()));
        }
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> result : results) {
            codes.add(result.get());
        }
        pool.shutdown();
        assertThat(codes).filteredOn(code -> code == 200).hasSize(1);
        assertThat(codes).filteredOn(code -> code == 409).hasSize(9);
    }

    @Test
    void wishesWithContactDetailsOrOverTheCapAreRefused() {
        UUID station = StationFixture.station("fuzhou", "校验心愿驿站", "OPEN");
        String worker = TestTokens.worker();
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(wish(station, "需要雨衣，电话13812345678", 5000))
                .when().post("/api/v1/wishes").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("description"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(wish(station, "一台电动车", 300000))
                .when().post("/api/v1/wishes").then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("valueCapFen"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(wish(UUID.randomUUID(), "雨衣", 5000))
                .when().post("/api/v1/wishes").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.volunteer("fuzhou")).contentType(ContentType.JSON).body(wish(station, "雨衣", 5000))
                .when().post("/api/v1/wishes").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(worker).queryParam("tenant", "atlantis").when().get("/api/v1/wishes").then().statusCode(400).contentType(PROBLEM);
    }
}
