package io.yizhan.locker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.service.ReservationService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.locker.Fixtures.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@Tag("clock")
class ReservationResourceTest {

    @Inject
    io.yizhan.locker.TestClock clock;

    @Inject
    ReservationService service;

    record Setup(UUID station, UUID locker, String clientId, UUID item) {
    }

    static Setup lockerWith(String itemName, int quantity, Map<String, Object> rules) {
        UUID station = Fixtures.station("fuzhou");
        String clientId = "locker-" + UUID.randomUUID();
        UUID locker = Fixtures.onlineLocker("fuzhou", station, clientId);
        UUID item = Fixtures.supply("fuzhou", itemName, rules);
        Fixtures.stock(locker, 5, item, quantity);
        return new Setup(station, locker, clientId, item);
    }

    static io.restassured.response.ValidatableResponse reserve(String token, UUID locker, UUID item, String key) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("lockerId", locker.toString(), "itemId", item.toString()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/reservations").then();
    }

    static int available(UUID locker, int number) {
        return (int) Fixtures.count("SELECT quantity - held FROM compartment WHERE locker_id = $1 AND number = $2", locker, number);
    }

    @Test
    void aWorkerReservesAndGetsASixDigitCodeAndTheUnitIsHeld() {
        Setup s = lockerWith("面包", 3, Map.of());
        String worker = Fixtures.worker("res-a-" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = reserve(worker, s.locker(), s.item(), key).statusCode(201)
                .body("pickupCode", matchesPattern("[0-9]{6}")).body("status", equalTo("RESERVED"))
                .body("statusLabel", equalTo("已预约")).body("compartmentNumber", equalTo(5))
                .body("qrPayload", startsWith("YZ1|" + s.locker())).body("itemName", equalTo("面包")).extract();
        OffsetDateTime created = OffsetDateTime.parse(first.path("createdAt"));
        OffsetDateTime expires = OffsetDateTime.parse(first.path("expiresAt"));
        assertThat(Duration.between(created, expires)).isEqualTo(Duration.ofHours(2));
        assertThat(available(s.locker(), 5)).isEqualTo(2);

        // the same key and body: the same reservation, nothing held twice
        reserve(worker, s.locker(), s.item(), key).statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("pickupCode", equalTo(first.path("pickupCode")));
        assertThat(available(s.locker(), 5)).isEqualTo(2);

        given().auth().oauth2(worker).when().get("/api/v1/reservations/mine").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(first.path("id")));
        given().auth().oauth2(Fixtures.worker("someone-else")).when().get("/api/v1/reservations/{id}", first.<String>path("id"))
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Fixtures.worker("someone-else")).when().get("/api/v1/reservations/mine").then()
                .body("items.id", org.hamcrest.Matchers.not(hasItem(first.<String>path("id"))));

