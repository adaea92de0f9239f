package io.yizhan.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" for every service, in station time. Main code never reads the wall clock
 * itself, so a test can put the whole service at 23:30 on 31 December, or a month later, and the
 * rules that depend on the day, the week or a deadline are tested at the instant they care about.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock stationClock() {
        return Clock.system(StationTime.ZONE);
    }
}
