package io.yizhan.partner.service;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signs webhook requests after the Standard Webhooks specification
 * (https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md):
 * the signed content is {@code webhook-id + "." + webhook-timestamp + "." + body}, the MAC is
 * HMAC-SHA256 keyed with the base64-decoded part of a {@code whsec_} secret, and the header value is
 * {@code v1,} followed by the MAC in base64. Partners can therefore verify with any Standard
 * Webhooks library as well as with the few lines in docs/partner-guide.md.
 */
@ApplicationScoped
public class WebhookSigner {

    public static final String SECRET_PREFIX = "whsec_";
    private static final int SECRET_BYTES = 24;

    private final SecureRandom random = new SecureRandom();

    /** A new secret, shown to the partner once. */
    public String newSecret() {
        byte[] key = new byte[SECRET_BYTES];
        random.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for one request. */
    public String sign(String secret, String webhookId, long timestampSeconds, String body) {
        String encodedKey = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encodedKey), "HmacSHA256"));
            byte[] signature = mac.doFinal((webhookId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
