package io.yizhan.partner.service;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.PartnerFixture;
import io.yizhan.partner.RestrictedProfile;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With private targets not allowed (as in production), webhook URLs into our own network are refused. */
@QuarkusTest
@TestProfile(RestrictedProfile.class)
class WebhookTargetsTest {

    @Test
    void urlsResolvingToLoopbackPrivateOrLinkLocalAddressesAreRefused() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        for (String url : List.of("http://127.0.0.1:8081/x", "http://localhost/x", "http://10.1.2.3/x", "http://192.168.1.1/x",
                "http://172.16.0.9/x", "http://169.254.169.254/latest/meta-data", "http://[::1]/x", "http://[fd00::1]/x",
                "http://100.64.0.1/x", "http://0.0.0.0/x", "http://[::ffff:10.0.0.1]/x")) {
            given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON)
                    .body(Map.of("url", url, "eventTypes", List.of("station.opened")))
                    .when().post("/api/v1/partner/subscriptions")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo("url")).body("detail", containsString("private"));
        }
    }

    @Test
    void aPublicAddressIsAccepted() {
        String clientId = PartnerFixture.newClientId();
        PartnerFixture.register(clientId);
        given().auth().oauth2(TestTokens.partner(clientId)).contentType(ContentType.JSON)
                .body(Map.of("url", "https://203.0.113.10/hooks", "eventTypes", List.of("station.opened")))
                .when().post("/api/v1/partner/subscriptions")
                .then().statusCode(201);
    }

    @Test
    void addressClassesAreJudgedByTheirRanges() throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("2001:4860:4860::8888"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("100.127.255.255"))).isFalse();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("100.128.0.1"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("fe80::1"))).isFalse();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("224.0.0.1"))).isFalse();
    }
}
