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
    void theWorkedExampleOfThePartnerGuideIsWhatWeSend() {
        String body = "{\"specversion\":\"1.0\",\"id\":\"6f1c2d3e-4b5a-3c2d-9e8f-7a6b5c4d3e2f\",\"source\":\"/partner-service\",\"type\":\"station.opened\",\"time\":\"2026-11-28T11:30:00+08:00\",\"subject\":\"9d2f4a6e-1c3b-4e8f-a5d7-0b6c8e2f1a34\",\"tenant\":\"fuzhou\",\"datacontenttype\":\"application/json\",\"data\":{\"id\":\"9d2f4a6e-1c3b-4e8f-a5d7-0b6c8e2f1a34\",\"tenant\":\"fuzhou\",\"name\":\"东街口智慧驿站\",\"lat\":26.0889,\"lon\":119.3012,\"status\":\"OPEN\",\"previousStatus\":\"PLANNED\",\"version\":1,\"gcj02\":{\"lat\":26.08579588997294,\"lon\":119.30600845772453}}}";
        assertThat(new WebhookSigner().sign("whsec_AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcY", "6f1c2d3e-4b5a-3c2d-9e8f-7a6b5c4d3e2f",
                1795836600L, body)).isEqualTo("v1,HID67OSSvuftaeuyaH/cOdgdXys/ZGZOTWO2IxCEdJY=");
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
