package io.yizhan.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The per-partner limit every service applies to callers with role {@code partner}, keyed by their client (azp). */
@ConfigMapping(prefix = "yizhan.rate-limit.partner")
public interface PartnerRateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Requests one partner client may make to one service instance in each window. */
    @WithDefault("600")
    int limit();

    @WithDefault("1m")
    Duration window();
}
