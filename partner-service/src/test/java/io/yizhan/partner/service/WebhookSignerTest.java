package io.yizhan.partner.service;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The signature partners verify; the worked example of docs/partner-guide.md is computed here. */
class WebhookSignerTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330L;
    static final String BODY = "{\"test\": 2432232314}";

    @Test
    void theStandardWebhooksSpecificationsOwnExampleVerifies() {
        // the test vector published with the Standard Webhooks specification
        assertThat(new WebhookSigner().sign(SECRET, ID, TIMESTAMP, BODY))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theSignatureIsHmacSha256OverIdTimestampAndBody() throws Exception {
        String secret = new WebhookSigner().newSecret();
        assertThat(secret).startsWith("whsec_");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal(("id-1.1700000000.{\"a\":\"驿站\"}").getBytes(StandardCharsets.UTF_8)));
        assertThat(new WebhookSigner().sign(secret, "id-1", 1700000000L, "{\"a\":\"驿站\"}")).isEqualTo(expected);
        assertThat(new WebhookSigner().sign(secret, "id-1", 1700000001L, "{\"a\":\"驿站\"}")).isNotEqualTo(expected);
    }

    @Test
    void everySecretIsNew() {
        WebhookSigner signer = new WebhookSigner();
        assertThat(signer.newSecret()).isNotEqualTo(signer.newSecret());
    }
}
