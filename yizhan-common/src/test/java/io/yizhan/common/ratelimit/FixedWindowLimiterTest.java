package io.yizhan.common.ratelimit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixedWindowLimiterTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-28T01:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    FixedWindowLimiter limiter(int limit, int maxKeys) {
        return new FixedWindowLimiter("test", limit, Duration.ofMinutes(10), maxKeys, clock, registry);
    }

    double count(String outcome) {
        return registry.get(FixedWindowLimiter.METER).tag("limiter", "test").tag("outcome", outcome).counter().count();
    }

    @Test
    void allowsTheLimitThenRefusesUntilTheWindowEnds() {
        FixedWindowLimiter limiter = limiter(3, 100);
        assertEquals(2, limiter.acquire("a").remaining());
        assertTrue(limiter.acquire("a").allowed());
        assertTrue(limiter.acquire("a").allowed());
        clock.now = clock.now.plusSeconds(60);
        FixedWindowLimiter.Decision refused = limiter.acquire("a");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofMinutes(9), refused.retryAfter());
        assertEquals(540, refused.retryAfterSeconds());

        assertTrue(limiter.acquire("b").allowed(), "another key has its own window");

        clock.now = clock.now.plusSeconds(540);
        assertTrue(limiter.acquire("a").allowed(), "a new window starts");
        assertEquals(5, count("allowed"));
        assertEquals(1, count("limited"));
    }

    @Test
    void checkThrowsA429WithRetryAfterInWholeSeconds() {
        FixedWindowLimiter limiter = limiter(1, 100);
        limiter.check("k");
        clock.now = clock.now.plusMillis(599_500);
        RateLimitedException e = assertThrows(RateLimitedException.class, () -> limiter.check("k"));
        assertEquals(429, e.status());
        assertEquals(1, e.retryAfterSeconds(), "half a second left rounds up to 1");
        assertEquals(429, e.toProblem().status());
    }

    @Test
    void expiredKeysAreSweptWhenTheMapGrows() {
        FixedWindowLimiter limiter = limiter(1, 2);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("c");
        assertEquals(3, limiter.trackedKeys());
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        limiter.acquire("d");
        assertEquals(1, limiter.trackedKeys());
    }

    @Test
    void refusesNonsenseSettings() {
        assertThrows(IllegalArgumentException.class,
                () -> new FixedWindowLimiter("x", 0, Duration.ofMinutes(1), 10, clock, registry));
        assertThrows(IllegalArgumentException.class,
                () -> new FixedWindowLimiter("x", 1, Duration.ZERO, 10, clock, registry));
    }

    @Test
    void theRegistryHandsOutOneLimiterPerName() {
        RateLimiters limiters = new RateLimiters(registry, java.time.Clock.fixed(java.time.Instant.parse("2026-12-04T09:00:30Z"), java.time.ZoneOffset.UTC));
        assertTrue(limiters.fixedWindow("n", 1, Duration.ofMinutes(1)) == limiters.fixedWindow("n", 5, Duration.ofHours(1)));
    }
}
