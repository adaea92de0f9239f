package io.yizhan.portal.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.portal.StubServices;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@QuarkusTestResource(StubServices.class)
class SecurityHeadersTest {

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }

    @Test
    void theAppShellForbidsInlineScriptAndTalksOnlyToItselfAndKeycloak() {
        String policy = given().when().get("/admin/map").then().statusCode(200)
                .extract().header("Content-Security-Policy");
        assertThat(policy).as("the SPA shell carries a CSP").isNotNull();
        Map<String, String> d = directives(policy);
        assertThat(d.get("script-src")).isEqualTo("'self'");
        assertThat(d.get("connect-src")).isEqualTo("'self' http://keycloak.test:8180");
        assertThat(d.get("img-src")).contains("https://tiles.test");
        assertThat(d.get("object-src")).isEqualTo("'none'");
        assertThat(d.get("frame-ancestors")).isEqualTo("'none'");
        assertThat(policy).doesNotContain("unsafe-eval");
        assertThat(d.get("script-src")).doesNotContain("unsafe-inline");
    }

    @Test
    void theBuiltShellHasNoInlineScriptTheCspWouldBlock() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        Matcher scripts = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        while (scripts.find()) {
            assertThat(scripts.group(1)).as("every script is a file").contains("src=");
            assertThat(scripts.group(2).trim()).as("and has no inline body").isEmpty();
        }
        assertThat(html).doesNotContainPattern("\\son[a-z]+=");
    }

    @Test
    void assetsAndConfigCarryThePolicyToo() {
        assertThat(given().when().get("/config.json").then().statusCode(200).extract().header("Content-Security-Policy"))
                .contains("script-src 'self'");
        given().when().get("/config.json").then().header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void tileTemplatesWithSubdomainsBecomeAWildcardOrigin() {
        assertThat(SecurityHeaders.origin("https://{s}.tiles.example.org/{z}/{x}/{y}.png")).hasValue("https://*.tiles.example.org");
        assertThat(SecurityHeaders.origin("http://localhost:8180/realms/yizhan")).hasValue("http://localhost:8180");
        assertThat(SecurityHeaders.origin("not a url")).isEmpty();
    }
}
