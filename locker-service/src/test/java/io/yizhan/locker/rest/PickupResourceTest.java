package io.yizhan.locker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.locker.Fixtures;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.locker.Fixtures.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@Tag("clock")
class PickupResourceTest {

    @jakarta.inject.Inject
    io.yizhan.locker.TestClock clock;

    static io.restassured.response.ValidatableResponse code(String device, UUID locker, String code) {
        return given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/v1/lockers/{id}/pickups", locker).then();
    }

    static io.restassured.response.ValidatableResponse confirm(String device, UUID locker, String tx) {
        return given().auth().oauth2(device).when().post("/api/v1/lockers/{id}/pickups/{tx}/confirm", locker, tx).then();
    }

    @Test
    void aCodeOpensOnceAndAConfirmDispensesOnceHoweverOftenRepeated() {
        var s = ReservationResourceTest.lockerWith("矿泉水", 3, Map.of("lowStockThreshold", 3));
        String device = TestTokens.device(s.clientId(), "fuzhou");
        String worker = Fixtures.worker("pick-" + UUID.randomUUID());
        var reservation = ReservationResourceTest.reserve(worker, s.locker(), s.item(), null).statusCode(201).extract();
        String pickupCode = reservation.path("pickupCode");

        String tx = code(device, s.locker(), pickupCode).statusCode(200).body("compartmentNumber", equalTo(5))
                .body("status", equalTo("OPENING")).body("itemName", equalTo("矿泉水")).extract().path("transactionId");
        code(device, s.locker(), pickupCode).statusCode(200).body("transactionId", equalTo(tx));    // repeated: same answer
        given().auth().oauth2(worker).contentType(ContentType.JSON).when()
                .post("/api/v1/reservations/{id}/cancel", reservation.<String>path("id")).then().statusCode(409);

        confirm(device, s.locker(), tx).statusCode(200).body("status", equalTo("PICKED_UP"));
        confirm(device, s.locker(), tx).statusCode(200).body("status", equalTo("PICKED_UP"));
        assertThat(Fixtures.count("SELECT quantity FROM compartment WHERE locker_id = $1 AND number = 5", s.locker())).isEqualTo(2);
        assertThat(Fixtures.count("SELECT held FROM compartment WHERE locker_id = $1 AND number = 5", s.locker())).isZero();
        code(device, s.locker(), pickupCode).statusCode(404).contentType(PROBLEM);                 // a code is used once
        given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of("reason", "卡住"))
                .when().post("/api/v1/lockers/{id}/pickups/{tx}/failure", s.locker(), tx).then().statusCode(409);
        given().auth().oauth2(worker).when().get("/api/v1/reservations/{id}", reservation.<String>path("id"))
                .then().body("status", equalTo("PICKED_UP"));

