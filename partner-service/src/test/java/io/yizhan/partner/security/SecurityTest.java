package io.yizhan.partner.security;

import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.SecuritySuite;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.notify.NotifyFixture;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Token attacks and generated bad input against every endpoint of this service (see SecuritySuite). */
@QuarkusTest
class SecurityTest extends SecuritySuite {

    /** A notification of Fuzhou's city admins (an escalation to the city), for the wrong-city reads. */
    @Override
    protected TenantFixture tenantFixture() {
        UUID station = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        NotifyFixture.publish("volunteer-events", station, NotifyFixture.helpEscalated(event, station, 2));
        String admin = TestTokens.cityAdmin("fuzhou");
        String id = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().auth().oauth2(admin).when().get("/api/v1/notifications?size=200")
                        .then().statusCode(200).extract().<String>path("items.find { it.stationId == '" + station + "' }.id"),
                found -> found != null);
        return TenantFixture.of(Map.of("id", id));
    }
}
