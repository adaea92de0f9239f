package io.yizhan.locker.simulator;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.locker.Fixtures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** The whole flow through the HTTP API and a simulated locker: reserve → code → device pickup → confirm → statistics. */
@QuarkusTest
@Tag("clock")
class EndToEndFlowTest {

    @jakarta.inject.Inject
    io.yizhan.locker.TestClock clock;

    @TestHTTPResource("/")
    URL base;

    @Test
    void workersReserveTheLockerDispensesAndTheStatisticsCountIt() {
        String tenant = "longyan";
        String admin = TestTokens.cityAdmin(tenant);
        UUID station = Fixtures.station(tenant, "OPEN", 25.0751, 117.0173);
        String clientId = "locker-e2e-" + UUID.randomUUID();
        String lockerId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("stationId", station.toString(), "name", "龙岩中心驿站智能柜", "deviceClientId", clientId))
                .when().post("/api/v1/lockers").then().statusCode(201).extract().path("id");
        UUID locker = UUID.fromString(lockerId);
        String water = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "矿泉水", "unitValueFen", 200, "lowStockThreshold", 3, "quotaCount", 1, "quotaDays", 1))
                .when().post("/api/v1/supplies").then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.stationManager(tenant)).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("compartmentNumber", 1, "itemId", water, "added", 12))))
                .when().post("/api/v1/lockers/{id}/restocks", locker).then().statusCode(201);

        try (LockerSimulator device = new LockerSimulator(base.toString(), locker, () -> TestTokens.device(clientId, tenant),
                0.25, 42)) {
            device.startHeartbeats(Duration.ofMillis(500));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().auth().oauth2(admin)
                    .when().get("/api/v1/lockers/{id}", locker).then().body("online", equalTo(true)));

            int dispensed = 0;
            int failed = 0;
            // the reservations' days, in station time (the run may cross midnight when the clock starts at 23:59)
            String firstDay = LocalDate.now(clock).toString();
            for (int i = 0; i < 8; i++) {
                String worker = Fixtures.worker("e2e-" + UUID.randomUUID());
                given().auth().oauth2(worker).when().get("/api/v1/lockers/nearby?lat=25.075&lon=117.017&radius=500")
                        .then().statusCode(200).body("id", hasItem(lockerId));
                var reservation = given().auth().oauth2(worker).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(ContentType.JSON).body(Map.of("lockerId", lockerId, "itemId", water))
                        .when().post("/api/v1/reservations").then().statusCode(201).extract();
                LockerSimulator.Outcome outcome = device.pickUp(reservation.path("pickupCode"));
                assertThat(outcome.status()).isEqualTo(200);
                assertThat(outcome.compartmentNumber()).isEqualTo(1);
                String expected = outcome.dispensed() ? "PICKED_UP" : "FAILED";
                given().auth().oauth2(worker).when().get("/api/v1/reservations/mine").then()
                        .body("items[0].status", equalTo(expected));
                if (outcome.dispensed()) {
                    dispensed++;
                } else {
                    failed++;
                }
            }
            assertThat(dispensed + failed).isEqualTo(8);
            assertThat(dispensed).isPositive();

            int remaining = 12 - dispensed;
            given().auth().oauth2(admin).when().get("/api/v1/lockers/{id}", locker).then()
                    .body("compartments[0].quantity", equalTo(remaining)).body("compartments[0].held", equalTo(0));

            String today = LocalDate.now(clock).toString();
            given().auth().oauth2(admin)
                    .when().get("/api/v1/lockers/stats?from=" + firstDay + "&to=" + today + "&groupBy=locker&stationId=" + station)
                    .then().statusCode(200)
                    .body("total.reservations", equalTo(8)).body("total.dispatches", equalTo(dispensed))
                    .body("total.valueFen", equalTo(dispensed * 200)).body("total.expired", equalTo(0)).body("total.medianMinutesToPickup", notNullValue())
                    .body("groups[0].label", equalTo("龙岩中心驿站智能柜"));
            given().auth().oauth2(TestTokens.provinceAdmin())
                    .when().get("/api/v1/lockers/stats?from=" + firstDay + "&to=" + today + "&groupBy=city").then().statusCode(200)
                    .body("groups.label", hasItem("龙岩"));
            given().auth().oauth2(TestTokens.cityAdmin("fuzhou"))
                    .when().get("/api/v1/lockers/stats?tenant=longyan&stationId=" + station).then().statusCode(200)
                    .body("total.reservations", equalTo(0));
        }
    }

    @Test
    void statisticsRefuseBadParametersAndWrongRoles() {
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(admin).when().get("/api/v1/lockers/stats?from=2026-13-01").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().auth().oauth2(admin).when().get("/api/v1/lockers/stats?from=2026-05-01&to=2026-04-01").then().statusCode(400);
        given().auth().oauth2(admin).when().get("/api/v1/lockers/stats?groupBy=planet").then().statusCode(400)
                .body("violations.field", hasItem("groupBy"));
        given().auth().oauth2(admin).when().get("/api/v1/lockers/stats?lockerId=x").then().statusCode(400)
                .body("violations.field", hasItem("lockerId"));
        given().auth().oauth2(TestTokens.worker()).when().get("/api/v1/lockers/stats").then().statusCode(403);
        given().auth().oauth2(admin).when().get("/api/v1/lockers/stats?groupBy=month").then().statusCode(200);
    }
}
