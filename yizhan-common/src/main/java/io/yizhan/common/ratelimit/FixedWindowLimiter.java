package io.yizhan.common.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} requests per key in each fixed window of {@code window} (windows start when a
 * key is first seen, not on the clock's boundaries). Kept in memory, per service instance: with N
 * replicas a key may get up to N × limit. Counts {@code yizhan.ratelimit.requests} in Micrometer,
 * tagged with the limiter's name and {@code outcome} = {@code allowed} or {@code limited}.
 *
 * <p>Thread-safe; idle keys are dropped once their window has passed and the map holds more than
 * {@code maxKeys} entries.
 */
public class FixedWindowLimiter {

    /** The answer for one request: allowed, or refused until {@code retryAfter} has passed. */
    public record Decision(boolean allowed, int remaining, Duration retryAfter) {
        /** Whole seconds for a {@code Retry-After} header, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }
    }

    private record Window(long startMillis, int used) {
    }

    public static final String METER = "yizhan.ratelimit.requests";

    private final String name;
    private final int limit;
    private final long windowMillis;
    private final int maxKeys;
    private final Clock clock;
    private final Counter allowed;
    private final Counter limited;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FixedWindowLimiter(String name, int limit, Duration window, int maxKeys, Clock clock, MeterRegistry registry) {
        if (limit < 1 || window.isZero() || window.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("limit, window and maxKeys must be positive");
        }
        this.name = name;
        this.limit = limit;
        this.windowMillis = window.toMillis();
        this.maxKeys = maxKeys;
        this.clock = clock;
        this.allowed = Counter.builder(METER).description("Requests seen by a rate limiter")
                .tag("limiter", name).tag("outcome", "allowed").register(registry);
        this.limited = Counter.builder(METER).description("Requests seen by a rate limiter")
                .tag("limiter", name).tag("outcome", "limited").register(registry);
    }

    public String name() {
        return name;
    }

    /** Counts one request for {@code key} and says whether it may proceed. */
    public Decision acquire(String key) {
        long now = clock.millis();
        if (windows.size() > maxKeys) {
            evictExpired(now);
        }
        Window after = windows.compute(key, (k, current) -> {
            if (current == null || now - current.startMillis() >= windowMillis) {
                return new Window(now, 1);
            }
            return new Window(current.startMillis(), Math.min(current.used() + 1, limit + 1));
        });
        if (after.used() <= limit) {
            allowed.increment();
            return new Decision(true, limit - after.used(), Duration.ZERO);
        }
        limited.increment();
        return new Decision(false, 0, Duration.ofMillis(after.startMillis() + windowMillis - now));
    }

    /** Like {@link #acquire} but refuses with a {@link RateLimitedException} (429 with Retry-After). */
    public void check(String key) {
        Decision decision = acquire(key);
        if (!decision.allowed()) {
            throw new RateLimitedException(decision.retryAfterSeconds());
        }
    }

    /** Keys currently tracked (for tests and gauges). */
    public int trackedKeys() {
        return windows.size();
    }

    private void evictExpired(long now) {
        for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
            if (now - it.next().getValue().startMillis() >= windowMillis) {
                it.remove();
            }
        }
    }
}
