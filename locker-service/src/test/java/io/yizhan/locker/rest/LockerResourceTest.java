package io.yizhan.locker.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.common.testing.TopicReader;
import io.yizhan.locker.Fixtures;
import io.yizhan.locker.service.LockerService;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.locker.Fixtures.PROBLEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class LockerResourceTest {

    @Inject
    LockerService lockers;

    @Inject
    io.yizhan.locker.TestClock clock;

    static String device() {
        return "locker-" + UUID.randomUUID();
    }

    @Test
    void aCityAdminRegistersALockerWithEighteenEmptyCompartments() {
        UUID station = Fixtures.station("fuzhou");
        UUID locker = Fixtures.locker("fuzhou", station, device(), null);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/{id}", locker)
                .then().statusCode(200).body("compartmentCount", equalTo(18)).body("compartments", hasSize(18))
                .body("compartments[0].number", equalTo(1)).body("compartments[0].quantity", equalTo(0))
                .body("online", equalTo(false)).body("onlineLabel", equalTo("离线")).body("stationId", equalTo(station.toString()));
        UUID small = Fixtures.locker("fuzhou", station, device(), 6);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/{id}", small)
                .then().body("compartments", hasSize(6));
    }

    @Test
    void onlyOpenOrWarnedStationsOfMyCityAcceptLockers() {
        for (String status : List.of("PLANNED", "SUSPENDED", "DELISTED")) {
            UUID station = Fixtures.station("fuzhou", status, 26.0, 119.3);
            given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                    .body(Map.of("stationId", station.toString(), "name", "柜", "deviceClientId", device()))
                    .when().post("/api/v1/lockers").then().statusCode(409).contentType(PROBLEM);
        }
        Fixtures.locker("fuzhou", Fixtures.station("fuzhou", "WARNED", 26.0, 119.3), device(), 4);
        UUID xiamen = Fixtures.station("xiamen");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("stationId", xiamen.toString(), "name", "柜", "deviceClientId", device()))
                .when().post("/api/v1/lockers").then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("stationId", xiamen.toString(), "name", "省里登记", "deviceClientId", device()))
                .when().post("/api/v1/lockers").then().statusCode(201).body("tenant", equalTo("xiamen"));
    }

    @Test
    void badShapesAndWrongRolesAreRefused() {
        UUID station = Fixtures.station("fuzhou");
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "name", "柜", "deviceClientId", device(), "compartments", 61))
                .when().post("/api/v1/lockers").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("compartments"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "柜", "deviceClientId", "a b"))
                .when().post("/api/v1/lockers").then().statusCode(400)
                .body("violations.field", hasItem("stationId")).body("violations.field", hasItem("deviceClientId"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", "not-a-uuid", "name", "柜", "deviceClientId", device()))
                .when().post("/api/v1/lockers").then().statusCode(400).body("violations.field", hasItem("stationId"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "name", "柜", "deviceClientId", device()))
                .when().post("/api/v1/lockers").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(admin).when().get("/api/v1/lockers?stationId=nope").then().statusCode(400)
                .body("violations.field", hasItem("stationId"));
        given().auth().oauth2(admin).when().get("/api/v1/lockers?size=201").then().statusCode(400);
        String clientId = device();
        Fixtures.locker("fuzhou", station, clientId, 2);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "name", "柜", "deviceClientId", clientId))
                .when().post("/api/v1/lockers").then().statusCode(409);
    }

    @Test
    void listsAreConfinedToMyCityAndPaged() {
        UUID station = Fixtures.station("zhangzhou");
        UUID a = Fixtures.locker("zhangzhou", station, device(), 2);
        Fixtures.locker("zhangzhou", station, device(), 2);
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/lockers?stationId={s}&size=1", station)
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(1))
                .body("items[0].id", equalTo(a.toString())).body("items[0].compartments", nullValue());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers?stationId={s}", station)
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers?tenant=zhangzhou")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/{id}", a)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/lockers?tenant=zhangzhou&stationId={s}", station)
                .then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers").then().statusCode(403);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/{id}", a).then().statusCode(200)
                .body("deviceClientId", nullValue());
    }

    @Test
    void anotherCitysDeviceBoundByACityAdminIsRefusedAndCannotBeBoundTwice() {
        String xiamenDevice = device();
        UUID fuzhouLocker = Fixtures.locker("fuzhou", Fixtures.station("fuzhou"), xiamenDevice, 2);
        // the device's client says it is Xiamen's: it does not serve Fuzhou's locker
        given().auth().oauth2(TestTokens.device(xiamenDevice, "xiamen")).when().post("/api/v1/lockers/{id}/heartbeat", fuzhouLocker)
                .then().statusCode(403).contentType(PROBLEM);
        // and an id bound in Fuzhou belongs to Fuzhou: another city's admin is told so, and so is the
        // province binding it at another city's station
        for (String token : List.of(TestTokens.cityAdmin("xiamen"), TestTokens.provinceAdmin())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("stationId", Fixtures.station("xiamen").toString(), "name", "厦门柜", "deviceClientId", xiamenDevice))
                    .when().post("/api/v1/lockers").then().statusCode(403).contentType(PROBLEM)
                    .body("detail", org.hamcrest.Matchers.containsString("其他城市"));
        }
        // Fuzhou's admin may not bind it twice either: taken (409), not "another city"
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("stationId", Fixtures.station("fuzhou").toString(), "name", "第二个柜", "deviceClientId", xiamenDevice))
                .when().post("/api/v1/lockers").then().statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/{id}", fuzhouLocker)
                .then().statusCode(200).body("deviceClientId", equalTo(xiamenDevice));
    }

    @Test
    void heartbeatsBringALockerOnlineAndSilenceTakesItOffline() throws Throwable {
        UUID station = Fixtures.station("fuzhou");
        String clientId = device();
        UUID locker = Fixtures.locker("fuzhou", station, clientId, 2);
        given().auth().oauth2(TestTokens.device(device(), "fuzhou")).when().post("/api/v1/lockers/{id}/heartbeat", locker)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/lockers/{id}/heartbeat", locker)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.device(clientId, "fuzhou")).when().post("/api/v1/lockers/{id}/heartbeat", UUID.randomUUID())
                .then().statusCode(404);
        Fixtures.heartbeat(locker, clientId, "fuzhou");
        Fixtures.heartbeat(locker, clientId, "fuzhou");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/{id}", locker)
                .then().body("online", equalTo(true)).body("onlineLabel", equalTo("在线"));

        // %test offline-after is 2 s: three seconds of silence later, the check marks it offline
        clock.advance(Duration.ofSeconds(3));
        VertxContextSupport.subscribeAndAwait(() -> lockers.markSilentOffline());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/lockers/{id}", locker)
                .then().body("online", equalTo(false));
        List<ConsumerRecord<String, String>> events = TopicReader.read("locker-events",
                r -> station.toString().equals(r.key()), found -> found.size() >= 2, Duration.ofSeconds(30));
        assertThat(events).extracting(ConsumerRecord::value)
                .anySatisfy(v -> assertThat(v).contains("yizhan.locker.device-online"))
                .anySatisfy(v -> assertThat(v).contains("yizhan.locker.device-offline"));
        assertThat(events.stream().filter(r -> r.value().contains("device-online")).count()).isEqualTo(1);
    }

    @Test
    void workersFindNearbyLockersWithWhatIsInStock() {
        UUID near = Fixtures.station("fuzhou", "OPEN", 26.5001, 119.5001);
        UUID far = Fixtures.station("fuzhou", "OPEN", 26.60, 119.60);
        UUID closed = Fixtures.station("fuzhou", "OPEN", 26.5002, 119.5002);
        String clientId = device();
        UUID a = Fixtures.onlineLocker("fuzhou", near, clientId);
        Fixtures.locker("fuzhou", far, device(), 2);
        Fixtures.locker("fuzhou", closed, device(), 2);
        Fixtures.stationStatus(closed, "SUSPENDED");
        UUID water = Fixtures.supply("fuzhou", "矿泉水", Map.of());
        Fixtures.stock(a, 3, water, 5);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/nearby?lat=26.5&lon=119.5&radius=1000")
                .then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo(a.toString()))
                .body("[0].inStock[0].itemName", equalTo("矿泉水")).body("[0].inStock[0].available", equalTo(5))
                .body("[0].online", equalTo(true));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/nearby?lat=91&lon=119.5")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("lat"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/nearby?lat=26.5")
                .then().statusCode(400).body("violations.field", hasItem("lon"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/nearby?lat=26.5&lon=119.5&radius=abc")
                .then().statusCode(400).body("violations.field", hasItem("radius"));
        given().auth().oauth2(TestTokens.device(clientId, "fuzhou")).when().get("/api/v1/lockers/nearby?lat=26.5&lon=119.5")
                .then().statusCode(403);
    }
}
