package io.yizhan.station.search.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.yizhan.common.geo.Gcj02;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.station.registry.service.AmenityVocabulary;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Search on a real-looking piece of Fuzhou: a rider's route from Fuzhou railway station south
 * along Wusi Road past Dongjiekou to Zhongting Street, with stations beside, behind and off it.
 */
@QuarkusTest
class StationSearchResourceTest {

    static final String PROBLEM = "application/problem+json";
    static final List<Map<String, Double>> ROUTE = List.of(
            Map.of("lat", 26.1127, "lon", 119.3157),   // 福州火车站
            Map.of("lat", 26.0950, "lon", 119.3050),
            Map.of("lat", 26.0800, "lon", 119.3030),   // 东街口
            Map.of("lat", 26.0650, "lon", 119.3050),
            Map.of("lat", 26.0535, "lon", 119.3072));  // 中亭街

    static String nearStart;
    static String wusiRoad;
    static String southOfDongjiekou;
    static String behindStart;
    static String offRoute;
    static String suspended;
    static String planned;
    static String allNight;

    /** Once per class, but after Quarkus has started and given rest-assured its port. */
    @BeforeEach
    void registerStations() {
        if (allNight != null) {
            return;
        }
        nearStart = open(station("火车站南广场驿站", 26.1100, 119.3140, List.of("microwave", "water_dispenser"), weekdays("08:00", "20:00")));
        wusiRoad = open(station("五四路驿站", 26.0880, 119.3045, List.of("microwave"), weekdays("08:00", "20:00")));
        southOfDongjiekou = open(station("八一七路驿站", 26.0700, 119.3060, List.of("toilet"), overnight()));
        behindStart = open(station("北站后驿站", 26.1150, 119.3170, List.of("microwave"), weekdays("08:00", "20:00")));
        offRoute = open(station("远离路线驿站", 26.0800, 119.3200, List.of("microwave"), weekdays("08:00", "20:00")));
        suspended = register(station("暂停驿站", 26.0600, 119.3055, List.of("microwave"), weekdays("08:00", "20:00")));
        status(suspended, "OPEN");
        status(suspended, "SUSPENDED");
        planned = register(station("筹建驿站", 26.0810, 119.3035, List.of("microwave"), weekdays("08:00", "20:00")));
        Map<String, Object> night = station("东街口24小时驿站", 26.0805, 119.3028, List.of("toilet", "ebike_charging"), null);
        night.put("type", "TWENTY_FOUR_HOUR");
        allNight = open(night);
    }

