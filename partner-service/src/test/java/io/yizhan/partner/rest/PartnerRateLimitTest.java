package io.yizhan.partner.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.yizhan.common.testing.TestTokens;
import io.yizhan.partner.PartnerFixture;
import io.yizhan.partner.RestrictedProfile;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** The shared partner rate limit (yizhan-common's PartnerRateLimitFilter) as partner-service applies it. */
@QuarkusTest
@TestProfile(RestrictedProfile.class)
class PartnerRateLimitTest {

    @Test
    void aPartnerBeyondItsLimitGets429WithRetryAfterAndOthersAreUnaffected() {
        String limited = PartnerFixture.newClientId();
        String other = PartnerFixture.newClientId();
        PartnerFixture.register(limited);
        PartnerFixture.register(other);
        for (int i = 0; i < RestrictedProfile.LIMIT; i++) {
            given().auth().oauth2(TestTokens.partner(limited)).when().get("/api/v1/partner/me").then().statusCode(200);
        }
        given().auth().oauth2(TestTokens.partner(limited)).when().get("/api/v1/partner/me")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        given().auth().oauth2(TestTokens.partner(other)).when().get("/api/v1/partner/me").then().statusCode(200);
        for (int i = 0; i < RestrictedProfile.LIMIT + 2; i++) {
            given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/partner/partners").then().statusCode(200);
        }

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(metrics)
                .containsPattern("yizhan_partner_requests_total\\{[^}]*outcome=\"limited\"[^}]*partner=\"" + limited + "\"[^}]*} 1\\.0")
                .containsPattern("yizhan_partner_requests_total\\{[^}]*outcome=\"allowed\"[^}]*partner=\"" + limited + "\"[^}]*} " + RestrictedProfile.LIMIT + "\\.0")
                .contains("yizhan_ratelimit_requests_total{limiter=\"partner\",outcome=\"limited\"");
    }

    @Test
    void aBadTokenIsStill401NotALimit() {
        given().auth().oauth2("not-a-token").when().get("/api/v1/partner/me")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"));
    }
}
