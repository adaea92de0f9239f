package io.yizhan.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Issue 24.7: in production (the jars as ./platform runs them) health, metrics, the OpenAPI document and
 * Swagger UI answer only on each JVM's management port; the public port — the one the gateway and the
 * portal's proxy reach — answers none of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
class OperationsEndpointsIT {

    static final List<String> SERVICES = List.of("station", "locker", "rating", "volunteer", "partner");
    static final List<String> OPERATIONS = List.of("/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui/");

    PlatformStack stack;

    @BeforeAll
    void prepare(PlatformStack stack) {
        this.stack = stack;
    }

    @Test
    void theServicesAnswerOperationsOnTheirManagementPortOnly() {
        for (String service : SERVICES) {
            for (String path : OPERATIONS) {
                int publicStatus = given().redirects().follow(false).when().get(stack.serviceUrl(service) + path)
                        .then().extract().statusCode();
                org.assertj.core.api.Assertions.assertThat(publicStatus)
                        .as("%s-service's public port answers %s", service, path).isEqualTo(404);
            }
            given().when().get(stack.managementUrl(service) + "/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"));
            given().when().get(stack.managementUrl(service) + "/q/metrics").then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
            given().queryParam("format", "json").when().get(stack.managementUrl(service) + "/q/openapi").then().statusCode(200)
                    .body("openapi", not(equalTo(null)));
        }
    }

    @Test
    void thePortalServesPagesPubliclyAndItsHealthOnTheManagementPort() {
        given().when().get(stack.portalUrl() + "/q/health/ready").then().statusCode(404);
        given().when().get(stack.portalUrl() + "/q/metrics").then().statusCode(404);
        given().when().get(stack.managementUrl("portal") + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get(stack.portalUrl() + "/").then().statusCode(200).body(containsString("<div id=\"app\""));
        // the API through the portal's proxy is unaffected
        given().auth().oauth2(stack.password("worker1"))
                .when().get(stack.portalUrl() + "/api/v1/stations/nearby?lat=26.08&lon=119.30&radius=2000").then().statusCode(200);
    }
}
