package io.yizhan.system;

import io.yizhan.common.testing.QrScanner;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Worker journeys from the wall poster, in Chromium against the whole stack (issue 18): the poster
 * as a city admin prints it, its QR code read by ZXing's decoder (not the code that drew it), the
 * link opened on a phone, a rating with every dimension counted in the station's satisfaction; and a
 * new worker who signs up in Keycloak with a mobile number and a city. Screenshots of the new pages
 * at 390×844 go to docs/img.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class WorkerJourneyIT {

    PlatformStack stack;
    String run;
    String stationId;
    String stationName;
    Path docsImg;

    @BeforeAll
    void prepare(PlatformStack stack) throws Exception {
        this.stack = stack;
        run = Long.toString(System.currentTimeMillis() % 100000, 36);
        docsImg = Files.createDirectories(stack.root.resolve("docs/img"));
        String admin = stack.password("fuzhou-admin");
        stationName = "东街口海报驿站-" + run;
        stationId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", stationName, "address", "福州市鼓楼区东街 1 号", "district", "鼓楼区",
                        "lat", 26.0870, "lon", 119.2990, "type", "STANDALONE", "contactPhone", "13900003333",
                        "amenities", List.of("microwave", "water_dispenser", "phone_charging"),
                        "photos", List.of("https://example.org/yizhan/dongjiekou-1.jpg")))
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        // posted hours (every day 06:00–23:00, one closed day ahead); posting them counts as verified
        List<Map<String, Object>> weekly = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            weekly.add(Map.of("day", day, "opens", "06:00", "closes", "23:00"));
        }
        String closedDay = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(10).toString();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("open24h", false, "weekly", weekly,
                        "exceptions", List.of(Map.of("date", closedDay, "closed", true, "note", "设备检修"))))
                .when().put(api("/api/v1/stations/" + stationId + "/hours")).then().statusCode(200)
                .body("hoursVerifiedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN", "reason", "海报测试 / poster test"))
                .when().post(api("/api/v1/stations/" + stationId + "/status")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/ratings/stations/" + stationId))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        // help, membership, wishes and donations act at the station as volunteer-service knows it
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/volunteers/stations/" + stationId))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
    }

    @Test
    void aPhoneScansThePrintedPosterRatesWithDimensionsAndTheRatingCountsInTheStationsSatisfaction() throws Exception {
        String admin = stack.password("fuzhou-admin");
        byte[] first = poster(admin);
        String oldLink = decode(first);
        // the code on a poster printed before a rotation: the page must refuse it with the service's reason
        given().auth().oauth2(admin).when().post(api("/api/v1/ratings/qr/" + stationId + "/rotation")).then().statusCode(200);
        byte[] png = poster(admin);
        Files.write(docsImg.resolve("station-poster.png"), png);
        String link = decode(png);
        assertThat(link).startsWith(stack.portalUrl() + "/s/" + stationId + "?t=2.");

        BrowserScenario.run(stack, "poster-rating", Map.of("POSTER_URL", link, "OLD_POSTER_URL", oldLink,
                "STATION_NAME", stationName, "DOCS_IMG", docsImg.toString()));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/satisfaction/stations/" + stationId))
                        .then().statusCode(200)
                        .body("windows.find { it.days == 30 }.ratings", greaterThanOrEqualTo(1))
                        .body("windows.find { it.days == 30 }.average", equalTo(5.0f))
                        .body("windows.find { it.days == 30 }.dimensions.environment", equalTo(5.0f))
                        .body("windows.find { it.days == 30 }.dimensions.facilities", equalTo(4.0f))
                        .body("windows.find { it.days == 30 }.dimensions.openingAsPosted", equalTo(3.0f)));
    }

    @Test
    void aNewWorkerSignsUpWithAMobileNumberAndACityAndTheApiSeesAWorkerOfThatCity() throws Exception {
        String mobile = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String password = "Yizhan-" + run + "-pw";
        String link = decode(poster(stack.password("fuzhou-admin")));
        BrowserScenario.run(stack, "worker-signup", Map.of("POSTER_URL", link, "NEW_MOBILE", mobile,
                "NEW_PASSWORD", password, "NEW_CITY", "xiamen", "IDEA_TITLE", "新用户的金点子 " + run,
                "DOCS_IMG", docsImg.toString()));

        // the new account logs in like any other; its token is what every service reads
        String token = given().contentType(ContentType.URLENC)
                .formParams(Map.of("grant_type", "password", "client_id", "yizhan-cli", "username", mobile, "password", password))
                .when().post(stack.keycloakUrl() + "/realms/yizhan/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(claims);
        assertThat(json.get("tenant").asText()).isEqualTo("xiamen");
        List<String> roles = new java.util.ArrayList<>();
        json.get("realm_access").get("roles").forEach(r -> roles.add(r.asText()));
        assertThat(roles).contains("worker").doesNotContain("volunteer", "city-admin", "province-admin");
        // a self-registered account has no account-console role: it cannot change the city it chose
        assertThat(json.has("resource_access") && json.get("resource_access").has("account")).isFalse();

        // the API takes it as a worker: the idea sent from the page is theirs, and worker-only lists answer
        given().auth().oauth2(token).when().get(api("/api/v1/suggestions/mine")).then().statusCode(200)
                .body("items.title", org.hamcrest.Matchers.hasItem("新用户的金点子 " + run));
        given().auth().oauth2(token).when().get(api("/api/v1/ratings/mine")).then().statusCode(200);
        // and not as an admin
        given().auth().oauth2(token).when().get(api("/api/v1/ratings/qr/" + stationId)).then().statusCode(403);
    }

    /** What station-service's search says of "open now" for the station, in the page's words. */
    private String openNowAsTheSearchSays() {
        List<String> open = given().auth().oauth2(stack.password("worker1"))
                .when().get(api("/api/v1/stations/nearby?lat=26.0870&lon=119.2990&radius=200&limit=50&openNow=true"))
                .then().statusCode(200).extract().path("id");
        return open.contains(stationId) ? "正在开放" : "当前未开放";
    }

    @Test
    void aWorkerSeesTheStationsHoursCallsTheButlerAndFollowsTheRequestToResolved() throws Exception {
        String note = "手机没电了，借个充电线 " + run;
        BrowserScenario.run(stack, "worker-help", Map.of("STATION_ID", stationId, "STATION_NAME", stationName,
                "HELP_NOTE", note, "EXPECT_OPEN", openNowAsTheSearchSays(), "DOCS_IMG", docsImg.toString()));

        String worker = stack.password("worker1");
        String id = given().auth().oauth2(worker).when().get(api("/api/v1/help/requests/mine")).then().statusCode(200)
                .extract().path("find { it.note == '" + note + "' }.id");
        assertThat(id).as("the page's request is the worker's, as the API lists it").isNotNull();
        given().auth().oauth2(worker).when().get(api("/api/v1/help/requests/mine")).then()
                .body("find { it.id == '" + id + "' }.status", equalTo("OPEN"))
                .body("find { it.id == '" + id + "' }.category", equalTo("CHARGING"))
                .body("find { it.id == '" + id + "' }.stationId", equalTo(stationId));
        // the station's side: the city admin accepts and resolves it (a butler on duty would do the same)
        String admin = stack.password("fuzhou-admin");
        given().auth().oauth2(admin).when().post(api("/api/v1/help/requests/" + id + "/accept")).then().statusCode(200);
        given().auth().oauth2(admin).when().post(api("/api/v1/help/requests/" + id + "/resolve")).then().statusCode(200);

        BrowserScenario.run(stack, "worker-help-resolved", Map.of("HELP_NOTE", note, "DOCS_IMG", docsImg.toString()));
        given().auth().oauth2(worker).when().get(api("/api/v1/help/requests/mine")).then()
                .body("find { it.id == '" + id + "' }.status", equalTo("RESOLVED"))
                .body("find { it.id == '" + id + "' }.resolvedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aWorkerFilesARightsCaseReadsTheDesksAnswerAndReplies() throws Exception {
        String text = "平台拖欠 11 月配送费 2300 元，站点负责人失联 " + run;
        String worker = stack.password("worker1");
        BrowserScenario.run(stack, "worker-rights", Map.of("RIGHTS_TEXT", text, "DOCS_IMG", docsImg.toString()));
        String number = given().auth().oauth2(worker).when().get(api("/api/v1/rights/cases/mine")).then().statusCode(200)
                .extract().path("find { it.description == '" + text + "' }.caseNumber");
        String id = given().auth().oauth2(worker).when().get(api("/api/v1/rights/cases/mine")).then()
                .extract().path("find { it.description == '" + text + "' }.id");
        assertThat(number).as("the case the page filed").isNotNull();

        String desk = stack.password("fuzhou-rights");
        String answer = "您好，已收到，请准备接单记录截图，我们明天上午电话联系您 " + run;
        given().auth().oauth2(desk).contentType(ContentType.JSON).body(Map.of("body", answer))
                .when().post(api("/api/v1/rights/cases/" + id + "/replies")).then().statusCode(200);
        String reply = "好的，截图已准备，上午 10 点后都方便 " + run;
        BrowserScenario.run(stack, "worker-rights-thread", Map.of("CASE_NUMBER", number, "DESK_REPLY", answer,
                "WORKER_REPLY", reply, "DOCS_IMG", docsImg.toString()));

        given().auth().oauth2(desk).when().get(api("/api/v1/rights/cases/" + id)).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("phone", equalTo("13900007777"))
                .body("replies.from", equalTo(List.of("DESK", "WORKER")))
                .body("replies[1].body", equalTo(reply));
    }

    @Test
    void aWorkerAppliesToJoinTheUnionAndOnceApprovedSeesTheGiftPack() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String gift = "新会员礼包-" + run;
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("tenant", "fuzhou", "name", gift, "unitValueFen", 5000, "membersOnly", true, "oncePerWorker", true))
                .when().post(api("/api/v1/supplies")).then().statusCode(201);
        BrowserScenario.run(stack, "worker-membership", Map.of("STATION_NAME", stationName, "DOCS_IMG", docsImg.toString()));

        String worker = stack.password("worker1");
        String id = given().auth().oauth2(worker).when().get(api("/api/v1/membership/applications/mine")).then().statusCode(200)
                .body("find { it.stationId == '" + stationId + "' }.status", equalTo("PENDING"))
                .body("find { it.stationId == '" + stationId + "' }.platform", equalTo("MEITUAN"))
                .extract().path("find { it.stationId == '" + stationId + "' }.id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("approve", true, "note", "欢迎入会"))
                .when().post(api("/api/v1/membership/applications/" + id + "/decision")).then().statusCode(200);

        BrowserScenario.run(stack, "worker-membership-member", Map.of("STATION_NAME", stationName, "GIFT_NAME", gift,
                "DOCS_IMG", docsImg.toString()));
        given().auth().oauth2(worker).when().get(api("/api/v1/membership/applications/mine")).then()
                .body("find { it.id == '" + id + "' }.status", equalTo("APPROVED"))
                .body("find { it.id == '" + id + "' }.membershipId", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anotherWorkerClaimsAWishFromTheBoardAndItsAuthorConfirmsItCameTrue() throws Exception {
        String author = stack.password("worker1");
        String admin = stack.password("fuzhou-admin");
        String text = "想要一个电动车挡风被 " + run;
        String id = given().auth().oauth2(author).contentType(ContentType.JSON)
                .body(Map.of("category", "WORK_GEAR", "description", text, "valueCapFen", 8000, "stationId", stationId))
                .when().post(api("/api/v1/wishes")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post(api("/api/v1/wishes/" + id + "/review")).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        BrowserScenario.run(stack, "worker-wish-claim", Map.of("WISH_TEXT", text, "STATION_NAME", stationName,
                "DOCS_IMG", docsImg.toString()));
        given().auth().oauth2(author).when().get(api("/api/v1/wishes/mine")).then().statusCode(200)
                .body("find { it.id == '" + id + "' }.status", equalTo("FULFILLED"));
        // off the board once claimed
        given().auth().oauth2(stack.password("worker2")).when().get(api("/api/v1/wishes?tenant=fuzhou")).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
    }

    @Test
    void aWorkerReadsTheCitysAdoptedIdeasWithTheUnionsReply() throws Exception {
        String title = "驿站门口加装雨棚 " + run;
        String id = given().auth().oauth2(stack.password("worker2")).contentType(ContentType.JSON)
                .body(Map.of("stationId", stationId, "title", title, "body", "下雨天等单没有地方停车避雨"))
                .when().post(api("/api/v1/suggestions")).then().statusCode(201).extract().path("id");
        String admin = stack.password("fuzhou-admin");
        String reply = "已采纳，雨棚将于下月装好，谢谢您的建议 " + run;
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "ACKNOWLEDGED", "reply", "已收到"))
                .when().post(api("/api/v1/suggestions/" + id + "/answers")).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("status", "ADOPTED", "reply", reply))
                .when().post(api("/api/v1/suggestions/" + id + "/answers")).then().statusCode(200);
        // what the page must show is what the public list says
        given().when().get(api("/api/v1/suggestions/adopted?tenant=fuzhou&size=50")).then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.reply", equalTo(reply));

        BrowserScenario.run(stack, "worker-adopted", Map.of("IDEA_TITLE", title, "IDEA_REPLY", reply,
                "DOCS_IMG", docsImg.toString()));
    }

    @Test
    void aWorkerFindsWhatTheStationsDonationCornerHoldsInBothLanguages() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String item = "冬季骑行手套-" + run;
        String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", stationId, "item", item, "donor", "鼓楼区爱心企业", "quantity", 10))
                .when().post(api("/api/v1/donations")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("quantity", 3))
                .when().post(api("/api/v1/donations/" + id + "/taken")).then().statusCode(200).body("remaining", equalTo(7));
        Integer left = given().auth().oauth2(stack.password("worker1")).when().get(api("/api/v1/donations?stationId=" + stationId))
                .then().statusCode(200).extract().path("find { it.id == '" + id + "' }.remaining");

        BrowserScenario.run(stack, "worker-donation", Map.of("STATION_ID", stationId, "DONATION_ITEM", item,
                "DONATION_LEFT", String.valueOf(left), "DOCS_IMG", docsImg.toString()));
        assertThat(left).isEqualTo(7);
    }

    private byte[] poster(String admin) {
        return given().auth().oauth2(admin).when().get(api("/api/v1/ratings/qr/" + stationId + "/poster.png"))
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    /** The code on the printed poster, read as a phone's scanner reads it. */
    static String decode(byte[] png) throws Exception {
        return QrScanner.read(png);
    }
}