        List<ConsumerRecord<String, String>> events = TopicReader.read("locker-events",
                r -> s.station().toString().equals(r.key()) && r.value().contains("item-reserved"), f -> !f.isEmpty(),
                Duration.ofSeconds(30));
        assertThat(events.get(0).value()).contains(first.<String>path("id")).doesNotContain(Fixtures.subjectOf("x"));
    }

    @Test
    void quotasMembershipAndOncePerWorkerAreEnforced() {
        Setup s = lockerWith("手套", 10, Map.of("quotaCount", 2, "quotaDays", 7));
        String worker = Fixtures.worker("res-q-" + UUID.randomUUID());
        reserve(worker, s.locker(), s.item(), null).statusCode(201);
        reserve(worker, s.locker(), s.item(), null).statusCode(201);
        reserve(worker, s.locker(), s.item(), null).statusCode(409).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("已达领取上限"));

        UUID gift = Fixtures.supply("fuzhou", "新会员礼包", Map.of("membersOnly", true, "oncePerWorker", true));
        Fixtures.stock(s.locker(), 6, gift, 5);
        String name = "res-m-" + UUID.randomUUID();
        String member = Fixtures.worker(name);
        reserve(member, s.locker(), gift, null).statusCode(403).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("须为工会会员"));
        Fixtures.memberJoined(Fixtures.subjectOf(name));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> Fixtures.count("SELECT count(*) FROM union_member WHERE worker = $1", Fixtures.subjectOf(name)) == 1);
        String id = reserve(member, s.locker(), gift, null).statusCode(201).extract().path("id");
        given().auth().oauth2(member).when().post("/api/v1/reservations/{id}/cancel", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        // a cancelled reservation does not count: once per worker means once received or promised
        reserve(member, s.locker(), gift, null).statusCode(201);
        reserve(member, s.locker(), gift, null).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("每人限领一次"));
    }

    @Test
    void unusableLockersAndBadInputAreRefused() {
        Setup s = lockerWith("雨衣", 1, Map.of());
        String worker = Fixtures.worker("res-b-" + UUID.randomUUID());
        reserve(worker, UUID.randomUUID(), s.item(), null).statusCode(404).contentType(PROBLEM);
        reserve(worker, s.locker(), UUID.randomUUID(), null).statusCode(404);
        UUID otherCity = Fixtures.supply("xiamen", "雨衣", Map.of());
        reserve(worker, s.locker(), otherCity, null).statusCode(404);
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("lockerId", "x", "itemId", s.item().toString()))
                .when().post("/api/v1/reservations").then().statusCode(400).body("violations.field", hasItem("lockerId"));
        given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("lockerId", s.locker().toString()))
                .when().post("/api/v1/reservations").then().statusCode(400).body("violations.field", hasItem("itemId"));
        given().auth().oauth2(worker).header("Idempotency-Key", "x".repeat(201)).contentType(ContentType.JSON)
                .body(Map.of("lockerId", s.locker().toString(), "itemId", s.item().toString()))
                .when().post("/api/v1/reservations").then().statusCode(400).body("violations.field", hasItem("Idempotency-Key"));
        reserve(TestTokens.cityAdmin("fuzhou"), s.locker(), s.item(), null).statusCode(403);
        given().auth().oauth2(worker).when().get("/api/v1/reservations/mine?status=GONE").then().statusCode(400)
                .body("violations.field", hasItem("status"));

        UUID empty = Fixtures.supply("fuzhou", "防晒霜", Map.of());
        reserve(worker, s.locker(), empty, null).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("库存不足"));
        // refused after the (worker, item) lock row was written: the refusal rolled the whole reservation back
        assertThat(Fixtures.count("SELECT count(*) FROM worker_item_lock WHERE item_id = $1", empty)).isZero();

        Fixtures.sql("UPDATE locker SET online = false WHERE id = $1", s.locker());
        reserve(worker, s.locker(), s.item(), null).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("离线"));
        Fixtures.heartbeat(s.locker(), s.clientId(), "fuzhou");
        Fixtures.stationStatus(s.station(), "DELISTED");
        reserve(worker, s.locker(), s.item(), null).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("驿站暂停服务"));
        Fixtures.stationStatus(s.station(), "WARNED");
        reserve(worker, s.locker(), s.item(), null).statusCode(201);
    }

    @Test
    void expiredReservationsReleaseTheirUnitAndStillCountTowardsTheQuota() throws Throwable {
        Setup s = lockerWith("凉茶", 2, Map.of());
        String worker = Fixtures.worker("res-e-" + UUID.randomUUID());
        String id = reserve(worker, s.locker(), s.item(), null).statusCode(201).extract().path("id");
        assertThat(available(s.locker(), 5)).isEqualTo(1);
        Fixtures.sql("UPDATE reservation SET expires_at = $2 WHERE id = $1", UUID.fromString(id),
                java.time.OffsetDateTime.now(clock).minusMinutes(1));
        VertxContextSupport.subscribeAndAwait(() -> service.expireDue());
        assertThat(available(s.locker(), 5)).isEqualTo(2);
        given().auth().oauth2(worker).when().get("/api/v1/reservations/{id}", id).then().body("status", equalTo("EXPIRED"));
        given().auth().oauth2(worker).when().post("/api/v1/reservations/{id}/cancel", id).then().statusCode(409);
        // an abandoned reservation kept the unit from others for hours: it counts towards the quota (1 per 7 days)
        reserve(worker, s.locker(), s.item(), null).statusCode(409);
        TopicReader.read("locker-events", r -> s.station().toString().equals(r.key()) && r.value().contains("reservation-expired"),
                f -> !f.isEmpty(), Duration.ofSeconds(30));
    }

    @Test
    void aWorkerIsToldOnceBeforeAnUncollectedReservationExpiresByTheirSubjectAlone() throws Throwable {
        Setup s = lockerWith("矿泉水", 2, Map.of());
        String name = "res-w-" + UUID.randomUUID();
        String id = reserve(Fixtures.worker(name), s.locker(), s.item(), null).statusCode(201).extract().path("id");
        UUID reservation = UUID.fromString(id);
        String warned = "SELECT count(*) FROM reservation WHERE id = $1 AND expiry_warned_at IS NOT NULL";
        // two hours left: not yet (30 minutes before by default)
        VertxContextSupport.subscribeAndAwait(() -> service.warnDue());
        assertThat(Fixtures.count(warned, reservation)).isZero();

        Fixtures.sql("UPDATE reservation SET expires_at = $2 WHERE id = $1", reservation, OffsetDateTime.now(clock).plusMinutes(20));
        VertxContextSupport.subscribeAndAwait(() -> service.warnDue());
        VertxContextSupport.subscribeAndAwait(() -> service.warnDue());
        assertThat(Fixtures.count(warned, reservation)).isOne();
        given().auth().oauth2(Fixtures.worker(name)).when().get("/api/v1/reservations/{id}", id).then().body("status", equalTo("RESERVED"));

        List<ConsumerRecord<String, String>> events = TopicReader.read("locker-events",
                r -> r.value().contains("reservation-expiring") && r.value().contains(id), f -> f.size() > 1, Duration.ofSeconds(5));
        assertThat(events).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(s.station().toString());
            assertThat(r.value()).contains("\"subject\":\"" + Fixtures.subjectOf(name) + "\"").contains("矿泉水")
                    .doesNotContain("pickupCode").doesNotContain("qrPayload");
        });
    }
}
