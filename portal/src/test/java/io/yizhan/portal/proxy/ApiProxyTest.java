package io.yizhan.portal.proxy;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.portal.StubServices;
import io.yizhan.portal.StubServices.Seen;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class ApiProxyTest {

    @BeforeEach
    void reset() {
        StubServices.SEEN.clear();
        StubServices.NEXT_STATUS.clear();
    }

    private static Seen last() {
        assertThat(StubServices.SEEN).isNotEmpty();
        return StubServices.SEEN.get(StubServices.SEEN.size() - 1);
    }

    @ParameterizedTest
    @CsvSource({
            "/api/v1/stations/map, station", "/api/v1/programme/2026, station", "/api/v1/evaluation/reports/summary, station",
            "/api/v1/lockers/nearby, locker", "/api/v1/supplies, locker", "/api/v1/reservations/mine, locker",
            "/api/v1/ratings/mine, rating", "/api/v1/suggestions, rating", "/api/v1/satisfaction/province, rating",
            "/api/v1/volunteers/me, volunteer", "/api/v1/shifts, volunteer", "/api/v1/wishes, volunteer",
            "/api/v1/health-checks, volunteer", "/api/v1/rights/cases, volunteer", "/api/v1/stations, station"})
    void eachPrefixReachesItsService(String path, String service) {
        given().when().get(path)
                .then().statusCode(200).header("X-Stub", service).body("uri", equalTo(path));
    }

    @Test
    void queryStringAndTokenPassUnchanged() {
        given().urlEncodingEnabled(false).auth().oauth2("the-token")
                .when().get("/api/v1/stations/map?minLat=25.9&minLon=119.1&maxLat=26.2&maxLon=119.5&q=%E9%A9%BF%E7%AB%99")
                .then().statusCode(200).header("X-Stub", "station");
        Seen seen = last();
        assertThat(seen.uri()).isEqualTo("/api/v1/stations/map?minLat=25.9&minLon=119.1&maxLat=26.2&maxLon=119.5&q=%E9%A9%BF%E7%AB%99");
        assertThat(seen.headers().get("Authorization")).containsExactly("Bearer the-token");
        assertThat(seen.headers()).containsKey("X-forwarded-host");
    }

    @Test
    void aVolunteersSecretCalendarLinkIsRoutedWithoutATokenAndWithoutThePagesPolicy() {
        // what a phone's calendar app fetches (webcal:// becomes https://): no login, no cookie, a path ending in .ics
        String path = "/api/v1/volunteers/calendar/3q2-7wAbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-A.ics";
        given().when().get(path)
                .then().statusCode(200).header("X-Stub", "volunteer").body("uri", equalTo(path))
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue())
                .header("X-Frame-Options", org.hamcrest.Matchers.nullValue());
        assertThat(last().headers()).doesNotContainKey("Authorization");
    }

    @Test
    void aBodyIsStreamedToTheServiceWithItsHeaders() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "k-1")
                .body("{\"lockerId\":\"L1\",\"itemId\":\"水\"}")
                .when().post("/api/v1/reservations")
                .then().statusCode(200).header("X-Stub", "locker");
        Seen seen = last();
        assertThat(seen.method()).isEqualTo("POST");
        assertThat(seen.body()).isEqualTo("{\"lockerId\":\"L1\",\"itemId\":\"水\"}");
        assertThat(seen.headers().get("Idempotency-key")).containsExactly("k-1");
    }

    @Test
    void theServicesRefusalReachesTheBrowserUntouched() {
        StubServices.NEXT_STATUS.put("station", 403);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/stations")
                .then().statusCode(403).contentType("application/problem+json").body("title", equalTo("无权操作 / Forbidden"));
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() {
        given().when().get("/api/v1/nothing-here/1")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("No service serves /api/v1/nothing-here/1"));
        given().when().get("/api/v2/stations")
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(StubServices.SEEN).isEmpty();
    }

    @Test
    void aBodyTrickledSlowerThanTheDeadlineGetsA408AndTheConnectionCloses() throws Exception {
        int port = io.restassured.RestAssured.port;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            // the deadline (2 s in tests) is reached while the reads below wait; 20 s bounds a proxy that never answers
            socket.setSoTimeout(20_000);
            var out = socket.getOutputStream();
            out.write(("POST /api/v1/ratings HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100\r\n\r\n{\"score\":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            long waitedMs = (System.nanoTime() - started) / 1_000_000;
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json").contains("\"status\":408");
            // readAllBytes returned: the portal closed the connection, it did not keep waiting for the rest
            assertThat(waitedMs).as("answered at the deadline, not at the socket timeout").isBetween(1_500L, 15_000L);
        }
        // the service never saw a complete request
        assertThat(StubServices.SEEN).noneMatch(seen -> seen.toString().contains("\"score\""));
    }

    @Test
    void notificationsAndTheirLiveStreamGoToPartnerService() {
        // partner-service is the one service without a stub here: routed there, the answer is its 502, not a 404
        given().when().get("/api/v1/notifications/stream").then().statusCode(502).contentType("application/problem+json");
        given().when().get("/api/v1/notifications?unread=true").then().statusCode(502);
    }

    @Test
    void aServiceThatIsDownGivesA502ProblemNotAHang() {
        given().when().get("/api/v1/partner/stations")
                .then().statusCode(502).contentType("application/problem+json")
                .body("type", equalTo("https://yizhan.io/problems/502"))
                .body("title", containsString("Service unavailable"));
    }
}
