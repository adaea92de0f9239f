package io.yizhan.common.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * A fixed-window limit shared by every replica of a service: the counter is a row of
 * {@code rate_limit_window} in the service's own database, incremented atomically, so N pods still
 * allow {@code limit} per key and window, not N × limit (what {@link FixedWindowLimiter} does in
 * memory). Windows start on the clock's multiples of the window length, so every pod agrees on them.
 * Expired rows are deleted whenever a new window row is made: the table holds at most the keys of
 * the current window (and of the one before, until the first new key after it).
 *
 * <p>Runs on the pool, outside the caller's transaction: a refused or failed request still counts.
 * Counts {@code yizhan.ratelimit.requests} like the in-memory limiter.
 */
@ApplicationScoped
public class SharedRateLimiter {

    private final Pool pool;
    private final Clock clock;
    private final MeterRegistry registry;

    public SharedRateLimiter(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        this.registry = registry;
    }

    /** Counts one request of {@code key} against {@code limiter}'s window and says whether it may proceed. */
    public Uni<FixedWindowLimiter.Decision> acquire(String limiter, String key, int limit, Duration window) {
        if (limit < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        long now = clock.millis();
        long length = window.toMillis();
        long start = Math.floorDiv(now, length) * length;
        OffsetDateTime windowStart = OffsetDateTime.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC);
        OffsetDateTime expiresAt = windowStart.plus(window);
        return pool.preparedQuery("""
                        INSERT INTO rate_limit_window (limiter, key_hash, window_start, used, expires_at)
                        VALUES ($1, $2, $3, 1, $4)
                        ON CONFLICT (limiter, key_hash, window_start) DO UPDATE SET used = rate_limit_window.used + 1
                        RETURNING used""")
                .execute(Tuple.of(limiter, hash(key), windowStart, expiresAt))
                .map(rows -> rows.iterator().next().getInteger("used"))
                .call(used -> used == 1
                        ? pool.preparedQuery("DELETE FROM rate_limit_window WHERE expires_at <= $1")
                                .execute(Tuple.of(OffsetDateTime.ofInstant(Instant.ofEpochMilli(now), ZoneOffset.UTC)))
                        : Uni.createFrom().voidItem())
                .map(used -> {
                    boolean allowed = used <= limit;
                    registry.counter(FixedWindowLimiter.METER, "limiter", limiter, "outcome", allowed ? "allowed" : "limited")
                            .increment();
                    return allowed
                            ? new FixedWindowLimiter.Decision(true, limit - used, Duration.ZERO)
                            : new FixedWindowLimiter.Decision(false, 0, Duration.ofMillis(start + length - now));
                });
    }

    /** Like {@link #acquire} but fails with a {@link RateLimitedException} (429 with Retry-After) beyond the limit. */
    public Uni<Void> check(String limiter, String key, int limit, Duration window) {
        return acquire(limiter, key, limit, window).map(decision -> {
            if (!decision.allowed()) {
                throw new RateLimitedException(decision.retryAfterSeconds());
            }
            return null;
        });
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
