package io.yizhan.common.qr;

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
 * Signs and verifies the token on a station's wall QR code: {@code <version>.<mac>}, where mac is the
 * first 16 bytes of HMAC-SHA256(secret, "yizhan-qr:<stationId>:<version>") in base64url without
 * padding. rating-service prints and rotates the codes; volunteer-service checks duty check-ins
 * against the same codes. Which version is current is each service's own knowledge.
 */
public final class StationQrSigner {

    static final int MAC_BYTES = 16;
    static final int MAX_TOKEN_LENGTH = 64;

    private final byte[] secret;

    public StationQrSigner(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("a station QR secret is required");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String sign(UUID stationId, int version) {
        return version + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(stationId, version));
    }

    /** The version a well-formed token of this station carries, if its signature is right. */
    public Optional<Integer> verify(UUID stationId, String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
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
