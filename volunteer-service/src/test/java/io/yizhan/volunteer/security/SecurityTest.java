package io.yizhan.volunteer.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.SecuritySuite;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.volunteer.ShiftFixture;
import io.yizhan.volunteer.StationFixture;
import org.junit.jupiter.api.Tag;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Token attacks, wrong-city callers and generated bad input against every endpoint of this service (see SecuritySuite). */
@QuarkusTest
@Tag("clock")
class SecurityTest extends SecuritySuite {

    /**
     * One object of every kind in Fuzhou: an open station, a shift, a published wish, a donation, a
     * help request, a union application, a rights case, a health-check device bound to the station and a butler team.
     */
    @Override
    protected TenantFixture tenantFixture() {
        UUID station = StationFixture.station("fuzhou", "福州安全测试驿站", "OPEN");
        String admin = TestTokens.cityAdmin("fuzhou");
        String worker = TestTokens.token("security-worker", null, "worker");
        String tomorrow = LocalDate.now(ShiftFixture.clock()).plusDays(1).toString();
        String shiftBody = "{\"stationId\":\"" + station + "\",\"date\":\"" + tomorrow
                + "\",\"start\":\"09:00\",\"end\":\"11:00\",\"kind\":\"STATION_MASTER\",\"capacity\":2}";
        String shift = post(admin, "/api/v1/shifts", shiftBody, "[0].id");
        String wish = post(worker, "/api/v1/wishes", "{\"category\":\"WORK_GEAR\",\"description\":\"冬天需要一副保暖手套\","
                + "\"valueCapFen\":15000,\"stationId\":\"" + station + "\"}", "id");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("approve", true))
                .when().post("/api/v1/wishes/{id}/review", wish).then().statusCode(200);
        String donationBody = "{\"stationId\":\"" + station + "\",\"item\":\"雨衣\",\"donor\":\"福州某快递公司\",\"quantity\":10}";
        String donation = post(admin, "/api/v1/donations", donationBody, "id");
        String help = post(worker, "/api/v1/help/requests", "{\"stationId\":\"" + station + "\",\"category\":\"OTHER\",\"note\":\"手机没电了\"}",
                "id");
        String application = post(worker, "/api/v1/membership/applications", "{\"name\":\"张师傅\",\"phone\":\"13912345678\","
                + "\"platform\":\"MEITUAN\",\"tenant\":\"fuzhou\",\"stationId\":\"" + station + "\"}", "id");
        String rightsCase = post(worker, "/api/v1/rights/cases", "{\"tenant\":\"fuzhou\",\"category\":\"UNPAID_WAGES\","
                + "\"description\":\"站点拖欠我两个月的配送费\",\"phone\":\"13812345678\"}", "id");
        String device = "security-health-" + UUID.randomUUID();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("stationId", station.toString()))
                .when().put("/api/v1/health-checks/devices/{clientId}", device).then().statusCode(200);
        String team = post(admin, "/api/v1/teams", "{\"name\":\"福州安全测试团队\",\"stationId\":\"" + station + "\"}", "id");
        Map<String, String> values = new HashMap<>(Map.of("stationId", station.toString(), "stations/{id}", station.toString(),
                "station", station.toString(), "shifts/{id}", shift, "wishes/{id}", wish, "donations/{id}", donation,
                "requests/{id}", help, "applications/{id}", application, "cases/{id}", rightsCase));
        values.put("clientId", device);
        values.put("teams/{id}", team);
        values.put("year", "2026");
        return new TenantFixture(values, Map.ofEntries(
                Map.entry("POST /api/v1/shifts", shiftBody),
                Map.entry("POST /api/v1/donations", donationBody),
                Map.entry("POST /api/v1/donations/{id}/taken", "{\"quantity\":1}"),
                Map.entry("POST /api/v1/health-checks/sessions", "{\"stationId\":\"" + station + "\",\"kind\":\"GENERAL\"}"),
                Map.entry("POST /api/v1/membership/applications/{id}/decision", "{\"approve\":true}"),
                Map.entry("POST /api/v1/rights/cases/{id}/close", "{\"note\":\"越界\"}"),
                Map.entry("POST /api/v1/rights/cases/{id}/replies", "{\"body\":\"越界\"}"),
                Map.entry("POST /api/v1/shifts/{id}/check-in", "{\"lat\":26.0850,\"lon\":119.2965}"),
                Map.entry("POST /api/v1/shifts/{id}/check-out", "{\"lat\":26.0850,\"lon\":119.2965}"),
                Map.entry("POST /api/v1/shifts/{id}/service-log", "{\"description\":\"越界\",\"workersServed\":1}"),
                Map.entry("POST /api/v1/teams", "{\"name\":\"越界团队\",\"stationId\":\"" + station + "\"}"),
                Map.entry("PUT /api/v1/teams/{id}", "{\"name\":\"越界团队\"}"),
                Map.entry("POST /api/v1/wishes/{id}/review", "{\"approve\":true}"),
                Map.entry("PUT /api/v1/health-checks/devices/{clientId}", "{\"stationId\":\"" + station + "\"}"),
                Map.entry("PUT /api/v1/shifts/{id}/capacity", "{\"capacity\":3}"),
                Map.entry("PUT /api/v1/rights/calendar/{tenant}/{year}",
                        "{\"days\":[{\"date\":\"2026-10-01\",\"working\":false,\"name\":\"国庆节\"}]}")));
    }

    private static String post(String token, String path, String body, String idPath) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path(idPath);
    }
}
