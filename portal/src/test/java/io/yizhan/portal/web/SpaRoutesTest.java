package io.yizhan.portal.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.portal.StubServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class SpaRoutesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin", "/admin/stations/2f1c0d7e-0000-4000-8000-000000000001", "/worker/nearby", "/callback"})
    void clientRoutesGetTheAppShellUncached(String path) {
        given().when().get(path)
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Cache-Control", "no-cache")
                .body(containsString("<div id=\"app\"></div>"));
    }

    @Test
    void theBuiltAssetsAreServedAsFiles() {
        String html = given().when().get("/").then().extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        assertThat(m.find()).as("index.html names its script bundle").isTrue();
        given().when().get(m.group(1)).then().statusCode(200).contentType(containsString("javascript"));
    }

    @Test
    void aMissingFileIsA404NotTheAppShell() {
        given().when().get("/assets/does-not-exist.js").then().statusCode(404);
        given().when().get("/favicon-missing.png").then().statusCode(404);
    }

    @Test
    void configJsonTellsTheBrowserWhereToLogInAndWhichMap() {
        given().when().get("/config.json")
                .then().statusCode(200).contentType(containsString("application/json"))
                .header("Cache-Control", "no-store")
                .body("oidc.authority", equalTo("http://keycloak.test:8180/realms/yizhan"))
                .body("oidc.clientId", equalTo("portal"))
                .body("map.tileUrl", equalTo("https://tiles.test/{z}/{x}/{y}.png"))
                .body("map.attribution", nullValue())
                .body("map.gcj02", equalTo(false));
    }

    @Test
    void healthIsNotSwallowedByTheFallback() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void clientRouteRecognition() {
        assertThat(SpaRoutes.isClientRoute("/admin/map")).isTrue();
        assertThat(SpaRoutes.isClientRoute("/assets/index-abc.js")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/api/v1/stations")).isFalse();
        assertThat(SpaRoutes.isClientRoute("/q/health")).isFalse();
    }
}
