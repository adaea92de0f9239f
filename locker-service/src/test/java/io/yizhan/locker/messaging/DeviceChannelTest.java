package io.yizhan.locker.messaging;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.TestClock;
import io.yizhan.locker.device.MosquittoResource;
import io.yizhan.locker.device.TestDevice;
import io.yizhan.locker.service.DeviceCommandService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The device channel's faults against a real Mosquitto: the device acknowledges twice, acknowledges
 * late, goes offline in the middle of a command, receives a command again — and nothing is dispensed
 * twice, and stock ends as the device counts it.
 */
@QuarkusTest
@Tag("clock")
class DeviceChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    TestClock clock;

    @Inject
    DeviceCommandService commands;

    record Setup(UUID locker, String clientId, UUID item) {
    }

    /** A Fuzhou locker whose compartment 5 holds {@code quantity} units of a new item. */
    static Setup lockerWith(String itemName, int quantity) {
        UUID station = Fixtures.station("fuzhou");
        String clientId = "mqtt-locker-" + UUID.randomUUID();
        UUID locker = Fixtures.onlineLocker("fuzhou", station, clientId);
        UUID item = Fixtures.supply("fuzhou", itemName, Map.of("quotaCount", 5));
        Fixtures.stock(locker, 5, item, quantity);
        return new Setup(locker, clientId, item);
    }

    /** The worker reserves and, at the locker, asks the app to open: the command's id. */
    static String reserveAndOpen(String worker, Setup s) {
        String reservation = Fixtures.reserve(worker, s.locker(), s.item()).statusCode(201).extract().path("id");
        return given().auth().oauth2(worker).when().post("/api/v1/reservations/{id}/open", reservation).then().statusCode(202)
                .body("kind", equalTo("OPEN")).body("compartmentNumber", equalTo(5)).extract().path("id");
    }

    /** The relay marks a command sent when the broker took it, in a transaction that may still be open when the device has it. */
    static void awaitSent(String command) {
        await().atMost(WAIT).until(() -> Fixtures.count("SELECT send_count FROM device_command WHERE id = $1", UUID.fromString(command)) >= 1);
    }

    static long quantity(Setup s) {
        return Fixtures.count("SELECT quantity FROM compartment WHERE locker_id = $1 AND number = 5", s.locker());
    }

    static long held(Setup s) {
        return Fixtures.count("SELECT held FROM compartment WHERE locker_id = $1 AND number = 5", s.locker());
    }

    static String commandStatus(String id) {
        return Fixtures.text("SELECT status FROM device_command WHERE id = $1", UUID.fromString(id));
    }

    static String reservationStatus(String commandId) {
        return Fixtures.text("SELECT r.status FROM reservation r JOIN device_command c ON c.reservation_id = r.id WHERE c.id = $1",
                UUID.fromString(commandId));
    }

    static long pickedUpEvents(String commandId) {
        return Fixtures.count("SELECT count(*) FROM outbox_event o JOIN device_command c ON o.envelope::text LIKE '%' || c.reservation_id || '%'"
                + " WHERE c.id = $1 AND o.event_type = 'yizhan.locker.item-picked-up'", UUID.fromString(commandId));
    }

    @Test
    void aDuplicateAcknowledgementDispensesOnce() {
        Setup s = lockerWith("矿泉水", 3);
        try (TestDevice device = new TestDevice(s.clientId()).connect()) {
            String command = reserveAndOpen(Fixtures.worker("dup-" + UUID.randomUUID()), s);
            JsonObject received = device.nextCommand(WAIT);
            assertThat(received.getString("id")).isEqualTo(command);
            assertThat(received.getString("type")).isEqualTo("OPEN");
            assertThat(received.getInteger("compartmentNumber")).isEqualTo(5);
            assertThat(received.getString("expiresAt")).isNotBlank();

            device.ack(command, "OPENED");
            device.ack(command, "OPENED");                       // the network delivered it twice
            await().atMost(WAIT).until(() -> Fixtures.count("SELECT ack_count FROM device_command WHERE id = $1",
                    UUID.fromString(command)) == 2);
            assertThat(commandStatus(command)).isEqualTo("DONE");
            assertThat(reservationStatus(command)).isEqualTo("PICKED_UP");
            assertThat(quantity(s)).isEqualTo(2);
            assertThat(held(s)).isZero();
            assertThat(pickedUpEvents(command)).isEqualTo(1);

            device.ack(command, "FAILED", "门卡住");               // a contradicting stale answer changes nothing
            await().atMost(WAIT).until(() -> Fixtures.count("SELECT ack_count FROM device_command WHERE id = $1",
                    UUID.fromString(command)) == 3);
            assertThat(commandStatus(command)).isEqualTo("DONE");
            assertThat(quantity(s)).isEqualTo(2);
            assertThat(held(s)).isZero();
        }
    }

    @Test
    void aJammedCompartmentReleasesTheUnit() {
        Setup s = lockerWith("雨衣", 1);
        try (TestDevice device = new TestDevice(s.clientId()).connect()) {
            String command = reserveAndOpen(Fixtures.worker("jam-" + UUID.randomUUID()), s);
            device.ack(device.nextCommand(WAIT).getString("id"), "FAILED", "格口门卡住 / jammed");
            await().atMost(WAIT).until(() -> "FAILED".equals(reservationStatus(command)));
            assertThat(commandStatus(command)).isEqualTo("FAILED");
            assertThat(Fixtures.text("SELECT outcome FROM device_command WHERE id = $1", UUID.fromString(command)))
                    .isEqualTo("FAILED: 格口门卡住 / jammed");
            assertThat(quantity(s)).isEqualTo(1);
            assertThat(held(s)).isZero();
        }
    }

    @Test
    void aLateAcknowledgementSettlesAnUnknownOpeningOnceAndTheDeskSeesItMeanwhile() throws Throwable {
        Setup s = lockerWith("工作手套", 2);
        String admin = TestTokens.cityAdmin("fuzhou");
        try (TestDevice device = new TestDevice(s.clientId()).connect()) {
            String command = reserveAndOpen(Fixtures.worker("late-" + UUID.randomUUID()), s);
            device.nextCommand(WAIT);                              // received, but the answer is slow
            awaitSent(command);
            clock.advance(Duration.ofMinutes(3));
            try {
                VertxContextSupport.subscribeAndAwait(() -> commands.expireDue());
            } finally {
                clock.reset();
            }
            assertThat(commandStatus(command)).isEqualTo("UNKNOWN");
            assertThat(reservationStatus(command)).isEqualTo("UNKNOWN");
            assertThat(held(s)).isEqualTo(1);                     // not back on sale: the door may have opened
            given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}/commands?status=UNKNOWN", s.locker()).then()
                    .statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(command))
                    .body("items[0].statusLabel", equalTo("待核对"));

            device.ack(command, "OPENED");                        // the late answer: it did open
            await().atMost(WAIT).until(() -> "PICKED_UP".equals(reservationStatus(command)));
            device.ack(command, "OPENED");
            await().atMost(WAIT).until(() -> Fixtures.count("SELECT ack_count FROM device_command WHERE id = $1",
                    UUID.fromString(command)) == 2);
            assertThat(commandStatus(command)).isEqualTo("DONE");
            assertThat(quantity(s)).isEqualTo(1);
            assertThat(held(s)).isZero();
            assertThat(pickedUpEvents(command)).isEqualTo(1);
        }
    }

    @Test
    void aDeviceOfflineMidCommandIsSettledByItsNextStockReportAndStockEqualsTheReport() throws Throwable {
        Setup s = lockerWith("面包", 5);
        TestDevice device = new TestDevice(s.clientId()).connect();
        String first = reserveAndOpen(Fixtures.worker("off1-" + UUID.randomUUID()), s);
        String second = reserveAndOpen(Fixtures.worker("off2-" + UUID.randomUUID()), s);
        device.nextCommand(WAIT);
        device.nextCommand(WAIT);
        awaitSent(first);
        awaitSent(second);
        device.disconnect();                                      // power cut: neither answer goes out
        clock.advance(Duration.ofMinutes(3));
        try {
            VertxContextSupport.subscribeAndAwait(() -> commands.expireDue());
        } finally {
            clock.reset();
        }
        assertThat(reservationStatus(first)).isEqualTo("UNKNOWN");
        assertThat(reservationStatus(second)).isEqualTo("UNKNOWN");
        assertThat(held(s)).isEqualTo(2);

        device.connect();
        device.reportStock(Map.of(5, 4));                         // one unit came out, the other door never opened
        await().atMost(WAIT).until(() -> Fixtures.count("SELECT count(*) FROM stock_report WHERE locker_id = $1", s.locker()) == 1);
        assertThat(reservationStatus(first)).isEqualTo("PICKED_UP");  // the oldest opening took the missing unit
        assertThat(reservationStatus(second)).isEqualTo("FAILED");
        assertThat(commandStatus(first)).isEqualTo("DONE");
        assertThat(commandStatus(second)).isEqualTo("FAILED");
        assertThat(quantity(s)).isEqualTo(4);
        assertThat(held(s)).isZero();
        // the missing unit was the settled opening's: the count itself did not have to move
        assertThat(Fixtures.count("SELECT adjusted FROM stock_report WHERE locker_id = $1", s.locker())).isZero();

        device.ack(first, "OPENED");                              // answers from before the power cut, arriving now
        device.ack(second, "OPENED");
        device.reportStock(Map.of(5, 4));
        await().atMost(WAIT).until(() -> Fixtures.count("SELECT count(*) FROM stock_report WHERE locker_id = $1", s.locker()) == 2);
        assertThat(quantity(s)).isEqualTo(4);
        assertThat(held(s)).isZero();
        assertThat(pickedUpEvents(first) + pickedUpEvents(second)).isEqualTo(1);
        assertThat(Fixtures.count("SELECT adjusted FROM stock_report WHERE locker_id = $1 ORDER BY received_at DESC LIMIT 1", s.locker()))
                .isZero();
        device.close();
    }

    @Test
    void aCommandForAnOfflineDeviceArrivesWhenItReturnsAndAReplayedCommandDispensesOnce() {
        Setup s = lockerWith("防暑凉茶", 3);
        TestDevice device = new TestDevice(s.clientId()).connect();
        device.disconnect();                                      // away, its session kept at the broker
        String worker = Fixtures.worker("away-" + UUID.randomUUID());
        String reservation = Fixtures.reserve(worker, s.locker(), s.item()).statusCode(201).extract().path("id");
        String command = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("compartmentNumber", 5, "reason", "键盘坏了", "reservationId", reservation))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(202).extract().path("command.id");
        awaitSent(command);

        device.connect();                                         // back: the broker's session and the service's resend
        JsonObject first = device.nextCommand(WAIT);
        assertThat(first.getString("id")).isEqualTo(command);
        device.publish("status", new JsonObject().put("online", true));   // reconnects again before answering
        JsonObject replayed = device.nextCommand(WAIT);
        assertThat(replayed.getString("id")).isEqualTo(command);
        device.ack(first.getString("id"), "OPENED");               // a device that does not de-duplicate answers each copy
        device.ack(replayed.getString("id"), "OPENED");
        await().atMost(WAIT).until(() -> Fixtures.count("SELECT ack_count FROM device_command WHERE id = $1",
                UUID.fromString(command)) >= 2);
        assertThat(reservationStatus(command)).isEqualTo("PICKED_UP");
        assertThat(quantity(s)).isEqualTo(2);
        assertThat(held(s)).isZero();
        assertThat(pickedUpEvents(command)).isEqualTo(1);
        device.close();
    }

    @Test
    void aDeviceActsOnlyOnItsOwnTopicsAndCommandsWithItsOwnCredentials() {
        Setup mine = lockerWith("毛巾", 2);
        Setup other = lockerWith("毛巾", 2);
        try (TestDevice device = new TestDevice(mine.clientId()).connect();
             TestDevice neighbour = new TestDevice(other.clientId()).connect()) {
            String command = reserveAndOpen(Fixtures.worker("acl-" + UUID.randomUUID()), other);
            neighbour.nextCommand(WAIT);
            device.ack(command, "OPENED");                         // another locker's command, on its own topic: ignored
            device.publishTo(neighbour.topic("acks"), new JsonObject().put("id", command).put("outcome", "OPENED")); // the ACL drops it
            device.subscribeTo("yizhan/lockers/+/commands");       // nor can it read the neighbour's commands
            neighbour.ack(command, "FAILED", "卡住");              // the real device's answer arrives after both
            await().atMost(WAIT).until(() -> "FAILED".equals(reservationStatus(command)));
            assertThat(Fixtures.count("SELECT ack_count FROM device_command WHERE id = $1", UUID.fromString(command))).isEqualTo(1);
            assertThat(quantity(other)).isEqualTo(2);
            assertThat(device.waiting()).isZero();
        }
        TestDevice impostor = new TestDevice(mine.clientId(), "guessed-password");
        assertThatThrownBy(impostor::connect).isInstanceOf(IllegalStateException.class);
        MosquittoResource.broker();                               // (the broker is shared by the whole run)
    }
}
