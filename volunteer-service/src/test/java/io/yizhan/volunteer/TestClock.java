package io.yizhan.volunteer;

import io.yizhan.common.testing.MovableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/** The service's clock in tests: set, moved forward, or started at the instant the build chose (-Dyizhan.test.clock). */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends MovableClock {
}
