package io.yizhan.common.auth;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** One cache of verified tokens per service instance. */
@ApplicationScoped
public class TokenCacheProducer {

    /**
     * On the wall clock, not the station clock that tests move: a token's exp is judged on the wall
     * clock by quarkus-oidc, and the cache must never trust a token longer than quarkus-oidc would.
     */
    @Produces
    @Singleton
    VerifiedTokens verifiedTokens(TokenCacheConfig config, MeterRegistry registry) {
        return new VerifiedTokens(config.enabled(), config.maxEntries(), config.maxAge(), Clock.systemUTC(), registry);
    }
}
