package io.yizhan.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The locker journey a person can finish in the browser (issues 21 and 19), in Chromium against the
 * whole stack (portal/src/main/webapp/e2e/lockers.e2e.mjs). The stack's locker-service loads demo lockers
 * at the open stations that arrive (YIZHAN_DEMO_LOAD_LOCKERS, on under ./platform), and its device
 * simulator plays them over Mosquitto with faults switched off (PlatformStack): so a Fuzhou station this
 * test opens gets a stocked demo locker that a real device process opens. Results are read back through
 * the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class LockerJourneyBrowserIT {

    /** A spare Fuzhou device identity of ./platform's broker, played by the simulator, used by no demo locker. */
    static final String SPARE_DEVICE = "demo-spare-fuzhou-1";

    /** A device identity of the stack's broker that the simulator does not play: the test is its controller. */
    static final String OWN_DEVICE = PlatformStack.OWN_DEVICE;

    PlatformStack stack;
    String run;
    String docsImg;
    String admin;

    @BeforeAll
    void prepare(PlatformStack stack) throws Exception {
        this.stack = stack;
        run = Long.toString(System.currentTimeMillis() % 100000, 36);
        docsImg = Files.createDirectories(stack.root.resolve("docs/img")).toString();
        admin = stack.password("fuzhou-admin");
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    /** An open station of the caller's city, once locker-service's replica knows it is open. */
    private String openStation(String token, String name, String address, double lat, double lon) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", address, "district", "仓山区", "lat", lat, "lon", lon,
                        "type", "STANDALONE", "contactPhone", "13900004444"))
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "OPEN", "reason", "智能柜测试 / locker test"))
                .when().post(api("/api/v1/stations/" + id + "/status")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(token).when().get(api("/api/v1/lockers/stations/" + id))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        return id;
    }

    @Test
    void worker1PicksUpAtADemoLockerThatTheSimulatedDeviceOpens() throws Exception {
        double lat = 26.0412, lon = 119.3301;
        String stationName = "仓山智能柜驿站-" + run;
        String station = openStation(admin, stationName, "福州市仓山区上三路 8 号", lat, lon);

        // the demo loader puts a stocked locker at the new open station; its device comes online over MQTT
        JsonPath locker = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() ->
                given().auth().oauth2(admin).queryParam("stationId", station).when().get(api("/api/v1/lockers"))
                        .then().statusCode(200).extract().jsonPath(), page -> page.getInt("total") == 1 && page.getBoolean("items[0].online"));
        String lockerId = locker.getString("items[0].id");
        assertThat(locker.getString("items[0].deviceClientId")).startsWith("demo-locker-fuzhou-");
        assertThat(locker.getInt("items[0].compartmentCount")).isEqualTo(18);

        // an item worker1 has not reserved yet (quotas count per worker and item, and items are the city's)
        String worker = stack.password("worker1");
        Set<String> reservedBefore = given().auth().oauth2(worker).queryParam("size", 100).when().get(api("/api/v1/reservations/mine"))
                .then().statusCode(200).extract().jsonPath().getList("items.itemId", String.class).stream().collect(Collectors.toSet());
        JsonPath before = given().auth().oauth2(admin).when().get(api("/api/v1/lockers/" + lockerId)).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> stocked = before.getList("compartments");
        Map<String, Object> compartment = stocked.stream()
                .filter(c -> c.get("itemId") != null && (Integer) c.get("available") > 0 && !reservedBefore.contains(c.get("itemId")))
                .findFirst().orElseThrow();
        String itemId = (String) compartment.get("itemId");
        int number = (Integer) compartment.get("number");
        int quantityBefore = (Integer) compartment.get("quantity");
        JsonPath statsBefore = stats(lockerId);

        BrowserScenario.run(stack, "worker-locker-pickup", Map.of("STATION_NAME", stationName, "ITEM_NAME", (String) compartment.get("itemName"),
                "WORKER_LAT", String.valueOf(lat), "WORKER_LON", String.valueOf(lon), "DOCS_IMG", docsImg));

        // the reservation is picked up: the device confirmed the door opened
        List<Map<String, Object>> mine = given().auth().oauth2(worker).queryParam("size", 100).when().get(api("/api/v1/reservations/mine"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> reservation = mine.stream()
                .filter(r -> lockerId.equals(r.get("lockerId")) && itemId.equals(r.get("itemId"))).findFirst().orElseThrow();
        assertThat(reservation.get("status")).isEqualTo("PICKED_UP");
        assertThat(reservation.get("pickedUpAt")).isNotNull();
        assertThat(reservation.get("compartmentNumber")).isEqualTo(number);

        // the compartment's stock fell by one and nothing stays held for it
        Map<String, Object> after = given().auth().oauth2(admin).when().get(api("/api/v1/lockers/" + lockerId)).then().statusCode(200)
                .extract().jsonPath().getMap("compartments.find { it.number == " + number + " }");
        assertThat(after.get("quantity")).isEqualTo(quantityBefore - 1);
        assertThat(after.get("held")).isEqualTo(compartment.get("held"));

        // the open command went to the device and came back done
        given().auth().oauth2(admin).queryParam("size", 5).when().get(api("/api/v1/lockers/" + lockerId + "/commands"))
                .then().statusCode(200).body("items[0].reservationId", equalTo(reservation.get("id")))
                .body("items[0].status", equalTo("DONE")).body("items[0].outcome", equalTo("OPENED"));

        // the dispatch statistics count it, with its value
        JsonPath statsAfter = stats(lockerId);
        assertThat(statsAfter.getInt("total.dispatches")).isEqualTo(statsBefore.getInt("total.dispatches") + 1);
        assertThat(statsAfter.getLong("total.valueFen")).isEqualTo(statsBefore.getLong("total.valueFen") + (Integer) reservation.get("unitValueFen"));

        // and the locker is online, as its page shows
        given().auth().oauth2(admin).when().get(api("/api/v1/lockers/" + lockerId)).then().statusCode(200)
                .body("online", equalTo(true)).body("onlineLabel", equalTo("在线"));
    }

    private JsonPath stats(String lockerId) {
        return given().auth().oauth2(admin).queryParam("lockerId", lockerId).when().get(api("/api/v1/lockers/stats"))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void fuzhouAdminRegistersALockerAndBindsAFuzhouDeviceButNotAnotherCitys() throws Exception {
        String stationName = "登记智能柜驿站-" + run;
        String station = openStation(admin, stationName, "福州市仓山区金山大道 18 号", 26.0395, 119.2740);
        // a device that serves a Zhangzhou locker belongs to Zhangzhou
        String zhangzhou = stack.password("zhangzhou-admin");
        String zhangzhouStation = openStation(zhangzhou, "漳州智能柜驿站-" + run, "漳州市芗城区胜利路 1 号", 24.5130, 117.6470);
        String foreignDevice = "zz-locker-" + run;
        given().auth().oauth2(zhangzhou).contentType(ContentType.JSON)
                .body(Map.of("stationId", zhangzhouStation, "name", "漳州柜-" + run, "deviceClientId", foreignDevice))
                .when().post(api("/api/v1/lockers")).then().statusCode(201);
        String lockerName = "金山一号柜-" + run;

        BrowserScenario.run(stack, "admin-locker-register", Map.of("STATION_NAME", stationName, "LOCKER_NAME", lockerName,
                "FOREIGN_DEVICE", foreignDevice, "DEVICE_ID", SPARE_DEVICE, "DOCS_IMG", docsImg));

        List<Map<String, Object>> lockers = given().auth().oauth2(admin).queryParam("stationId", station).when().get(api("/api/v1/lockers"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> mine = lockers.stream().filter(l -> lockerName.equals(l.get("name"))).findFirst().orElseThrow();
        assertThat(mine.get("deviceClientId")).isEqualTo(SPARE_DEVICE);
        assertThat(mine.get("tenant")).isEqualTo("fuzhou");
        assertThat(mine.get("online")).isEqualTo(true);
        given().auth().oauth2(admin).when().get(api("/api/v1/lockers/" + mine.get("id"))).then().statusCode(200)
                .body("compartments.size()", equalTo(18)).body("compartmentCount", equalTo(18));
        // the refused binding left nothing behind: the Zhangzhou device serves only its own locker
        assertThat(lockers).noneMatch(l -> foreignDevice.equals(l.get("deviceClientId")));
        List<Map<String, Object>> there = given().auth().oauth2(stack.password("province-admin")).queryParam("tenant", "zhangzhou")
                .queryParam("stationId", zhangzhouStation).when().get(api("/api/v1/lockers")).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(there).filteredOn(l -> foreignDevice.equals(l.get("deviceClientId"))).hasSize(1);
        // and the spare is Fuzhou's now: Zhangzhou cannot bind it
        given().auth().oauth2(zhangzhou).contentType(ContentType.JSON)
                .body(Map.of("stationId", zhangzhouStation, "name", "借用福州设备", "deviceClientId", SPARE_DEVICE))
                .when().post(api("/api/v1/lockers")).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("其他城市"));
    }

    @Test
    void theLockersPageShowsALockerOfflineWhenItsDeviceDropsOffTheNetwork() throws Exception {
        String station = openStation(admin, "离线智能柜驿站-" + run, "福州市仓山区浦上大道 66 号", 26.0335, 119.2905);
        String lockerName = "浦上离线柜-" + run;
        String lockerId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "name", lockerName, "deviceClientId", OWN_DEVICE))
                .when().post(api("/api/v1/lockers")).then().statusCode(201).extract().path("id");
        // a locker whose device never spoke is offline from the start
        given().auth().oauth2(admin).when().get(api("/api/v1/lockers/" + lockerId)).then().statusCode(200)
                .body("online", equalTo(false));

        // the scenario is the device: it says it is alive, then loses its connection (the broker's last will)
        BrowserScenario.run(stack, "admin-locker-offline", Map.of("LOCKER_NAME", lockerName, "DEVICE_ID", OWN_DEVICE,
                "DEVICE_SECRET", stack.mqttSecret(OWN_DEVICE), "MQTT_PORT", String.valueOf(stack.mqttPort()), "DOCS_IMG", docsImg));

        // offline through the API too, with the time the device was last heard of kept
        given().auth().oauth2(admin).when().get(api("/api/v1/lockers/" + lockerId)).then().statusCode(200)
                .body("online", equalTo(false)).body("onlineLabel", equalTo("离线")).body("lastHeartbeatAt", notNullValue());
    }
}
