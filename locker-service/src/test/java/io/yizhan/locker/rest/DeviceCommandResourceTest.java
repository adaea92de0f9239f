package io.yizhan.locker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.device.TestDevice;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.locker.Fixtures.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Remote opening, device settings and the command list: the HTTP side of the device channel. */
@QuarkusTest
class DeviceCommandResourceTest {

    @Test
    void anAdminOpensACompartmentRemotelyItIsAuditedAndNothingIsDispensedUntilTheDeviceConfirms() {
        var s = ReservationResourceTest.lockerWith("防暑凉茶", 2, Map.of());
        String worker = Fixtures.worker("remote-" + UUID.randomUUID());
        String id = ReservationResourceTest.reserve(worker, s.locker(), s.item(), null).statusCode(201).extract().path("id");
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("compartmentNumber", 19, "reason", "键盘坏了"))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("compartmentNumber"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("compartmentNumber", 5))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON)
                .body(Map.of("compartmentNumber", 5, "reason", "键盘坏了"))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(404);
        given().auth().oauth2(TestTokens.device(s.clientId(), "fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("compartmentNumber", 5, "reason", "键盘坏了"))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}/reservations?status=RESERVED", s.locker()).then()
                .statusCode(200).body("items[0].id", equalTo(id)).body("items[0].pickupCode", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.stationManager("xiamen")).when().get("/api/v1/lockers/{id}/reservations", s.locker())
                .then().statusCode(404);
        given().auth().oauth2(worker).when().get("/api/v1/lockers/{id}/reservations", s.locker()).then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}/reservations?status=NOPE", s.locker()).then().statusCode(400)
                .body("violations.field", hasItem("status"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("compartmentNumber", 5, "reason", "键盘坏了，远程开门", "reservationId", id))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(202)
                .body("dispensed", equalTo(false)).body("openedBy", equalTo("remote:fuzhou-admin"))
                .body("command.kind", equalTo("OPEN")).body("command.status", equalTo("PENDING"))
                .body("command.reservationId", equalTo(id));
        // told to the device, not yet confirmed by it: nothing has left the locker
        given().auth().oauth2(worker).when().get("/api/v1/reservations/{id}", id).then().body("status", equalTo("OPENING"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("compartmentNumber", 3, "reason", "维护检查"))
                .when().post("/api/v1/lockers/{id}/remote-open", s.locker()).then().statusCode(202)
                .body("dispensed", equalTo(false)).body("command.kind", equalTo("REMOTE_OPEN"));
        assertThat(Fixtures.count("SELECT count(*) FROM remote_open WHERE locker_id = $1", s.locker())).isEqualTo(2);
        assertThat(Fixtures.count("SELECT count(*) FROM device_command WHERE locker_id = $1", s.locker())).isEqualTo(2);
        assertThat(Fixtures.count("SELECT quantity FROM compartment WHERE locker_id = $1 AND number = 5", s.locker())).isEqualTo(2);
    }

    @Test
    void settingsGoToTheDeviceAndTheListShowsWhatItAnswered() {
        var s = ReservationResourceTest.lockerWith("毛巾", 2, Map.of());
        String admin = TestTokens.cityAdmin("fuzhou");
        try (TestDevice device = new TestDevice(s.clientId()).connect()) {
            String command = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("settings", Map.of("openingHours", "08:00-20:00", "volume", 3)))
                    .when().post("/api/v1/lockers/{id}/config", s.locker()).then().statusCode(202)
                    .body("kind", equalTo("SET_CONFIG")).body("kindLabel", equalTo("下发配置")).body("status", equalTo("PENDING"))
                    .extract().path("id");
            JsonObject received = device.nextCommand(Duration.ofSeconds(20));
            assertThat(received.getString("id")).isEqualTo(command);
            assertThat(received.getJsonObject("config").getString("openingHours")).isEqualTo("08:00-20:00");
            assertThat(received.getString("expiresAt")).isNotBlank();
            device.ack(command, "APPLIED");
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(admin)
                    .when().get("/api/v1/lockers/{id}/commands", s.locker()).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].status", equalTo("DONE")).body("items[0].statusLabel", equalTo("已执行"))
                    .body("items[0].ackCount", equalTo(1)));
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("settings", Map.of()))
                .when().post("/api/v1/lockers/{id}/config", s.locker()).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("settings"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/lockers/{id}/config", s.locker()).then().statusCode(400)
                .body("violations.field", hasItem("settings"));
        given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}/commands?status=LOST", s.locker()).then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("status"));
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).contentType(ContentType.JSON).body(Map.of("settings", Map.of("a", 1)))
                .when().post("/api/v1/lockers/{id}/config", s.locker()).then().statusCode(404);
        given().auth().oauth2(TestTokens.cityAdmin("xiamen")).when().get("/api/v1/lockers/{id}/commands", s.locker()).then().statusCode(404);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).contentType(ContentType.JSON).body(Map.of("settings", Map.of("a", 1)))
                .when().post("/api/v1/lockers/{id}/config", s.locker()).then().statusCode(403);
        given().auth().oauth2(TestTokens.device(s.clientId(), "fuzhou")).when().get("/api/v1/lockers/{id}/commands", s.locker())
                .then().statusCode(403);
    }

    @Test
    void onlyTheWorkerWhoReservedCanOpenAndOnlyALiveReservation() {
        var s = ReservationResourceTest.lockerWith("充电线", 2, Map.of());
        String worker = Fixtures.worker("open-" + UUID.randomUUID());
        String id = ReservationResourceTest.reserve(worker, s.locker(), s.item(), null).statusCode(201).extract().path("id");
        given().auth().oauth2(Fixtures.worker("other-" + UUID.randomUUID())).when().post("/api/v1/reservations/{id}/open", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/reservations/{id}/open", id).then().statusCode(403);
        given().auth().oauth2(worker).when().post("/api/v1/reservations/{id}/cancel", id).then().statusCode(200);
        given().auth().oauth2(worker).when().post("/api/v1/reservations/{id}/open", id).then().statusCode(409).contentType(PROBLEM);
    }
}
