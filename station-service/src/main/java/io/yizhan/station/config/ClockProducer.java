package io.yizhan.station.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The evaluation's clock, in station time. Deadlines, weeks and 30-day windows are read from it,
 * so tests can move it forward a month instead of waiting one.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock stationClock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
