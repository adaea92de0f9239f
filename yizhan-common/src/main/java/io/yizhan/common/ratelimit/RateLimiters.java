package io.yizhan.common.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named in-memory limiters of one service, counted in its Micrometer registry. A service asks for
 * a limiter once (by name, with its limit and window from its own configuration) and keeps it.
 */
@ApplicationScoped
public class RateLimiters {

    /** Keys a limiter tracks before it sweeps out expired windows. */
    static final int MAX_KEYS = 100_000;

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, FixedWindowLimiter> limiters = new ConcurrentHashMap<>();

    public RateLimiters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The limiter of this name, created with these settings the first time it is asked for. */
    public FixedWindowLimiter fixedWindow(String name, int limit, Duration window) {
        return limiters.computeIfAbsent(name,
                n -> new FixedWindowLimiter(n, limit, window, MAX_KEYS, clock, registry));
    }
}