        List<ConsumerRecord<String, String>> events = TopicReader.read("locker-events",
                r -> s.station().toString().equals(r.key()) && (r.value().contains("item-picked-up") || r.value().contains("stock-low")),
                f -> f.size() >= 2, Duration.ofSeconds(30));
        assertThat(events.stream().filter(r -> r.value().contains("item-picked-up")).count()).isEqualTo(1);
        assertThat(events.stream().filter(r -> r.value().contains("stock-low")).count()).isEqualTo(1);
    }

    @Test
    void aFailedDispenseReleasesTheHold() {
        var s = ReservationResourceTest.lockerWith("雨衣", 1, Map.of());
        String device = TestTokens.device(s.clientId(), "fuzhou");
        String worker = Fixtures.worker("fail-" + UUID.randomUUID());
        String pickupCode = ReservationResourceTest.reserve(worker, s.locker(), s.item(), null).statusCode(201).extract().path("pickupCode");
        String tx = code(device, s.locker(), pickupCode).statusCode(200).extract().path("transactionId");
        assertThat(ReservationResourceTest.available(s.locker(), 5)).isZero();
        given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of("reason", "格口门未弹开"))
                .when().post("/api/v1/lockers/{id}/pickups/{tx}/failure", s.locker(), tx).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("statusLabel", equalTo("出货失败"));
        given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/lockers/{id}/pickups/{tx}/failure", s.locker(), tx).then().statusCode(200);
        assertThat(ReservationResourceTest.available(s.locker(), 5)).isEqualTo(1);
        confirm(device, s.locker(), tx).statusCode(409);
        assertThat(Fixtures.count("SELECT quantity FROM compartment WHERE locker_id = $1 AND number = 5", s.locker())).isEqualTo(1);
    }

    @Inject
    io.yizhan.locker.service.ReservationService reservations;

    @Test
    void aDispenseTheDeviceNeverReportsOnBecomesUnknownKeepsItsUnitAndALateConfirmSettlesIt() throws Throwable {
        var s = ReservationResourceTest.lockerWith("工作手套", 1, Map.of());
        String device = TestTokens.device(s.clientId(), "fuzhou");
        String pickupCode = ReservationResourceTest.reserve(Fixtures.worker("stuck-" + UUID.randomUUID()), s.locker(), s.item(), null)
                .statusCode(201).extract().path("pickupCode");
        String tx = code(device, s.locker(), pickupCode).statusCode(200).extract().path("transactionId");
        Fixtures.sql("UPDATE reservation SET opened_at = $2 WHERE transaction_id = $1", UUID.fromString(tx),
                java.time.OffsetDateTime.now(clock).minusMinutes(11));
        io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> reservations.closeStuckOpenings());
        // the door may have opened: no timer puts the unit back on sale
        assertThat(ReservationResourceTest.available(s.locker(), 5)).isZero();
        assertThat(Fixtures.count("SELECT count(*) FROM reservation WHERE transaction_id = $1 AND status = 'UNKNOWN'",
                UUID.fromString(tx))).isEqualTo(1);
        confirm(device, s.locker(), tx).statusCode(200).body("status", equalTo("PICKED_UP"));   // the device's late word counts
        confirm(device, s.locker(), tx).statusCode(200).body("status", equalTo("PICKED_UP"));
        assertThat(Fixtures.count("SELECT quantity FROM compartment WHERE locker_id = $1 AND number = 5", s.locker())).isZero();
        assertThat(Fixtures.count("SELECT held FROM compartment WHERE locker_id = $1 AND number = 5", s.locker())).isZero();
    }

    @Test
    void devicesActOnlyOnTheirOwnLockerWithWellFormedCodes() {
        var s = ReservationResourceTest.lockerWith("面包", 2, Map.of());
        String device = TestTokens.device(s.clientId(), "fuzhou");
        String stranger = TestTokens.device("locker-" + UUID.randomUUID(), "fuzhou");
        String worker = Fixtures.worker("dev-" + UUID.randomUUID());
        String pickupCode = ReservationResourceTest.reserve(worker, s.locker(), s.item(), null).statusCode(201).extract().path("pickupCode");
        code(stranger, s.locker(), pickupCode).statusCode(403).contentType(PROBLEM);
        code(worker, s.locker(), pickupCode).statusCode(403);
        code(device, s.locker(), "12345").statusCode(400).body("violations.field", hasItem("code"));
        code(device, s.locker(), "12a456").statusCode(400).body("violations.field", hasItem("code"));
        code(device, UUID.randomUUID(), pickupCode).statusCode(404);
        String unknown = pickupCode.equals("000000") ? "000001" : "000000";
        code(device, s.locker(), unknown).statusCode(404);
        String tx = code(device, s.locker(), pickupCode).statusCode(200).extract().path("transactionId");
        confirm(stranger, s.locker(), tx).statusCode(403);
        confirm(device, s.locker(), UUID.randomUUID().toString()).statusCode(404);

        // expired but not yet released: the code no longer opens
        String late = ReservationResourceTest.reserve(Fixtures.worker("late-" + UUID.randomUUID()), s.locker(), s.item(), null)
                .statusCode(201).extract().path("pickupCode");
        Fixtures.sql("UPDATE reservation SET expires_at = $3 WHERE locker_id = $1 AND pickup_code = $2",
                s.locker(), late, java.time.OffsetDateTime.now(clock).minusSeconds(1));
        code(device, s.locker(), late).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("已过期"));
    }
}
