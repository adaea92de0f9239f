package io.yizhan.system;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Issue 18, points 4 and 5, in Chromium against the whole stack: a worker pastes a winding route as an
 * encoded polyline and gets the stations along it in route order (stations a straight line between its
 * ends misses), and builds a route from the keyboard; a volunteer makes a secret calendar link, a
 * calendar app reads it without a login, and the link is replaced and revoked. Screenshots at 390×844
 * go to docs/img.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class RouteAndCalendarJourneyIT {

    /** A U-shaped route in Fuzhou (WGS-84): 1.2 km north, 1.2 km east, 1.2 km south. */
    static final double[][] ROUTE = {{26.0700, 119.2800}, {26.0808, 119.2800}, {26.0808, 119.2920}, {26.0700, 119.2920}};

    PlatformStack stack;
    String run;
    Path docsImg;
    final List<String> names = new ArrayList<>();
    final List<String> ids = new ArrayList<>();

    @BeforeAll
    void prepare(PlatformStack stack) throws Exception {
        this.stack = stack;
        run = Long.toString(System.currentTimeMillis() % 100000, 36);
        docsImg = Files.createDirectories(stack.root.resolve("docs/img"));
        String admin = stack.password("fuzhou-admin");
        // one station beside each leg, all more than the 500 m corridor from the straight line start → end
        double[][] beside = {{26.0760, 119.2802}, {26.0810, 119.2860}, {26.0750, 119.2918}};
        String[] label = {"沿途一", "沿途二", "沿途三"};
        for (int i = 0; i < beside.length; i++) {
            String name = label[i] + "驿站-" + run;
            String id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("name", name, "address", "福州市鼓楼区测试路 " + (i + 1) + " 号", "district", "鼓楼区",
                            "lat", beside[i][0], "lon", beside[i][1], "type", "STANDALONE", "contactPhone", "13900004444"))
                    .when().post(api("/api/v1/stations")).then().statusCode(201).extract().path("id");
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("status", "OPEN", "reason", "沿途测试 / route test"))
                    .when().post(api("/api/v1/stations/" + id + "/status")).then().statusCode(200);
            names.add(name);
            ids.add(id);
        }
    }

    @Test
    void aWorkerPastesAWindingRouteAndSeesTheStationsAlongItInRouteOrder() throws Exception {
        String worker = stack.password("worker1");
        String polyline = encode(ROUTE);
        // what the API says about this route, and about the straight line between its ends
        var along = given().auth().oauth2(worker).contentType(ContentType.JSON).body(Map.of("polyline", polyline, "corridor", 500))
                .when().post(api("/api/v1/stations/along-route")).then().statusCode(200).extract().jsonPath();
        List<String> found = along.getList("name", String.class).stream().filter(names::contains).toList();
        assertThat(found).containsExactlyElementsOf(names);
        List<String> straight = given().auth().oauth2(worker).contentType(ContentType.JSON)
                .body(Map.of("points", List.of(Map.of("lat", ROUTE[0][0], "lon", ROUTE[0][1]), Map.of("lat", ROUTE[3][0], "lon", ROUTE[3][1])),
                        "corridor", 500))
                .when().post(api("/api/v1/stations/along-route")).then().statusCode(200).extract().jsonPath().getList("name", String.class);
        assertThat(straight).as("the straight line misses them all").doesNotContainAnyElementsOf(names);

        BrowserScenario.run(stack, "route-polyline", Map.of("ROUTE_POLYLINE", polyline, "ROUTE_ORDER", String.join("|", names),
                "WORKER_LAT", String.valueOf(ROUTE[0][0]), "WORKER_LON", String.valueOf(ROUTE[0][1]), "DOCS_IMG", docsImg.toString()));
    }

    @Test
    void aVolunteerSubscribesWithASecretLinkThatIsReplacedAndRevoked() throws Exception {
        String admin = stack.password("fuzhou-admin");
        String station = ids.get(1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(admin).when().get(api("/api/v1/volunteers/stations/" + station))
                        .then().statusCode(200).body("status", equalTo("OPEN")));
        // a shift two days ahead (clear of the other browser scenarios' shifts), volunteer1 signed up
        LocalDate day = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2);
        String shift = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station, "date", day.toString(), "start", "14:00", "end", "16:00", "kind", "SERVICE_ACTIVITY",
                        "capacity", 3, "title", "日历订阅测试 " + run))
                .when().post(api("/api/v1/shifts")).then().statusCode(201).extract().path("[0].id");
        StackFixtures.volunteer1SignsUp(stack, shift);
        String volunteer = stack.password("volunteer1");

        BrowserScenario.run(stack, "volunteer-calendar", Map.of("SHIFT_STATION", names.get(1), "DOCS_IMG", docsImg.toString()));

        // the page ended with the link revoked: the API says there is none
        given().auth().oauth2(volunteer).when().get(api("/api/v1/volunteers/me/calendar-feed"))
                .then().statusCode(200).body("active", equalTo(false));
    }

    private String api(String path) {
        return stack.portalUrl() + path;
    }

    /** The encoded polyline algorithm (precision 5), written out here so the test does not trust the page's decoder. */
    static String encode(double[][] points) {
        StringBuilder out = new StringBuilder();
        long lastLat = 0;
        long lastLon = 0;
        for (double[] p : points) {
            long lat = Math.round(p[0] * 1e5);
            long lon = Math.round(p[1] * 1e5);
            value(out, lat - lastLat);
            value(out, lon - lastLon);
            lastLat = lat;
            lastLon = lon;
        }
        return out.toString();
    }

    private static void value(StringBuilder out, long v) {
        long n = v < 0 ? ~(v << 1) : v << 1;
        while (n >= 0x20) {
            out.append((char) ((0x20 | (n & 0x1f)) + 63));
            n >>= 5;
        }
        out.append((char) (n + 63));
    }
}
