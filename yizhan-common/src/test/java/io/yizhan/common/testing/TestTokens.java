package io.yizhan.common.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Signed access tokens shaped like the yizhan realm's (issuer, audience, realm roles, tenant claim),
 * signed with the key that quarkus-test-oidc-server's OIDC server publishes.
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "yizhan-api";

    private TestTokens() {
    }

    public static String provinceAdmin() {
        return token("province-admin", "fujian", "province-admin");
    }

    public static String cityAdmin(String tenant) {
        return token(tenant + "-admin", tenant, "city-admin");
    }

    public static String stationManager(String tenant) {
        return token(tenant + "-manager", tenant, "station-manager");
    }

    public static String worker() {
        return token("worker1", null, "worker");
    }

    public static String volunteer(String tenant) {
        return token("volunteer1", tenant, "volunteer");
    }

    /** The city's rights desk (维权窗口): {@code <tenant>-rights}, role {@code rights-desk}. */
    public static String rightsDesk(String tenant) {
        return token(tenant + "-rights", tenant, "rights-desk");
    }

    /** An outside inspection body's inspector (第三方检查): no city, claim {@code inspection_body}. */
    public static String inspector(String body) {
        return inspector("inspector-" + body, body);
    }

    public static String inspector(String username, String body) {
        JwtClaimsBuilder claims = claims(username, null, "inspector");
        if (body != null) {
            claims.claim("inspection_body", body);
        }
        return claims.jws().keyId("1").sign(key());
    }

    /** A door or locker device's client-credentials token; {@code clientId} is what binds it to its station. */
    public static String device(String clientId, String tenant) {
        return claims("service-account-" + clientId, tenant, "device").claim("azp", clientId).jws().keyId("1").sign(key());
    }

    public static String device(String tenant) {
        return device("device-demo", tenant);
    }

    public static String partner() {
        return partner("partner-demo");
    }

    /** A partner platform's client-credentials token; {@code clientId} (azp) is what binds it to its registration. */
    public static String partner(String clientId) {
        return claims("service-account-" + clientId, null, "partner").claim("azp", clientId).jws().keyId("1").sign(key());
    }

    public static String token(String username, String tenant, String... roles) {
        return claims(username, tenant, roles).jws().keyId("1").sign(key());
    }

    /** A token that expired an hour ago, otherwise valid. */
    public static String expired(String username, String tenant, String... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return claims(username, tenant, roles).issuedAt(past.minusSeconds(300)).expiresAt(past).jws().keyId("1").sign(key());
    }

    /** A token with another audience: a service must refuse it. */
    public static String forAudience(String audience, String username, String tenant, String... roles) {
        return claims(username, tenant, roles).audience(audience).jws().keyId("1").sign(key());
    }

    /** Tokens a service must refuse with 401, each broken in one way; keyed by what is wrong with it. */
    public static Map<String, String> attacks() {
        String valid = token("attacker", "fuzhou", "worker");
        String[] parts = valid.split("\\.");
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
        String elevated = b64.encodeToString(payload.replace("\"worker\"", "\"province-admin\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String none = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant later = Instant.now().plusSeconds(3600);
        Map<String, String> attacks = new java.util.LinkedHashMap<>();
        attacks.put("alg none", none + "." + parts[1] + ".");
        attacks.put("signed by another key", claims("attacker", "fuzhou", "province-admin").jws().keyId("1").sign(otherKey()));
        attacks.put("wrong issuer", claims("attacker", "fuzhou", "province-admin").issuer("https://evil.example.com")
                .jws().keyId("1").sign(key()));
        attacks.put("wrong audience", forAudience("another-api", "attacker", "fuzhou", "province-admin"));
        attacks.put("expired", expired("attacker", "fuzhou", "province-admin"));
        attacks.put("not yet valid", claims("attacker", "fuzhou", "province-admin").issuedAt(later).claim("nbf", later.getEpochSecond())
                .expiresAt(later.plusSeconds(300)).jws().keyId("1").sign(key()));
        attacks.put("tampered payload", parts[0] + "." + elevated + "." + parts[2]);
        attacks.put("garbage", "not-a-token");
        return attacks;
    }

    private static java.security.PrivateKey otherKey() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String username, String tenant, String... roles) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .preferredUserName(username)
                .audience(Set.of(AUDIENCE, "account"))
                .claim("realm_access", Map.of("roles", Set.of(roles)))
                .claim("azp", "yizhan-cli")
                .expiresIn(300);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        return claims;
    }

    private static String key() {
        return "privateKey.jwk";
    }
}
