package io.yizhan.partner;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** Production-like guards: private webhook targets refused, and a partner limit small enough to reach in a test. */
public class RestrictedProfile implements QuarkusTestProfile {

    public static final int LIMIT = 20;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yizhan.partner.webhooks.allow-private-targets", "false",
                "yizhan.rate-limit.partner.limit", Integer.toString(LIMIT),
                "yizhan.rate-limit.partner.window", "10m");
    }
}
