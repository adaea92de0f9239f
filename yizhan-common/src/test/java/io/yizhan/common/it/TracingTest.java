package io.yizhan.common.it;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With the SDK switched on, as Kubernetes runs the services (k8s/base/platform.env), a request's span
 * reaches the collector over OTLP, named by the service and the route; the shared defaults keep it off.
 */
@QuarkusTest
@TestProfile(TracingTest.Exporting.class)
class TracingTest {

    /** yizhan-common's test service with the SDK on and an OTLP receiver in the collector's place. */
    public static class Exporting extends CommonTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OtlpReceiver.class));
        }
    }

    @Path("/traced-ping")
    public static class Ping {
        @GET
        @PermitAll
        public String ping() {
            return "pong";
        }
    }

    @Test
    void aRequestsSpanReachesTheCollectorNamedByServiceAndRoute() {
        given().when().get("/traced-ping").then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(OtlpReceiver.received())
                .anySatisfy(export -> assertThat(export).contains("yizhan-common-test").contains("/traced-ping")));
    }

    @Test
    void theSharedDefaultsLeaveTheSdkOff() {
        // this profile turned it on; what every service starts with is the shared default underneath
        assertThat(ConfigProvider.getConfig().getConfigSources()).anySatisfy(source -> {
            assertThat(source.getName()).contains("microprofile-config.properties");
            assertThat(source.getValue("quarkus.otel.sdk.disabled")).isEqualTo("true");
        });
    }
}
