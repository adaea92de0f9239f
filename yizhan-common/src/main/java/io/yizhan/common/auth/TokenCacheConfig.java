package io.yizhan.common.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The cache of access tokens this service has already verified (ADR 0023). */
@ConfigMapping(prefix = "yizhan.auth.token-cache")
public interface TokenCacheConfig {

    /** Off: every request's token is verified by quarkus-oidc again, as before the cache. */
    @WithDefault("true")
    boolean enabled();

    /** Tokens kept at most; beyond it new tokens are verified each time until entries expire. */
    @WithDefault("2000")
    int maxEntries();

    /** How long a verified token is trusted without verifying it again, at most (never past its exp). */
    @WithDefault("60s")
    Duration maxAge();
}
