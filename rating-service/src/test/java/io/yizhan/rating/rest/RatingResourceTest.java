package io.yizhan.rating.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.rating.TestClock;
import io.yizhan.rating.TestStations;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@Tag("clock")
class RatingResourceTest {

    @Inject
    TestClock clock;

    static final String PROBLEM = "application/problem+json";

    static Map<String, Object> body(UUID station, int score) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", station.toString());
        body.put("score", score);
        return body;
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String worker(String name) {
        return TestTokens.token(name, null, "worker");
    }

    @Test
    void aWorkersSecondRatingWithin24HoursReplacesTheFirst() throws Exception {
        UUID station = TestStations.open("fuzhou", "替换评价驿站");
        String worker = worker("replacing-worker");
        Map<String, Object> first = body(station, 2);
        first.put("dimensions", Map.of("environment", 2, "facilities", 3, "service", 2, "openingAsPosted", 1));
        first.put("tags", List.of("water_out", "closed_when_posted_open"));
        first.put("comment", "下午两点还没开门");
        String id = as(worker).body(first).when().post("/api/v1/ratings").then().statusCode(201)
                .body("replaced", equalTo(false)).body("anonymous", equalTo(false)).body("tenant", equalTo("fuzhou"))
                .body("dimensions.openingAsPosted", equalTo(1)).body("tags", hasItem("water_out"))
                .body("commentStatus", equalTo("PUBLISHED")).body("ratedAt", containsString("+08:00"))
                .extract().path("id");

        Map<String, Object> second = body(station, 4);
        second.put("tags", List.of("clean"));
        as(worker).body(second).when().post("/api/v1/ratings").then().statusCode(200)
                .body("id", equalTo(id)).body("replaced", equalTo(true)).body("score", equalTo(4))
                .body("tags", equalTo(List.of("clean"))).body("comment", equalTo(null)).body("dimensions.environment", equalTo(null));
        given().auth().oauth2(worker).when().get("/api/v1/ratings/mine").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].score", equalTo(4));

        // once the first is older than 24 h, the next one is a new rating
        TestStations.sql("UPDATE rating SET rated_at = $2 WHERE id = $1", UUID.fromString(id), OffsetDateTime.now(clock).minusHours(25));
        as(worker).body(body(station, 5)).when().post("/api/v1/ratings").then().statusCode(201)
                .body("id", not(equalTo(id)));

