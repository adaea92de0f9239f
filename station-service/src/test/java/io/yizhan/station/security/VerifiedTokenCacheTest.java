package io.yizhan.station.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.yizhan.common.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of verified tokens in a running service, in front of quarkus-oidc: a token's second request
 * is answered from the cache with the same rights as its first, and a token that is not exactly one
 * verified before goes to quarkus-oidc and fails there.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    static final String RULES = "/api/v1/evaluation/rules";

    @Inject
    MeterRegistry registry;

    double hits() {
        return registry.counter("yizhan.auth.token.cache", "result", "hit").count();
    }

    @Test
    void aTokensSecondRequestIsAnsweredFromTheCacheWithTheSameRights() {
        String admin = TestTokens.cityAdmin("fuzhou");
        String worker = TestTokens.worker();

        given().auth().oauth2(admin).when().get(RULES).then().statusCode(200);
        given().auth().oauth2(worker).when().get(RULES).then().statusCode(403);
        double before = hits();

        given().auth().oauth2(admin).when().get(RULES).then().statusCode(200);
        given().auth().oauth2(worker).when().get(RULES).then().statusCode(403);
        assertThat(hits() - before).isEqualTo(2.0);
    }

    @Test
    void aTamperedCopyOfAVerifiedTokenIsRefused() {
        String admin = TestTokens.cityAdmin("fuzhou");
        given().auth().oauth2(admin).when().get(RULES).then().statusCode(200);

        // a character inside the signature (the last one may hold only padding bits)
        int at = admin.lastIndexOf('.') + 20;
        String tampered = admin.substring(0, at) + (admin.charAt(at) == 'A' ? 'B' : 'A') + admin.substring(at + 1);
        given().auth().oauth2(tampered).when().get(RULES).then().statusCode(401);

        String[] parts = admin.split("\\.");
        String otherClaims = parts[0] + "." + TestTokens.provinceAdmin().split("\\.")[1] + "." + parts[2];
        given().auth().oauth2(otherClaims).when().get(RULES).then().statusCode(401);
    }
}
