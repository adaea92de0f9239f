package io.yizhan.system;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
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
                        "lat", 26.0870, "lon", 119.2990, "type", "STANDALONE", "contactPhone", "13900003333"))
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("status", "OPEN", "reason", "海报测试 / poster test"))
                .when().post(api("/api/v1/stations/" + stationId + "/status")).then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/ratings/stations/" + stationId))
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

    private byte[] poster(String admin) {
        return given().auth().oauth2(admin).when().get(api("/api/v1/ratings/qr/" + stationId + "/poster.png"))
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    /** ZXing's reader, as any phone's scanner would read the printed code. */
    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
    }
}
