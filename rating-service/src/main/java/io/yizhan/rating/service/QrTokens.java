package io.yizhan.rating.service;

import io.yizhan.rating.config.RatingConfig;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Station QR tokens: {@code <version>.<mac>}, where mac is the first 16 bytes of
 * HMAC-SHA256(secret, "yizhan-qr:<stationId>:<version>") in base64url without padding. The token
 * binds the station id, so another station's token never verifies.
 */
@ApplicationScoped
public class QrTokens {

    static final int MAC_BYTES = 16;

    private final byte[] secret;

    public QrTokens(RatingConfig config) {
        this.secret = config.qrSecret().getBytes(StandardCharsets.UTF_8);
    }

    public String sign(UUID stationId, int version) {
        return version + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(stationId, version));
    }

    /** The version a well-formed token of this station carries, if its signature is right. */
    public Optional<Integer> verify(UUID stationId, String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            int version = Integer.parseInt(token.substring(0, dot));
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            return version > 0 && MessageDigest.isEqual(given, mac(stationId, version))
                    ? Optional.of(version) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(UUID stationId, int version) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(("yizhan-qr:" + stationId + ":" + version).getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