        List<ConsumerRecord<String, String>> events = TopicReader.read("rating-events", r -> station.toString().equals(r.key())
                && r.value().contains("rating-submitted"), found -> found.size() >= 3, Duration.ofSeconds(30));
        assertThat(events).hasSize(3);
        JsonNode event = new ObjectMapper().readTree(events.get(0).value());
        assertThat(event.path("type").asText()).isEqualTo("yizhan.rating.rating-submitted");
        assertThat(event.path("source").asText()).isEqualTo("/rating-service");
        assertThat(event.path("subject").asText()).isEqualTo(station.toString());
        assertThat(event.path("tenant").asText()).isEqualTo("fuzhou");
        assertThat(event.path("data").path("score").asInt()).isEqualTo(2);
        assertThat(event.path("data").path("hasComment").asBoolean()).isTrue();
        assertThat(event.path("data").has("comment")).isFalse();
        assertThat(event.path("data").has("author")).isFalse();
        assertThat(new ObjectMapper().readTree(events.get(1).value()).path("data").path("replaced").asBoolean()).isTrue();
    }

    @Test
    void concurrentRatingsOfOneWorkerLeaveOneRating() throws Exception {
        UUID station = TestStations.open("fuzhou", "并发评价驿站");
        String worker = worker("hasty-worker");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                int score = 1 + i % 5;
                statuses.add(pool.submit(() -> as(worker).body(body(station, score)).when().post("/api/v1/ratings")
                        .then().extract().statusCode()));
            }
            List<Integer> codes = new java.util.ArrayList<>();
            for (var status : statuses) {
                codes.add(status.get());
            }
            assertThat(codes).containsOnly(200, 201);
            assertThat(codes).filteredOn(c -> c == 201).hasSize(1);
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(worker).when().get("/api/v1/ratings/mine").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void badRatingsAreRefusedNamingTheField() {
        UUID station = TestStations.open("fuzhou", "校验驿站");
        String worker = worker("validating-worker");
        as(worker).body(body(station, 0)).when().post("/api/v1/ratings").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("score")).body("detail", containsString("1–5"));
        as(worker).body(body(station, 6)).when().post("/api/v1/ratings").then().statusCode(400)
                .body("violations.field", hasItem("score"));
        Map<String, Object> noScore = body(station, 3);
        noScore.remove("score");
        as(worker).body(noScore).when().post("/api/v1/ratings").then().statusCode(400).body("violations.field", hasItem("score"));
        Map<String, Object> dims = body(station, 3);
        dims.put("dimensions", Map.of("environment", 7));
        as(worker).body(dims).when().post("/api/v1/ratings").then().statusCode(400)
                .body("violations.field", hasItem("dimensions.environment"));
        Map<String, Object> typo = body(station, 3);
        typo.put("dimensions", Map.of("enviroment", 3));
        as(worker).body(typo).when().post("/api/v1/ratings").then().statusCode(400).contentType(PROBLEM);
        Map<String, Object> tags = body(station, 3);
        tags.put("tags", List.of("clean", "haunted"));
        as(worker).body(tags).when().post("/api/v1/ratings").then().statusCode(400)
                .body("violations.field", hasItem("tags[1]")).body("detail", containsString("water_out"));
        Map<String, Object> longComment = body(station, 3);
        longComment.put("comment", "长".repeat(501));
        as(worker).body(longComment).when().post("/api/v1/ratings").then().statusCode(400)
                .body("violations.field", hasItem("comment"));
        longComment.put("comment", "长".repeat(500));
        as(worker).body(longComment).when().post("/api/v1/ratings").then().statusCode(201);

        as(worker).body(body(UUID.randomUUID(), 3)).when().post("/api/v1/ratings").then().statusCode(404).contentType(PROBLEM);
        UUID delisted = TestStations.create("fuzhou", "已摘牌驿站", "DELISTED");
        as(worker).body(body(delisted, 3)).when().post("/api/v1/ratings").then().statusCode(409).contentType(PROBLEM)
                .body("detail", containsString("摘牌"));
        UUID planned = TestStations.create("fuzhou", "筹建驿站", "PLANNED");
        as(worker).body(body(planned, 3)).when().post("/api/v1/ratings").then().statusCode(409).contentType(PROBLEM);
        as(TestTokens.cityAdmin("fuzhou")).body(body(station, 3)).when().post("/api/v1/ratings").then().statusCode(403).contentType(PROBLEM);
        as(TestTokens.expired("worker1", null, "worker")).body(body(station, 3)).when().post("/api/v1/ratings")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void anonymousRatingsNeedTheStationsCurrentQrToken() {
        UUID station = TestStations.open("fuzhou", "匿名评价驿站");
        UUID other = TestStations.open("fuzhou", "别的驿站");
        given().contentType(ContentType.JSON).body(body(station, 4)).when().post("/api/v1/ratings")
                .then().statusCode(401).contentType(PROBLEM);

        Map<String, Object> anonymous = body(station, 4);
        anonymous.put("qrToken", QrResourceTest.tokenOf(station));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113.7").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(201)
                .body("anonymous", equalTo(true)).body("qrVerified", equalTo(true));

        Map<String, Object> wrongStation = body(other, 4);
        wrongStation.put("qrToken", QrResourceTest.tokenOf(station));
        given().contentType(ContentType.JSON).body(wrongStation).when().post("/api/v1/ratings")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("qrToken"));
        Map<String, Object> forged = body(station, 4);
        forged.put("qrToken", "1.bm90LWEtcmVhbC1tYWM");
        given().contentType(ContentType.JSON).body(forged).when().post("/api/v1/ratings")
                .then().statusCode(400).body("violations.field", hasItem("qrToken"));

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/ratings/qr/{id}/rotation", station)
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(anonymous).when().post("/api/v1/ratings")
                .then().statusCode(400).body("violations.field", hasItem("qrToken")).body("detail", containsString("已更换"));

        // a logged-in worker who scanned: verified at the station
        Map<String, Object> scanned = body(station, 5);
        scanned.put("qrToken", QrResourceTest.tokenOf(station));
        as(worker("scanning-worker")).body(scanned).when().post("/api/v1/ratings").then().statusCode(201)
                .body("qrVerified", equalTo(true)).body("anonymous", equalTo(false));
    }

    @Test
    void anonymousFloodsAreAnswered429WithRetryAfterPerTokenAndClient() {
        UUID station = TestStations.open("fuzhou", "刷分驿站");
        Map<String, Object> anonymous = body(station, 1);
        anonymous.put("qrToken", QrResourceTest.tokenOf(station));
        // the test client connects from 127.0.0.1, a trusted proxy by default (the local portal's place):
        // the right-most forwarded address is the client it saw
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.1").body(anonymous)
                    .when().post("/api/v1/ratings").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.1").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        String retryAfter = given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.1").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(429).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
        // another client behind the same poster (another address as the proxy saw it) is not held up
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.2").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(201);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("yizhan_ratelimit_requests_total{limiter=\"rating-anonymous\",outcome=\"limited\"}"));
    }

    @Test
    void manyAnonymousRatersAtOnceAreAllAnsweredWhenTheyOutnumberThePool() throws Exception {
        // the flood limit counts on a pool connection of its own: counting it while a transaction held
        // another starved the pool (12 connections) once more raters than that came at the same moment
        UUID station = TestStations.open("fuzhou", "人多驿站");
        Map<String, Object> anonymous = body(station, 4);
        anonymous.put("qrToken", QrResourceTest.tokenOf(station));
        int raters = 40;
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(raters);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < raters; i++) {
                String address = "203.0.113." + (100 + i);
                answers.add(clients.submit(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("X-Forwarded-For", address).body(anonymous)
                            .when().post("/api/v1/ratings").then().extract().statusCode();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertThat(answer.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(201);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aForgedForwardedAddressDoesNotResetTheLimit() {
        UUID station = TestStations.open("fuzhou", "伪造地址驿站");
        Map<String, Object> anonymous = body(station, 1);
        anonymous.put("qrToken", QrResourceTest.tokenOf(station));
        // the client writes a new address each time; the proxy appends the one it really saw
        int accepted = 0;
        for (int i = 0; i < 8; i++) {
            int status = given().contentType(ContentType.JSON).header("X-Forwarded-For", "203.0.113." + i + ", 198.51.100.9")
                    .body(anonymous).when().post("/api/v1/ratings").then().extract().statusCode();
            assertThat(status).isIn(201, 429);
            accepted += status == 201 ? 1 : 0;
        }
        assertThat(accepted).as("limit 3 an hour in tests").isEqualTo(3);
        // and neither does a forged header line of its own beside the proxy's
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "192.0.2.77").header("X-Forwarded-For", "198.51.100.9")
                .body(anonymous).when().post("/api/v1/ratings").then().statusCode(429);
    }

    @Test
    void theLimitIsCountedInTheDatabaseSoEveryReplicaSharesIt() {
        UUID station = TestStations.open("fuzhou", "多副本驿站");
        Map<String, Object> anonymous = body(station, 2);
        anonymous.put("qrToken", QrResourceTest.tokenOf(station));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.30").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(201);
        // the counter is one row per key and window, hashed: no client address is stored
        long rows = TestStations.pool().preparedQuery("SELECT count(*) FROM rate_limit_window WHERE limiter = 'rating-anonymous'"
                + " AND key_hash NOT LIKE '%198.51%' AND used = 1").execute().await().indefinitely().iterator().next().getLong(0);
        assertThat(rows).isGreaterThanOrEqualTo(1);
        // another replica counted two more for this client in this window: the next is the fourth
        TestStations.sql("UPDATE rate_limit_window SET used = used + 2 WHERE limiter = 'rating-anonymous' AND used = 1"
                + " AND key_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')", anonymous.get("qrToken") + "|198.51.100.30");
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.30").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(429);
    }

    @Test
    void expiredCountersAreDeletedWhenANewWindowOpens() {
        TestStations.sql("INSERT INTO rate_limit_window (limiter, key_hash, window_start, used, expires_at)"
                + " VALUES ('rating-anonymous', 'expired-test-row', now() - interval '3 hours', 5, now() - interval '2 hours')");
        UUID station = TestStations.open("fuzhou", "过期计数驿站");
        Map<String, Object> anonymous = body(station, 3);
        anonymous.put("qrToken", QrResourceTest.tokenOf(station));
        given().contentType(ContentType.JSON).header("X-Forwarded-For", "198.51.100.40").body(anonymous)
                .when().post("/api/v1/ratings").then().statusCode(201);
        long left = TestStations.pool().preparedQuery("SELECT count(*) FROM rate_limit_window WHERE key_hash = 'expired-test-row'")
                .execute().await().indefinitely().iterator().next().getLong(0);
        assertThat(left).isZero();
    }

    @Test
    void aParameterOfTheWrongTypeIsA400NamingItNotA404() {
        given().auth().oauth2(worker("typo-worker")).when().get("/api/v1/ratings/mine?page=abc")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("page"));
        given().when().get("/api/v1/ratings/comments/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("stationId"));
        // a path no resource has is still a 404
        given().when().get("/api/v1/ratings/no/such/thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheRating() {
        UUID station = TestStations.open("fuzhou", "幂等驿站");
        String worker = worker("idempotent-worker");
        String id = as(worker).header("Idempotency-Key", "k-1").body(body(station, 3)).when().post("/api/v1/ratings")
                .then().statusCode(201).extract().path("id");
        as(worker).header("Idempotency-Key", "k-1").body(body(station, 3)).when().post("/api/v1/ratings")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        as(worker).header("Idempotency-Key", "k-1").body(body(station, 5)).when().post("/api/v1/ratings")
                .then().statusCode(422).contentType(PROBLEM);
    }
}
