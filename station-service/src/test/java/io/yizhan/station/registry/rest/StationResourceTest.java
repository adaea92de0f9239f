package io.yizhan.station.registry.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.yizhan.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.yizhan.station.StationFixture.gulouStation;
import static io.yizhan.station.StationFixture.register;
import static io.yizhan.station.StationFixture.registerInFuzhou;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class StationResourceTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void cityAdminRegistersAPlannedStationInTheirCity() {
        register(TestTokens.cityAdmin("fuzhou"), gulouStation("五四路驿站"))
                .statusCode(201)
                .header("Location", containsString("/api/v1/stations/"))
                .body("id", notNullValue())
                .body("tenant", equalTo("fuzhou"))
                .body("cityName", equalTo("福州"))
                .body("status", equalTo("PLANNED"))
                .body("statusLabel", equalTo("筹建中"))
                .body("typeLabel", equalTo("独立驿站"))
                .body("contactPhone", equalTo("13812345678"))
                .body("version", equalTo(0));
    }

    @Test
    void provinceAdminRegistersInTheCityTheyName() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation("漳州古城驿站"));
        body.put("tenant", "zhangzhou");
        register(TestTokens.provinceAdmin(), body).statusCode(201).body("tenant", equalTo("zhangzhou"));
    }

    @Test
    void provinceAdminWithoutACityIsToldToNameOne() {
        register(TestTokens.provinceAdmin(), gulouStation("无城市驿站"))
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("tenant"))
                .body("detail", containsString("fuzhou"));
    }

    @Test
    void cityAdminCannotRegisterInAnotherCity() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation("越界驿站"));
        body.put("tenant", "xiamen");
        register(TestTokens.cityAdmin("fuzhou"), body).statusCode(403).contentType(PROBLEM)
                .body("status", equalTo(403));
    }

    @Test
    void workersStationManagersAndDevicesCannotRegister() {
        for (String token : new String[]{TestTokens.worker(), TestTokens.stationManager("fuzhou"),
                TestTokens.device("fuzhou"), TestTokens.partner()}) {
            register(token, gulouStation("不该登记")).statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void missingExpiredOrForeignTokensAre401() {
        given().contentType(ContentType.JSON).body(gulouStation("匿名"))
                .when().post("/api/v1/stations").then()
                .statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", startsWith("Bearer"));
        register(TestTokens.expired("fuzhou-admin", "fuzhou", "city-admin"), gulouStation("过期"))
                .statusCode(401).contentType(PROBLEM);
        register(TestTokens.forAudience("another-api", "fuzhou-admin", "fuzhou", "city-admin"), gulouStation("他人"))
                .statusCode(401).contentType(PROBLEM);
        register(TestTokens.cityAdmin("fuzhou") + "x", gulouStation("篡改")).statusCode(401).contentType(PROBLEM);
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation(""));
        body.put("lat", 1.3);      // Singapore: outside China
        body.put("lon", 139.7);    // Tokyo's longitude
        body.put("contactPhone", "12345");
        register(TestTokens.cityAdmin("fuzhou"), body)
                .statusCode(400).contentType(PROBLEM)
                .body("title", containsString("Invalid request"))
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("lat"))
                .body("violations.field", hasItem("lon"))
                .body("violations.field", hasItem("contactPhone"));
    }

    @Test
    void unknownTypeMalformedJsonAndUnknownFieldsAre400() {
        Map<String, Object> body = new java.util.HashMap<>(gulouStation("类型错误"));
        body.put("type", "CASTLE");
        register(TestTokens.cityAdmin("fuzhou"), body).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("type"));
        register(TestTokens.cityAdmin("fuzhou"), "{\"name\": ").statusCode(400).contentType(PROBLEM);
        Map<String, Object> extra = new java.util.HashMap<>(gulouStation("多余字段"));
        extra.put("faceImage", "base64...");
        register(TestTokens.cityAdmin("fuzhou"), extra).statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("faceImage"));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .when().post("/api/v1/stations").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void sameIdempotencyKeyGivesTheSameStationOnce() {
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gulouStation("幂等驿站"))
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gulouStation("幂等驿站"))
                .when().post("/api/v1/stations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(gulouStation("另一个驿站"))
                .when().post("/api/v1/stations").then().statusCode(422).contentType(PROBLEM);
    }

    @Test
    void anotherCitysAdminGetsNotFoundForAdminData() {
        String id = registerInFuzhou("台江驿站");
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(404).contentType(PROBLEM).body("contactName", nullValue());
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(200).body("contactName", equalTo("林晓"));
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(200).body("tenant", equalTo("fuzhou"));
    }

    @Test
    void workersSeePublicDataWithTheContactMasked() {
        String id = registerInFuzhou("仓山驿站");
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("仓山驿站"))
                .body("contactPhoneMasked", equalTo("138****5678"))
                .body("contactPhone", nullValue())
                .body("contactName", nullValue());
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void listsAreConfinedToTheCallersCity() {
        registerInFuzhou("晋安驿站");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 200)
                .when().get("/api/v1/stations").then().statusCode(200)
                .body("items.tenant", everyItem(equalTo("fuzhou")))
                .body("items.name", hasItem("晋安驿站"));
        given().auth().oauth2(TestTokens.cityAdmin("zhangzhou")).queryParam("tenant", "fuzhou")
                .when().get("/api/v1/stations").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).queryParam("size", 201)
                .when().get("/api/v1/stations").then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("size"));
    }

    static Map<String, Object> withField(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    static ValidatableResponse status(String token, String id, String status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", status, "reason", "测试"))
                .when().post("/api/v1/stations/{id}/status", id).then();
    }

    @Test
    void theLifeCycleAllowsOnlyItsStepsAndOnlyTheProvinceDelists() {
        String id = registerInFuzhou("生命周期驿站");
        String fuzhou = TestTokens.cityAdmin("fuzhou");
        status(fuzhou, id, "SUSPENDED").statusCode(409).contentType(PROBLEM);
        status(fuzhou, id, "OPEN").statusCode(200).body("status", equalTo("OPEN")).body("version", equalTo(1));
        status(fuzhou, id, "PLANNED").statusCode(409).contentType(PROBLEM);
        status(fuzhou, id, "SUSPENDED").statusCode(200).body("statusLabel", equalTo("暂停"));
        status(TestTokens.cityAdmin("zhangzhou"), id, "OPEN").statusCode(404).contentType(PROBLEM);
        status(TestTokens.stationManager("fuzhou"), id, "OPEN").statusCode(403).contentType(PROBLEM);
        status(fuzhou, id, "DELISTED").statusCode(403).contentType(PROBLEM);
        status(TestTokens.provinceAdmin(), id, "DELISTED").statusCode(200).body("status", equalTo("DELISTED"));
        status(TestTokens.provinceAdmin(), id, "OPEN").statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(fuzhou).contentType(ContentType.JSON).body(Map.of("reason", "无状态"))
                .when().post("/api/v1/stations/{id}/status", id).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("status"));
    }

    @Test
    void aManagerListsTheStationsTheyLookAfterInTheirOwnCityOnly() {
        String mine = registerInFuzhou("负责人名下的驿站");
        String other = registerInFuzhou("不归我管的驿站");
        String manager = TestTokens.stationManager("fuzhou");
        given().auth().oauth2(manager).when().get("/api/v1/stations/managed").then().statusCode(200)
                .body("id", not(hasItem(mine)));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("usernames", java.util.List.of("fuzhou-manager"))).when().put("/api/v1/stations/{id}/managers", mine)
                .then().statusCode(200);

        given().auth().oauth2(manager).when().get("/api/v1/stations/managed").then().statusCode(200)
                .body("id", hasItem(mine)).body("id", not(hasItem(other))).body("tenant", everyItem(equalTo("fuzhou")))
                .body("find { it.id == '" + mine + "' }.name", equalTo("负责人名下的驿站"));
        // the same login name carried into another city grants nothing over Fuzhou's stations
        given().auth().oauth2(TestTokens.token("fuzhou-manager", "zhangzhou", "station-manager")).when().get("/api/v1/stations/managed")
                .then().statusCode(200).body("id", not(hasItem(mine)));
        given().auth().oauth2(TestTokens.stationManager("zhangzhou")).when().get("/api/v1/stations/managed")
                .then().statusCode(200).body("id", not(hasItem(mine)));
        for (String token : new String[]{TestTokens.worker(), TestTokens.cityAdmin("fuzhou"), TestTokens.provinceAdmin()}) {
            given().auth().oauth2(token).when().get("/api/v1/stations/managed").then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void managersEditTheirOwnStationOnly() {
        String mine = registerInFuzhou("负责人的驿站");
        String other = registerInFuzhou("别人的驿站");
        String manager = TestTokens.stationManager("fuzhou");
        given().auth().oauth2(manager).when().get("/api/v1/stations/{id}/admin", mine).then().statusCode(404);

        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("usernames", java.util.List.of("fuzhou-manager"))).when().put("/api/v1/stations/{id}/managers", mine)
                .then().statusCode(200).body("managers", hasItem("fuzhou-manager"));
        given().auth().oauth2(manager).contentType(ContentType.JSON)
                .body(withField(gulouStation("负责人改名的驿站"), "amenities", java.util.List.of("microwave", "toilet")))
                .when().put("/api/v1/stations/{id}", mine).then().statusCode(200)
                .body("name", equalTo("负责人改名的驿站")).body("amenities", hasItem("toilet")).body("version", equalTo(2));
        // Other services learn who manages the station from its events (locker-service scopes managers by it).
        var events = io.yizhan.common.testing.TopicReader.read("station-events",
                r -> mine.equals(r.key()) && r.value().contains("\"managers\":[\"fuzhou-manager\"]"),
                found -> !found.isEmpty(), java.time.Duration.ofSeconds(30));
        org.assertj.core.api.Assertions.assertThat(events).isNotEmpty();
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(gulouStation("越权"))
                .when().put("/api/v1/stations/{id}", other).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.stationManager("zhangzhou")).contentType(ContentType.JSON).body(gulouStation("越界"))
                .when().put("/api/v1/stations/{id}", mine).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(gulouStation("工人"))
                .when().put("/api/v1/stations/{id}", mine).then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(Map.of("usernames", java.util.List.of("me")))
                .when().put("/api/v1/stations/{id}/managers", mine).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void postedHoursAreCheckedAndRecordWhoVerifiedThem() {
        String id = registerInFuzhou("营业时间驿站");
        Map<String, Object> hours = Map.of("open24h", false,
                "weekly", java.util.List.of(Map.of("day", 1, "opens", "08:00", "closes", "20:00"),
                        Map.of("day", 6, "opens", "22:00", "closes", "02:00")),
                "exceptions", java.util.List.of(Map.of("date", "2027-02-17", "closed", true, "note", "春节")));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(hours)
                .when().put("/api/v1/stations/{id}/hours", id).then().statusCode(200)
                .body("hours.weekly.size()", equalTo(2)).body("hours.exceptions[0].note", equalTo("春节"))
                .body("hoursVerifiedBy", equalTo("fuzhou-admin")).body("hoursVerifiedAt", notNullValue());

        Map<String, Object> same = Map.of("open24h", false, "weekly", java.util.List.of(Map.of("day", 1, "opens", "08:00", "closes", "08:00")));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(same)
                .when().put("/api/v1/stations/{id}/hours", id).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("hours.weekly[0]"));
        Map<String, Object> malformed = Map.of("open24h", false, "weekly", java.util.List.of(Map.of("day", 8, "opens", "8am", "closes", "25:00")));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(malformed)
                .when().put("/api/v1/stations/{id}/hours", id).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("weekly[0].day"))
                .body("violations.field", hasItem("weekly[0].opens"))
                .body("violations.field", hasItem("weekly[0].closes"));
        Map<String, Object> badDate = Map.of("open24h", true, "exceptions", java.util.List.of(Map.of("date", "2026-02-30", "closed", true)));
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(badDate)
                .when().put("/api/v1/stations/{id}/hours", id).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("hours.exceptions[0].date"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON).body(hours)
                .when().put("/api/v1/stations/{id}/hours", id).then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void amenitiesComeFromTheVocabularyWhichTheProvinceExtends() {
        register(TestTokens.cityAdmin("fuzhou"), withField(gulouStation("设施驿站"), "amenities", java.util.List.of("microwave", "sauna")))
                .statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("amenities"))
                .body("detail", containsString("sauna"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/stations/amenities").then().statusCode(200)
                .body("code", hasItem("microwave")).body("nameZh", hasItem("微波炉"));
        Map<String, Object> newAmenity = Map.of("code", "cooling_tea", "nameZh", "凉茶", "nameEn", "Cooling tea");
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(newAmenity)
                .when().post("/api/v1/stations/amenities").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(newAmenity)
                .when().post("/api/v1/stations/amenities").then().statusCode(201).body("nameZh", equalTo("凉茶"));
        given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON).body(newAmenity)
                .when().post("/api/v1/stations/amenities").then().statusCode(409).contentType(PROBLEM);
        register(TestTokens.cityAdmin("fuzhou"), withField(gulouStation("凉茶驿站"), "amenities", java.util.List.of("cooling_tea")))
                .statusCode(201).body("amenities", hasItem("cooling_tea"));
    }

    @Test
    void gcj02CoordinatesAreAcceptedAndReturnedByTheRegistry() {
        io.yizhan.common.geo.Gcj02.LatLon gcj = io.yizhan.common.geo.Gcj02.fromWgs84(26.0850, 119.2965);
        Map<String, Object> body = withField(withField(gulouStation("高德坐标驿站"), "lat", gcj.lat()), "lon", gcj.lon());
        String id = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).queryParam("crs", "gcj02")
                .body(body).when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
        var exact = io.restassured.path.json.config.JsonPathConfig.jsonPathConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE);
        var stored = given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).when().get("/api/v1/stations/{id}/admin", id)
                .then().statusCode(200).extract().jsonPath(exact);
        org.assertj.core.api.Assertions.assertThat(stored.getDouble("lat")).isCloseTo(26.0850, org.assertj.core.api.Assertions.within(1e-6));
        org.assertj.core.api.Assertions.assertThat(stored.getDouble("lon")).isCloseTo(119.2965, org.assertj.core.api.Assertions.within(1e-6));
        var shown = given().auth().oauth2(TestTokens.worker()).queryParam("crs", "gcj02").when().get("/api/v1/stations/{id}", id)
                .then().statusCode(200).extract().jsonPath(exact);
        org.assertj.core.api.Assertions.assertThat(shown.getDouble("lat")).isCloseTo(gcj.lat(), org.assertj.core.api.Assertions.within(1e-6));
        org.assertj.core.api.Assertions.assertThat(shown.getDouble("lon")).isCloseTo(gcj.lon(), org.assertj.core.api.Assertions.within(1e-6));
        given().auth().oauth2(TestTokens.worker()).queryParam("crs", "mars").when().get("/api/v1/stations/{id}", id)
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("crs"));
    }
}
