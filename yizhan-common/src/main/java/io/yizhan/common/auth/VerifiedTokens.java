package io.yizhan.common.auth;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Identities of access tokens quarkus-oidc has verified, by the token's exact text, until the token
 * expires or {@code maxAge} has passed, whichever comes first. A phone sends the same token with every
 * request for minutes, and verifying it (parsing the JWT, its signature, its claims) was 23 % of a
 * search's CPU (ADR 0023). Keyed by the whole token, so a token that differs in one character is a miss
 * and goes to quarkus-oidc; bounded, so a flood of distinct tokens costs verification, not memory.
 */
public class VerifiedTokens {

    /** Marks an identity handed out from the cache, so it is not stored again. */
    static final String FROM_CACHE = "io.yizhan.auth.token-cache";
    /** quarkus-oidc's identity attribute of the token's exp, in epoch seconds. */
    static final String EXPIRE_TIME = "quarkus.identity.expire-time";
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

    private record Entry(SecurityIdentity identity, Instant validUntil) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final boolean enabled;
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;
    private final Counter refused;
    private volatile Instant lastSweep = Instant.EPOCH;

    public VerifiedTokens(boolean enabled, int maxEntries, Duration maxAge, Clock clock, MeterRegistry registry) {
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
        this.hits = registry.counter("yizhan.auth.token.cache", "result", "hit");
        this.misses = registry.counter("yizhan.auth.token.cache", "result", "miss");
        this.refused = registry.counter("yizhan.auth.token.cache", "result", "full");
    }

    /** The identity of this token for this request, or null when the token must be verified. */
    public SecurityIdentity find(String token, RoutingContext request) {
        if (!enabled) {
            return null;
        }
        Entry entry = entries.get(token);
        if (entry == null || !clock.instant().isBefore(entry.validUntil())) {
            if (entry != null) {
                entries.remove(token, entry);
            }
            misses.increment();
            return null;
        }
        hits.increment();
        // the stored copy holds no request; this request's goes in, as quarkus-oidc would have put it
        return QuarkusSecurityIdentity.builder(entry.identity()).addAttribute(ROUTING_CONTEXT, request).build();
    }

    /** Keeps an identity quarkus-oidc has just made from this token (not one handed out from here). */
    public void remember(String token, SecurityIdentity identity) {
        if (!enabled || identity.getAttribute(FROM_CACHE) != null || !(identity.getAttribute(EXPIRE_TIME) instanceof Long exp)) {
            return;
        }
        Instant now = clock.instant();
        Instant validUntil = Instant.ofEpochSecond(exp);
        if (validUntil.isAfter(now.plus(maxAge))) {
            validUntil = now.plus(maxAge);
        }
        if (!now.isBefore(validUntil)) {
            return;
        }
        if (entries.size() >= maxEntries && !sweep(now)) {
            refused.increment();
            return;
        }
        // no request kept alive by the cache: the attribute is dropped from the stored copy
        SecurityIdentity stored = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ROUTING_CONTEXT, null).addAttribute(FROM_CACHE, Boolean.TRUE).build();
        entries.put(token, new Entry(stored, validUntil));
    }

    int size() {
        return entries.size();
    }

    /** Drops expired entries, at most once a second; true when there is room afterwards. */
    private boolean sweep(Instant now) {
        if (now.isAfter(lastSweep.plusSeconds(1))) {
            lastSweep = now;
            entries.values().removeIf(e -> !now.isBefore(e.validUntil()));
        }
        return entries.size() < maxEntries;
    }
}
