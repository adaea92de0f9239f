package io.yizhan.rating.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.yizhan.common.testing.QrScanner;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.rating.TestStations;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class QrResourceTest {

    static final String PROBLEM = "application/problem+json";

    static String decode(byte[] png) throws Exception {
        return QrScanner.read(png);
    }

    /** The scan API call the portal's page {@code /s/{id}?t=} makes, to follow a QR link against the test server. */
    static String scanPathOf(String url) {
        URI uri = URI.create(url);
        assertThat(uri.getRawPath()).startsWith("/s/");
        return "/api/v1/ratings/scan/" + uri.getRawPath().substring(3) + "?" + uri.getRawQuery();
    }

    static String tokenOf(UUID station) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).accept("application/json")
                .when().get("/api/v1/ratings/qr/{id}", station).then().statusCode(200).extract().path("token");
    }

    @Test
    void thePngEncodesAUrlThatOpensTheStationsRatingForm() throws Exception {
        UUID station = TestStations.open("fuzhou", "扫码驿站");
        byte[] png = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(200).contentType("image/png").extract().asByteArray();
        String url = decode(png);
        // the portal's page for the station on the public origin (yizhan.public-base-url), not the API
        assertThat(url).startsWith("https://portal.yizhan.test/s/" + station + "?t=1.");

        // the page reads the station and the rating form from the scan API with the link's token
        given().when().get(scanPathOf(url)).then().statusCode(200)
                .body("stationId", equalTo(station.toString())).body("name", equalTo("扫码驿站"))
                .body("tags.code", hasItem("water_out")).body("qrToken", startsWith("1."));
    }

    @Test
    void svgWhenAskedForAndJsonForScripts() {
        UUID station = TestStations.open("fuzhou", "矢量驿站");
        given().auth().oauth2(TestTokens.provinceAdmin()).accept("image/svg+xml").when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(200).contentType("image/svg+xml").body(containsString("<svg"))
                .body(containsString("矢量驿站"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("format", "svg").when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(200).contentType("image/svg+xml");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", "20").when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("size"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).accept("application/json").when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(200).body("version", equalTo(1)).body("url", containsString(station.toString()));
    }

    @Test
    void rotationInvalidatesOlderPosters() {
        UUID station = TestStations.open("fuzhou", "换码驿站");
        String old = tokenOf(station);
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().post("/api/v1/ratings/qr/{id}/rotation", station)
                .then().statusCode(200).body("version", equalTo(2));
        String current = tokenOf(station);
        assertThat(current).startsWith("2.");

        given().queryParam("t", old).when().get("/api/v1/ratings/scan/{id}", station)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("t"))
                .body("detail", containsString("已更换"));
        given().queryParam("t", current).when().get("/api/v1/ratings/scan/{id}", station).then().statusCode(200);

        // volunteer-service learns the new version from rating-events (duty check-ins with the wall code).
        var rotated = io.yizhan.common.testing.TopicReader.read("rating-events",
                r -> station.toString().equals(r.key()) && r.value().contains("yizhan.rating.qr-rotated"),
                found -> !found.isEmpty(), java.time.Duration.ofSeconds(30));
        assertThat(rotated).hasSize(1);
        assertThat(rotated.get(0).value()).contains("\"version\":2");
    }

    @Test
    void anotherStationsOrAForgedTokenIsRefused() {
        UUID one = TestStations.open("fuzhou", "甲驿站");
        UUID other = TestStations.open("fuzhou", "乙驿站");
        String token = tokenOf(one);
        given().queryParam("t", token).when().get("/api/v1/ratings/scan/{id}", other)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("t"));
        given().queryParam("t", "1.AAAAAAAAAAAAAAAAAAAAAA").when().get("/api/v1/ratings/scan/{id}", one)
                .then().statusCode(400).contentType(PROBLEM);
        given().queryParam("t", "垃圾").when().get("/api/v1/ratings/scan/{id}", one).then().statusCode(400);
        given().when().get("/api/v1/ratings/scan/{id}", one).then().statusCode(400).body("violations.field", hasItem("t"));
    }

    @Test
    void onlyAdminsOfTheStationsCity() {
        UUID station = TestStations.open("fuzhou", "权限二维码驿站");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().post("/api/v1/ratings/qr/{id}/rotation", station)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("fuzhou")).when().get("/api/v1/ratings/qr/{id}", station)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().post("/api/v1/ratings/qr/{id}/rotation", station)
                .then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/v1/ratings/qr/{id}", station).then().statusCode(401).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/ratings/qr/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void delistedOrUnknownStationsCannotBeScanned() {
        UUID delisted = TestStations.create("fuzhou", "摘牌驿站", "DELISTED");
        String token = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).accept("application/json")
                .when().get("/api/v1/ratings/qr/{id}", delisted).then().statusCode(200).extract().path("token");
        given().queryParam("t", token).when().get("/api/v1/ratings/scan/{id}", delisted).then().statusCode(409).contentType(PROBLEM);
        given().queryParam("t", token).when().get("/api/v1/ratings/scan/{id}", UUID.randomUUID()).then().statusCode(404);
    }
}