    static Map<String, Object> station(String name, double lat, double lon, List<String> amenities, Map<String, Object> hours) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "address", "福州市鼓楼区", "district", "鼓楼区",
                "lat", lat, "lon", lon, "type", "STANDALONE", "amenities", amenities));
        if (hours != null) {
            body.put("hours", hours);
        }
        return body;
    }

    static Map<String, Object> weekdays(String opens, String closes) {
        List<Map<String, Object>> weekly = new java.util.ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            weekly.add(Map.of("day", day, "opens", opens, "closes", closes));
        }
        return Map.of("open24h", false, "weekly", weekly,
                "exceptions", List.of(Map.of("date", "2026-12-02", "closed", true, "note", "设备检修")));
    }

    static Map<String, Object> overnight() {
        return Map.of("open24h", false, "weekly", List.of(Map.of("day", 2, "opens", "22:00", "closes", "02:00")));
    }

    static String register(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/stations").then().statusCode(201).extract().path("id");
    }

    static void status(String id, String status) {
        given().auth().oauth2(TestTokens.cityAdmin("fuzhou")).contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "测试")).when().post("/api/v1/stations/{id}/status", id)
                .then().statusCode(200).body("status", equalTo(status));
    }

    static String open(Map<String, Object> body) {
        String id = register(body);
        status(id, "OPEN");
        return id;
    }

    static List<String> ids(io.restassured.response.Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("id", String.class);
    }

    io.restassured.response.Response nearby(Map<String, ?> params) {
        return given().auth().oauth2(TestTokens.worker()).queryParams(params).when().get("/api/v1/stations/nearby");
    }

    @Test
    void alongTheRouteStationsComeInRouteOrderAndNoneBehindOrOffTheCorridor() {
        io.restassured.response.Response response = given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON)
                .body(Map.of("points", ROUTE, "corridor", 500))
                .when().post("/api/v1/stations/along-route");
        List<String> found = ids(response);
        assertThat(found).containsSubsequence(nearStart, wusiRoad, allNight, southOfDongjiekou)
                .doesNotContain(behindStart, offRoute, suspended, planned);
        List<Integer> along = response.jsonPath().getList("alongRouteM", Integer.class);
        assertThat(along).isSorted();
        int wusi = found.indexOf(wusiRoad);
        assertThat(response.jsonPath().getInt("[" + wusi + "].offRouteM")).isBetween(0, 500);
        assertThat(along.get(wusi)).isBetween(1500, 3500);
    }

    @Test
    void anEncodedPolylineIsTheSameRoute() {
        // 福州火车站 → 东街口 → 中亭街, precision-5 encoding of the first, third and last points.
        String polyline = encode(List.of(ROUTE.get(0), ROUTE.get(2), ROUTE.get(4)));
        List<String> found = ids(given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("polyline", polyline, "corridor", 600)).when().post("/api/v1/stations/along-route"));
        assertThat(found).containsSubsequence(nearStart, wusiRoad, southOfDongjiekou).doesNotContain(behindStart);
    }

    @Test
    void badRoutesAreRefusedWithTheFieldNamed() {
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("points", List.of(ROUTE.get(0)))).when().post("/api/v1/stations/along-route")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("points"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("points", ROUTE, "corridor", 6000)).when().post("/api/v1/stations/along-route")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("corridor"));
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("polyline", "!!!")).when().post("/api/v1/stations/along-route")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("polyline"));
        List<Map<String, Double>> tooLong = new java.util.ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            tooLong.add(Map.of("lat", 26.0 + i * 1e-5, "lon", 119.3));
        }
        given().auth().oauth2(TestTokens.worker()).contentType(ContentType.JSON)
                .body(Map.of("points", tooLong)).when().post("/api/v1/stations/along-route")
                .then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("points"));
    }

    @Test
    void nearbyIsNearestFirstWithDistancesAndOnlyRunningStations() {
        io.restassured.response.Response response = nearby(Map.of("lat", 26.0800, "lon", 119.3030, "radius", 5000, "limit", 100));
        List<String> found = ids(response);
        assertThat(found).contains(allNight, wusiRoad, southOfDongjiekou).doesNotContain(suspended, planned);
        assertThat(found.indexOf(allNight)).isLessThan(found.indexOf(wusiRoad));
        assertThat(response.jsonPath().getList("distanceM", Integer.class)).isSorted();
        assertThat(response.jsonPath().getInt("[" + found.indexOf(allNight) + "].distanceM")).isBetween(0, 100);
    }

    @Test
    void nearbyComesInTheOrderOfTheDistanceItReports() {
        // 26.00 N: 0.01 degree north is 1,107.9 m on the spheroid (1,112.0 m on a sphere); the east station
        // is 1,110.9 m on the spheroid, 3 m farther, but 1,108.9 m on a sphere, nearer. The distance reported
        // is the spheroid's, so north comes first.
        String north = open(station("正北驿站", 26.0100, 119.2000, List.of(), null));
        String east = open(station("正东驿站", 26.0000, 119.2110957, List.of(), null));
        io.restassured.response.Response response = nearby(Map.of("lat", 26.0000, "lon", 119.2000, "radius", 2000, "limit", 10));
        List<String> found = ids(response);                 // (other classes' stations may lie near too)
        assertThat(found).containsSubsequence(north, east);
        assertThat(response.jsonPath().getInt("[" + found.indexOf(north) + "].distanceM")).isEqualTo(1108);
        assertThat(response.jsonPath().getInt("[" + found.indexOf(east) + "].distanceM")).isEqualTo(1111);
        assertThat(response.jsonPath().getList("distanceM", Integer.class)).isSorted();
    }

    @Test
    void nearbyFiltersByAmenitiesTypeAnd24Hours() {
        List<String> microwaves = ids(nearby(Map.of("lat", 26.08, "lon", 119.303, "radius", 5000, "amenities", "microwave")));
        assertThat(microwaves).contains(wusiRoad, nearStart).doesNotContain(allNight, southOfDongjiekou);
        List<String> both = ids(nearby(Map.of("lat", 26.08, "lon", 119.303, "radius", 5000, "amenities", "microwave,water_dispenser")));
        assertThat(both).contains(nearStart).doesNotContain(wusiRoad);
        List<String> allDay = ids(nearby(Map.of("lat", 26.08, "lon", 119.303, "radius", 5000, "open24h", true)));
        assertThat(allDay).contains(allNight).doesNotContain(wusiRoad);
        List<String> typed = ids(nearby(Map.of("lat", 26.08, "lon", 119.303, "radius", 5000, "type", "twenty_four_hour")));
        assertThat(typed).contains(allNight).doesNotContain(wusiRoad);
    }

    @Test
    void openAtFollowsTheWeeklyHoursExceptionsAndOvernightWindows() {
        Map<String, Object> point = Map.of("lat", 26.08, "lon", 119.303, "radius", 5000);
        List<String> tuesdayMorning = ids(nearby(with(point, "openAt", "2026-12-01T10:00:00+08:00")));
        assertThat(tuesdayMorning).contains(wusiRoad, allNight).doesNotContain(southOfDongjiekou);
        List<String> tuesdayLate = ids(nearby(with(point, "openAt", "2026-12-01T21:00:00+08:00")));
        assertThat(tuesdayLate).contains(allNight).doesNotContain(wusiRoad, southOfDongjiekou);
        List<String> afterMidnight = ids(nearby(with(point, "openAt", "2026-12-02T01:30:00+08:00")));
        assertThat(afterMidnight).contains(southOfDongjiekou, allNight).doesNotContain(wusiRoad);
        List<String> closedForRepairs = ids(nearby(with(point, "openAt", "2026-12-02T10:00:00+08:00")));
        assertThat(closedForRepairs).contains(allNight).doesNotContain(wusiRoad);
        // The same instant in UTC is the same answer: 02:00Z is 10:00 in Fuzhou.
        assertThat(ids(nearby(with(point, "openAt", "2026-12-01T02:00:00Z")))).contains(wusiRoad);
    }

    @Test
    void gcj02CoordinatesGoInAndComeOut() {
        Gcj02.LatLon gcj = Gcj02.fromWgs84(26.0880, 119.3045);
        io.restassured.response.Response response = nearby(Map.of("lat", gcj.lat(), "lon", gcj.lon(), "radius", 200, "crs", "gcj02"));
        List<String> found = ids(response);
        assertThat(found).first().isEqualTo(wusiRoad);
        assertThat(response.jsonPath().getInt("[0].distanceM")).isLessThanOrEqualTo(1);
        var exact = response.jsonPath(JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
        assertThat(exact.getDouble("[0].lat")).isCloseTo(gcj.lat(), within(1e-6));
        assertThat(exact.getDouble("[0].lon")).isCloseTo(gcj.lon(), within(1e-6));
        nearby(Map.of("lat", 26.08, "lon", 119.30, "crs", "bd09")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("crs"));
    }

    @Inject
    AmenityVocabulary vocabulary;

    @Test
    void aFilteredSearchReloadsTheAmenityVocabularyInASessionOfItsOwn() {
        // a search opens no Hibernate session; the vocabulary's reload (every 30 s) must open one itself
        vocabulary.invalidate();
        nearby(Map.of("lat", 26.08, "lon", 119.30, "radius", 5000, "amenities", "microwave")).then().statusCode(200);
        vocabulary.invalidate();
        nearby(Map.of("lat", 26.08, "lon", 119.30, "amenities", "jacuzzi")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("amenities"));
    }

    @Test
    void badNearbyQueriesNameTheField() {
        nearby(Map.of("lat", 1.3, "lon", 150.0)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("lat")).body("violations.field", hasItem("lon"));
        nearby(Map.of("lat", 26.08, "lon", 119.30, "radius", 60000)).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("radius"));
        nearby(Map.of("lat", 26.08, "lon", 119.30, "amenities", "microwave,jacuzzi")).then().statusCode(400)
                .contentType(PROBLEM).body("violations.field", hasItem("amenities"));
        nearby(Map.of("lat", 26.08, "lon", 119.30, "type", "castle")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("type"));
        nearby(Map.of("lon", 119.30)).then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("lat"));
        nearby(Map.of("lat", 26.08, "lon", 119.30, "openAt", "tomorrow")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("openAt"));
        given().queryParams(Map.of("lat", 26.08, "lon", 119.30)).when().get("/api/v1/stations/nearby")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aCrowdedViewportIsClusteredAndAStreetViewShowsStations() throws Exception {
        try (Connection db = DriverManager.getConnection(
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                "postgres", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO station (id, tenant, name, address, district, lat, lon, station_type, status, created_at, updated_at)"
                    + " SELECT gen_random_uuid(), 'nanping', '南平测试驿站' || g, '南平市', '延平区', 26.60 + (g % 20) * 0.01,"
                    + " 118.10 + (g / 20) * 0.01, 'STANDALONE', 'OPEN', now(), now() FROM generate_series(0, 399) g");
        }
        io.restassured.response.Response clustered = given().auth().oauth2(TestTokens.worker())
                .queryParams(Map.of("minLat", 26.5, "minLon", 118.0, "maxLat", 26.9, "maxLon", 118.4))
                .when().get("/api/v1/stations/map");
        clustered.then().statusCode(200).body("mode", equalTo("clusters")).body("total", equalTo(400));
        assertThat(clustered.jsonPath().getList("clusters.count", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(400);
        given().auth().oauth2(TestTokens.worker())
                .queryParams(Map.of("minLat", 26.600, "minLon", 118.100, "maxLat", 26.625, "maxLon", 118.125))
                .when().get("/api/v1/stations/map").then().statusCode(200)
                .body("mode", equalTo("stations")).body("total", equalTo(9)).body("stations.size()", equalTo(9));
        given().auth().oauth2(TestTokens.worker())
                .queryParams(Map.of("minLat", 26.9, "minLon", 118.0, "maxLat", 26.5, "maxLon", 118.4))
                .when().get("/api/v1/stations/map").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void theMapCountsAndShowsOnlyTheStationsThatPassTheSearchFilters() throws Exception {
        // 480 stations on a 24 × 20 grid near Wuyishan: two in three open around the clock (320), one in four
        // with a microwave (120), both 80
        try (Connection db = DriverManager.getConnection(
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                "postgres", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO station (id, tenant, name, address, district, lat, lon, station_type, status, open_24h, amenities,"
                    + " created_at, updated_at)"
                    + " SELECT gen_random_uuid(), 'nanping', '武夷山测试驿站' || g, '南平市武夷山市', '武夷山市', 27.30 + (g % 24) * 0.01,"
                    + " 117.00 + (g / 24) * 0.01, CASE WHEN g % 3 <> 0 THEN 'TWENTY_FOUR_HOUR' ELSE 'STANDALONE' END, 'OPEN', g % 3 <> 0,"
                    + " CASE WHEN g % 4 = 0 THEN '[\"microwave\"]' ELSE '[]' END::jsonb, now(), now() FROM generate_series(0, 479) g");
        }
        Map<String, Object> view = Map.of("minLat", 27.25, "minLon", 116.95, "maxLat", 27.60, "maxLon", 117.25);
        io.restassured.response.Response all = map(view);
        all.then().statusCode(200).body("mode", equalTo("clusters")).body("total", equalTo(480));

        io.restassured.response.Response allDay = map(with(view, "open24h", true));
        allDay.then().statusCode(200).body("mode", equalTo("clusters")).body("total", equalTo(320));
        assertThat(allDay.jsonPath().getList("clusters.count", Integer.class).stream().mapToInt(Integer::intValue).sum()).isEqualTo(320);
        map(with(view, "type", "twenty_four_hour")).then().statusCode(200).body("total", equalTo(320));

        io.restassured.response.Response microwaves = map(with(view, "amenities", "microwave"));
        microwaves.then().statusCode(200).body("mode", equalTo("stations")).body("total", equalTo(120)).body("stations.size()", equalTo(120));
        assertThat(microwaves.jsonPath().getList("stations.amenities", List.class)).allSatisfy(a -> assertThat(a).contains("microwave"));
        List<String> ids = microwaves.jsonPath().getList("stations.id", String.class);
        assertThat(ids).isSorted();

        io.restassured.response.Response both = map(with(with(view, "amenities", "microwave"), "open24h", true));
        both.then().statusCode(200).body("mode", equalTo("stations")).body("total", equalTo(80));
        assertThat(both.jsonPath().getList("stations.open24h", Boolean.class)).hasSize(80).containsOnly(true);

        // the same filter checks as nearby: each bad one a 400 naming its field
        map(with(view, "amenities", "flying_carpet")).then().statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("amenities"));
        map(with(view, "type", "castle")).then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("type"));
        map(with(view, "openAt", "tomorrow")).then().statusCode(400).contentType(PROBLEM).body("violations.field", hasItem("openAt"));
    }

    @Test
    void aCrowdedViewIsClusteredFromTheCountedCellsAndFollowsStationsThatClose() throws Exception {
        // 400 stations 0.02° apart near Lhasa, all open around the clock
        String jdbc = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection db = DriverManager.getConnection(jdbc, "postgres", ""); Statement sql = db.createStatement()) {
            sql.execute("DELETE FROM station WHERE tenant = 'lhasa'");
            sql.execute("INSERT INTO station (id, tenant, name, address, district, lat, lon, station_type, status, open_24h,"
                    + " created_at, updated_at) SELECT gen_random_uuid(), 'lhasa', '拉萨测试驿站' || g, '拉萨市', '城关区',"
                    + " 29.60 + (g % 20) * 0.02, 90.90 + (g / 20) * 0.02, 'TWENTY_FOUR_HOUR', 'OPEN', true, now(), now()"
                    + " FROM generate_series(0, 399) g");
        }
        // 0.6° across: 0.05° a cell on a 12-cell grid, so the counted cells of 1/16° (2^-4) answer
        Map<String, Object> view = Map.of("minLat", 29.5, "minLon", 90.8, "maxLat", 30.1, "maxLon", 91.4);
        io.restassured.response.Response all = map(view);
        all.then().statusCode(200).body("mode", equalTo("clusters")).body("total", equalTo(400));
        List<Map<String, Object>> clusters = all.jsonPath().getList("clusters");
        assertThat(clusters).hasSizeGreaterThan(1).allSatisfy(c -> {
            // every cluster is one whole 1/16° cell (a grouping of the stations as they stand would use 0.05° cells)
            assertThat(Math.floor(((Number) c.get("minLat")).doubleValue() * 16)).isEqualTo(Math.floor(((Number) c.get("maxLat")).doubleValue() * 16));
            assertThat(Math.floor(((Number) c.get("minLon")).doubleValue() * 16)).isEqualTo(Math.floor(((Number) c.get("maxLon")).doubleValue() * 16));
            double lat = ((Number) c.get("lat")).doubleValue();
            assertThat(lat).isBetween(((Number) c.get("minLat")).doubleValue(), ((Number) c.get("maxLat")).doubleValue());
        });
        assertThat(clusters.stream().mapToInt(c -> ((Number) c.get("count")).intValue()).sum()).isEqualTo(400);

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", ""); Statement sql = db.createStatement()) {
            assertThat(sql.executeUpdate("UPDATE station SET status = 'SUSPENDED' WHERE tenant = 'lhasa' AND lon < 90.95")).isEqualTo(60);
        }
        map(view).then().statusCode(200).body("mode", equalTo("clusters")).body("total", equalTo(340));
        map(with(view, "open24h", true)).then().statusCode(200).body("total", equalTo(340));
        map(with(view, "type", "standalone")).then().statusCode(200).body("mode", equalTo("stations")).body("total", equalTo(0));
        // an opening-time filter is not counted ahead: the stations are grouped as they stand, same total
        map(with(view, "openAt", "2026-03-11T03:00:00+08:00")).then().statusCode(200).body("mode", equalTo("clusters")).body("total", equalTo(340));

        try (Connection db = DriverManager.getConnection(jdbc, "postgres", ""); Statement sql = db.createStatement()) {
            sql.execute("DELETE FROM station WHERE tenant = 'lhasa'");
        }
        map(view).then().statusCode(200).body("mode", equalTo("stations")).body("total", equalTo(0));
    }

    static io.restassured.response.Response map(Map<String, ?> params) {
        return given().auth().oauth2(TestTokens.worker()).queryParams(params).when().get("/api/v1/stations/map");
    }

    static Map<String, Object> with(Map<String, Object> params, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(params);
        copy.put(key, value);
        return copy;
    }

    /** The encoded polyline algorithm, written out here so the test does not trust the decoder it checks. */
    static String encode(List<Map<String, Double>> points) {
        StringBuilder out = new StringBuilder();
        long lastLat = 0;
        long lastLon = 0;
        for (Map<String, Double> p : points) {
            long lat = Math.round(p.get("lat") * 1e5);
            long lon = Math.round(p.get("lon") * 1e5);
            encodeValue(lat - lastLat, out);
            encodeValue(lon - lastLon, out);
            lastLat = lat;
            lastLon = lon;
        }
        return out.toString();
    }

    static void encodeValue(long value, StringBuilder out) {
        long v = value < 0 ? ~(value << 1) : value << 1;
        while (v >= 0x20) {
            out.append((char) ((0x20 | (v & 0x1f)) + 63));
            v >>= 5;
        }
        out.append((char) (v + 63));
    }
}
