package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

/**
 * The admin console's butler-team, membership, health-device and donation desks (issue 19) in a real
 * browser against the whole stack (portal/src/main/webapp/e2e/volunteer-desks.e2e.mjs): each scenario
 * performs its desk's main action as a Fuzhou admin; this class then reads the result through the API.
 * The volunteers and workers it needs are accounts of their own, made through Keycloak's admin API, so
 * that the demo users other classes rely on keep their state. Screenshots go to docs/img as well.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class VolunteerDesksBrowserIT {

    PlatformStack stack;
    String run;
    String docsImg;
    String station;
    String stationId;
    String otherStationId;

    @BeforeAll
    void prepare(PlatformStack stack) throws Exception {
        this.stack = stack;
        run = Long.toString(System.currentTimeMillis() % 100000, 36);
        docsImg = Files.createDirectories(stack.root.resolve("docs/img")).toString();
        station = "管家驿站-" + run;
        stationId = openStation(station, 26.0891, 119.3032);
        otherStationId = openStation("隔壁驿站-" + run, 26.0850, 119.2990);
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    /** An open Fuzhou station, once volunteer-service's replica knows it. */
    private String openStation(String name, double lat, double lon) {
        String admin = stack.password("fuzhou-admin");
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", name, "address", "福州市鼓楼区五四路", "district", "鼓楼区", "lat", lat, "lon", lon,
                        "type", "STANDALONE", "contactPhone", "13900003333"))
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "OPEN", "reason", "浏览器测试 / browser test"))
                .when().post(api("/api/v1/stations/" + id + "/status")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/volunteers/stations/" + id))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        return id;
    }

    /** A new Fuzhou account (a mobile number as its username, as sign-up makes them), with a realm role beside worker. */
    private String newUser(String role) {
        String admin = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin"))
                .when().post(stack.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String username = "13" + (100_000_000 + ThreadLocalRandom.current().nextInt(900_000_000));
        String users = stack.keycloakUrl() + "/admin/realms/yizhan/users";
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("username", username, "enabled", true, "attributes", Map.of("tenant", List.of("fuzhou")),
                        "credentials", List.of(Map.of("type", "password", "value", "demo", "temporary", false))))
                .when().post(users).then().statusCode(201).extract().header("Location");
        if (role != null) {
            Map<String, Object> realmRole = given().auth().oauth2(admin).when().get(stack.keycloakUrl() + "/admin/realms/yizhan/roles/" + role)
                    .then().statusCode(200).extract().as(Map.class);
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(realmRole))
                    .when().post(location + "/role-mappings/realm").then().statusCode(204);
        }
        return stack.password(username);
    }

    /** A new volunteer with a profile of this display name; their volunteer id. */
    private String volunteer(String displayName) {
        return given().auth().oauth2(newUser("volunteer")).contentType(ContentType.JSON)
                .body(Map.of("displayName", displayName, "kind", "VOLUNTEER")).when().put(api("/api/v1/volunteers/me"))
                .then().statusCode(200).extract().path("id");
    }

    private String apply(String worker, String name) {
        return given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("name", name, "phone", "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)),
                        "platform", "ELEME", "stationId", stationId))
                .when().post(api("/api/v1/membership/applications")).then().statusCode(201).extract().path("id");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fuzhouAdminFormsATeamHandsItsLeadToANewcomerAndRetiresAnother() throws Exception {
        String lead = volunteer("管家甲" + run), member = volunteer("管家乙" + run), newcomer = volunteer("管家丙" + run);
        String admin = stack.password("fuzhou-admin");
        String retiring = "旧团队-" + run;
        String oldTeam = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", retiring, "stationId", stationId, "leadId", member))
                .when().post(api("/api/v1/teams")).then().statusCode(201).extract().path("id");
        String name = "五四路管家团队-" + run;

        BrowserScenario.run(stack, "desk-teams", Map.of("DESK_STATION", station, "TEAM_NAME", name, "LEAD_NAME", "管家甲" + run,
                "MEMBER_NAME", "管家乙" + run, "NEWCOMER_NAME", "管家丙" + run, "RETIRE_TEAM", retiring, "DOCS_IMG", docsImg));

        List<Map<String, Object>> teams = given().auth().oauth2(admin).queryParam("stationId", stationId)
                .when().get(api("/api/v1/teams")).then().statusCode(200).extract().jsonPath().getList("");
        assertThat(teams).filteredOn(t -> name.equals(t.get("name"))).singleElement().satisfies(t -> {
            assertThat(t.get("leadId")).isEqualTo(newcomer);
            assertThat(List.copyOf((List<String>) t.get("memberIds"))).containsExactlyInAnyOrder(member, newcomer).doesNotContain(lead);
            assertThat(t.get("retired")).isEqualTo(false);
        });
        assertThat(teams).filteredOn(t -> oldTeam.equals(t.get("id"))).singleElement()
                .satisfies(t -> assertThat(t.get("retired")).isEqualTo(true));
        // another city's admin never sees Fuzhou's teams
        given().auth().oauth2(stack.password("zhangzhou-admin")).queryParam("stationId", stationId)
                .when().get(api("/api/v1/teams")).then().statusCode(200).body("name", not(hasItem(name)));
    }

    @Test
    void fuzhouAdminDeclinesOneApplicationWithAReasonAndApprovesAnother() throws Exception {
        String declined = newUser(null), approved = newUser(null);
        String declineName = "拒师傅" + run, approveName = "批师傅" + run, reason = "请先在平台完成实名认证 " + run;
        String declinedId = apply(declined, declineName);
        String approvedId = apply(approved, approveName);

        int giftsIssued = given().auth().oauth2(stack.password("fuzhou-admin")).when().get(api("/api/v1/supplies/gift-packs"))
                .then().statusCode(200).extract().path("issued");

        BrowserScenario.run(stack, "desk-membership", Map.of("APPROVE_NAME", approveName, "DECLINE_NAME", declineName,
                "DECLINE_REASON", reason, "GIFT_ISSUED", String.valueOf(giftsIssued), "DOCS_IMG", docsImg));

        given().auth().oauth2(declined).when().get(api("/api/v1/membership/applications/mine")).then().statusCode(200)
                .body("find { it.id == '" + declinedId + "' }.status", equalTo("DECLINED"))
                .body("find { it.id == '" + declinedId + "' }.decisionNote", equalTo(reason));
        given().auth().oauth2(approved).when().get(api("/api/v1/membership/applications/mine")).then().statusCode(200)
                .body("find { it.id == '" + approvedId + "' }.status", equalTo("APPROVED"))
                .body("find { it.id == '" + approvedId + "' }.membershipId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void fuzhouAdminBindsAHealthCheckDeviceToAStationAndSeesItsSessionCount() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String device = stack.clientCredentials("device-demo", "device-demo-secret");
        // the device stood next door until today and recorded two sessions there
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("stationId", otherStationId))
                .when().put(api("/api/v1/health-checks/devices/device-demo")).then().statusCode(200);
        for (String kind : List.of("BLOOD_PRESSURE", "GENERAL")) {
            given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of("stationId", otherStationId, "kind", kind))
                    .when().post(api("/api/v1/health-checks/sessions")).then().statusCode(201);
        }

        BrowserScenario.run(stack, "desk-health", Map.of("DEVICE_CLIENT", "device-demo", "DESK_STATION", station, "DEVICE_SESSIONS", "2",
                "DOCS_IMG", docsImg));

        given().auth().oauth2(admin).when().get(api("/api/v1/health-checks/devices")).then().statusCode(200)
                .body("find { it.clientId == 'device-demo' }.stationId", equalTo(stationId))
                .body("find { it.clientId == 'device-demo' }.sessionsLast30Days", equalTo(2));
        // bound here now: the device records at this station and no longer next door
        given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of("stationId", stationId, "kind", "HEART_RATE"))
                .when().post(api("/api/v1/health-checks/sessions")).then().statusCode(201);
        given().auth().oauth2(device).contentType(ContentType.JSON).body(Map.of("stationId", otherStationId, "kind", "HEART_RATE"))
                .when().post(api("/api/v1/health-checks/sessions")).then().statusCode(403);
        given().auth().oauth2(stack.password("zhangzhou-admin")).when().get(api("/api/v1/health-checks/devices")).then().statusCode(200)
                .body("clientId", not(hasItem("device-demo")));
    }

    @Test
    void fuzhouAdminRecordsADonationAndWhatWasTaken() throws Exception {
        String item = "雨衣-" + run;
        BrowserScenario.run(stack, "desk-donations", Map.of("DESK_STATION", station, "DONATION_ITEM", item, "DOCS_IMG", docsImg));

        List<Map<String, Object>> corner = given().auth().oauth2(stack.password("worker1")).queryParam("stationId", stationId)
                .when().get(api("/api/v1/donations")).then().statusCode(200).extract().jsonPath().getList("");
        assertThat(corner).filteredOn(d -> item.equals(d.get("item"))).singleElement().satisfies(d -> {
            assertThat(d.get("quantity")).isEqualTo(10);
            assertThat(d.get("taken")).isEqualTo(3);
            assertThat(d.get("remaining")).isEqualTo(7);
            assertThat(d.get("donor")).isEqualTo("福州某快递网点");
        });
    }
}
