package io.yizhan.system;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Issue 24.7: in production (the jars as ./platform runs them) health, metrics, the OpenAPI document and
 * Swagger UI answer only on each JVM's management port; the public port — the one the gateway and the
 * portal's proxy reach — answers none of them. And (issue 22, ADR 0018) each JVM runs with the settings
 * of the Kubernetes manifests.
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

    @Test
    void everyJvmRunsWithTheSettingsOfTheKubernetesManifests() throws Exception {
        String line = Files.readAllLines(stack.root.resolve("k8s/base/platform.env")).stream()
                .filter(l -> l.startsWith("JAVA_TOOL_OPTIONS=")).findFirst().orElseThrow();
        List<String> options = List.of(line.substring("JAVA_TOOL_OPTIONS=".length()).trim().split("\\s+"));
        String xmx = options.stream().filter(o -> o.startsWith("-Xmx") && o.endsWith("m")).findFirst().orElseThrow();
        double heapLimit = Double.parseDouble(xmx.substring(4, xmx.length() - 1)) * 1024 * 1024;
        for (String part : SERVICES) {
            List<String> command = Arrays.asList(Files.readString(Path.of("/proc", String.valueOf(stack.pid(part)), "cmdline")).split("\0"));
            assertThat(command).as("%s's command line", part).containsAll(options);
            // and they took effect: the heap's pools add up to at most the manifests' maximum
            double heapMax = given().when().get(stack.managementUrl(part) + "/q/metrics").then().statusCode(200).extract().asString()
                    .lines().filter(l -> l.startsWith("jvm_memory_max_bytes{") && l.contains("area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            assertThat(heapMax).as("%s's heap maximum", part).isGreaterThan(heapLimit / 2).isLessThanOrEqualTo(heapLimit);
        }
    }
}
