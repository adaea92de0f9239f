package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The admin console's issue-19 screens in a real browser (portal/src/main/webapp/e2e/console.e2e.mjs):
 * each scenario performs its screen's main action; the result is then read back through the API.
 * Screenshots go to docs/img as well.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class ConsoleBrowserIT {

    PlatformStack stack;
    String run;
    String docsImg;

    @BeforeAll
    void prepare(PlatformStack stack) throws Exception {
        this.stack = stack;
        run = Long.toString(System.currentTimeMillis() % 100000, 36);
        docsImg = Files.createDirectories(stack.root.resolve("docs/img")).toString();
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    @Test
    void fuzhouAdminDownloadsAStationsPosterAndRotatesItsQr() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String station = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "二维码浏览器测试驿站-" + run, "address", "福州市鼓楼区东街 1 号", "district", "鼓楼区",
                        "lat", 26.0880, "lon", 119.3010, "type", "STANDALONE"))
                .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
        // rating-service knows the station once its replica arrived
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).queryParam("format", "json").when().get(api("/api/v1/ratings/qr/" + station))
                        .then().statusCode(200));
        var before = given().auth().oauth2(admin).queryParam("format", "json").when().get(api("/api/v1/ratings/qr/" + station))
                .then().statusCode(200).extract().jsonPath();

        BrowserScenario.run(stack, "admin-station-qr", Map.of("STATION_ID", station, "DOCS_IMG", docsImg));

        var after = given().auth().oauth2(admin).queryParam("format", "json").when().get(api("/api/v1/ratings/qr/" + station))
                .then().statusCode(200).extract().jsonPath();
        assertThat(after.getInt("version")).isEqualTo(before.getInt("version") + 1);
        assertThat(after.getString("token")).isNotEqualTo(before.getString("token"));
    }

    @Test
    void theProvinceRegistersAndSuspendsAPartnerPlatform() throws Exception {
        String clientId = "browser-" + run;
        BrowserScenario.run(stack, "admin-partners", Map.of("PARTNER_CLIENT", clientId, "DOCS_IMG", docsImg));

        List<Map<String, Object>> partners = given().auth().oauth2(stack.password("province-admin")).queryParam("size", 200)
                .when().get(api("/api/v1/partner/partners")).then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> mine = partners.stream().filter(p -> clientId.equals(p.get("clientId"))).findFirst().orElseThrow();
        assertThat(mine.get("status")).isEqualTo("SUSPENDED");
        assertThat(mine.get("cities")).isEqualTo(List.of("fuzhou"));
    }

    @Test
    void fuzhouAdminExportsScorecardsAndTalliesAsExcel() throws Exception {
        BrowserScenario.run(stack, "admin-exports", Map.of());
        // what the browser saved is what the API serves to that admin
        given().auth().oauth2(stack.password("fuzhou-admin")).when().get(api("/api/v1/evaluation/scorecards.xlsx"))
                .then().statusCode(200).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void theProvinceSetsACitysYearlyTargets() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        int target = 300 + (int) (System.currentTimeMillis() % 97);
        BrowserScenario.run(stack, "admin-programme", Map.of("NEW_TARGET", String.valueOf(target), "TARGET_CITY", "pingtan",
                "DOCS_IMG", docsImg));

        given().auth().oauth2(stack.password("province-admin")).when().get(api("/api/v1/programme/" + year))
                .then().statusCode(200).body("cities.find { it.tenant == 'pingtan' }.target.newStations", equalTo(target));
    }

    /**
     * A phone photo as phones write it: 1200×900 sensor pixels with EXIF orientation 6 (show turned 90°
     * clockwise) and a GPS position in Fuzhou (system-tests/src/test/resources/photos/station-phone.jpg).
     */
    @Test
    void aStationManagerPutsUpAPhotoFromTheirPhoneUprightAndWithoutWhereItWasTaken() throws Exception {
        Path photo = Path.of(getClass().getResource("/photos/station-phone.jpg").toURI());
        assertThat(new String(Files.readAllBytes(photo), StandardCharsets.ISO_8859_1)).contains("Exif").contains("MM\0*");
        String station = "东街口驿站-" + run;
        String id = StackFixtures.openAroundTheClock(stack, station, "福州市鼓楼区东街口", "鼓楼区", 26.0868, 119.3005, "13900005555",
                List.of("fuzhou-manager"));

        BrowserScenario.run(stack, "desk-photos", Map.of("PHOTO_STATION", station, "PHOTO_FILE", photo.toString(),
                "EXPECT_SIZE", "900×1200", "DOCS_IMG", docsImg));

        String admin = stack.password("fuzhou-admin");
        List<Map<String, Object>> photos = given().auth().oauth2(admin).when().get(api("/api/v1/stations/" + id + "/photos"))
                .then().statusCode(200).extract().jsonPath().getList("");
        assertThat(photos).singleElement().satisfies(p -> assertThat(p).containsEntry("width", 900).containsEntry("height", 1200));
        byte[] stored = given().auth().oauth2(admin).when().get(api((String) photos.get(0).get("url")))
                .then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).as("no EXIF, no TIFF header of GPS data")
                .doesNotContain("Exif").doesNotContain("MM\0*").doesNotContain("II*\0");
        // the upload is on the station audit trail as the manager's
        List<Map<String, Object>> audit = given().auth().oauth2(admin).queryParam("size", 200).when().get(api("/api/v1/stations/audit"))
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(audit).filteredOn(row -> ("/api/v1/stations/" + id + "/photos").equals(row.get("path"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("method", "POST").containsEntry("roles", List.of("station-manager"))
                        .containsEntry("route", "/api/v1/stations/{id}/photos"));
    }
}
