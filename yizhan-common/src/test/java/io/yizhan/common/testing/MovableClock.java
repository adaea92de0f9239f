package io.yizhan.common.testing;

import io.yizhan.common.time.StationTime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A clock for tests that runs at real speed from a start the test (or the build) chooses, and can be
 * set or moved forward. Each service's tests subclass it as an {@code @Alternative @Priority(1)
 * @Singleton} bean, which replaces {@code io.yizhan.common.time.ClockProducer}'s system clock.
 *
 * <p>The start is the system property {@value #START_PROPERTY} when given (an ISO-8601 date-time with
 * offset, e.g. {@code 2026-12-31T23:30:00+08:00}: the CI step that runs the time-sensitive classes at
 * fixed instants sets it), else the wall clock. It keeps running so that timeouts and "within the
 * last minute" checks behave as in production; {@link #set} and {@link #advance} move it.
 */
public class MovableClock extends Clock {

    public static final String START_PROPERTY = "yizhan.test.clock";

    private final Instant configuredStart;
    private volatile Instant base;
    private volatile long baseNanos;

    public MovableClock() {
        String start = System.getProperty(START_PROPERTY, "").trim();
        configuredStart = start.isEmpty() ? null : OffsetDateTime.parse(start).toInstant();
        reset();
    }

    /** Back to the configured start (or the wall clock). */
    public final synchronized void reset() {
        set(configuredStart != null ? configuredStart : Instant.now());
    }

    /** From now on the clock reads {@code at}, then runs on. */
    public final synchronized void set(Instant at) {
        base = at;
        baseNanos = System.nanoTime();
    }

    public final void set(OffsetDateTime at) {
        set(at.toInstant());
    }

    public final synchronized void advance(Duration by) {
        set(instant().plus(by));
    }

    /** Whether the build fixed the start instant (tests that need "today" to be a given day may check). */
    public final boolean startFixed() {
        return configuredStart != null;
    }

    @Override
    public ZoneId getZone() {
        return StationTime.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return base.plusNanos(System.nanoTime() - baseNanos);
    }
}
