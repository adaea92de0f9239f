package io.yizhan.bench;

import io.smallrye.jwt.build.Jwt;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Tokens for the benchmark drivers (bench/): shaped like the yizhan realm's (audience, realm roles,
 * tenant, azp), signed with a key pair made for one run, checked by a service started with
 * {@code quarkus.oidc.public-key}. Thousands of distinct workers or volunteers without Keycloak.
 *
 * <pre>BenchTokens token PRIVATE_KEY_PKCS8_PEM ISSUER SUBJECT ROLE TENANT [AZP]</pre> prints one token;
 * <pre>BenchTokens workers PRIVATE_KEY_PKCS8_PEM ISSUER RUN COUNT</pre> prints COUNT worker tokens, one a line,
 * for the subjects bench-RUN-0, bench-RUN-1, …: signed before a burst, so that the burst measures the service
 * and not the signing.
 */
public final class BenchTokens {

    private BenchTokens() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("workers")) {
            PrivateKey key = privateKey(Path.of(args[1]));
            StringBuilder out = new StringBuilder();
            for (int i = 0, count = Integer.parseInt(args[4]); i < count; i++) {
                out.append(sign(key, args[2], "bench-" + args[3] + "-" + i, "worker", null, "yizhan-cli")).append('\n');
            }
            System.out.print(out);
            return;
        }
        if (args.length < 6 || !args[0].equals("token")) {
            throw new IllegalArgumentException("usage: token KEY ISSUER SUBJECT ROLE TENANT [AZP] | workers KEY ISSUER RUN COUNT");
        }
        System.out.println(sign(privateKey(Path.of(args[1])), args[2], args[3], args[4], args[5],
                args.length > 6 ? args[6] : "yizhan-cli"));
    }

    /** A token for two hours; {@code tenant} null for a worker (no city). */
    public static String sign(PrivateKey key, String issuer, String subject, String role, String tenant, String azp) {
        var claims = Jwt.issuer(issuer).subject(subject).preferredUserName(subject).audience(Set.of("yizhan-api"))
                .claim("realm_access", Map.of("roles", Set.of(role))).claim("azp", azp).expiresIn(7200);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        return claims.jws().keyId("bench").sign(key);
    }

    /** The PKCS#8 PEM that {@code openssl genpkey} writes. */
    public static PrivateKey privateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
