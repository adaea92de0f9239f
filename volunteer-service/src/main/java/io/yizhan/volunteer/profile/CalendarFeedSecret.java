package io.yizhan.volunteer.profile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in a volunteer's calendar link: 32 random bytes (256 bits) from {@link SecureRandom},
 * base64url without padding (43 characters, safe in a URL path). Only its SHA-256 is stored; a feed
 * is looked up by that hash, so no comparison of secrets happens in the service at all.
 */
public final class CalendarFeedSecret {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private CalendarFeedSecret() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code text} could be a secret this class made (anything else is not looked up). */
    public static boolean wellFormed(String text) {
        return text != null && WELL_FORMED.matcher(text).matches();
    }

    /** The SHA-256 of the secret's text, as 64 lowercase hex digits: what the database keeps. */
    public static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
