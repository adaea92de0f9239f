package io.yizhan.volunteer.health.rest;

import io.yizhan.volunteer.health.DailySessions;

import java.time.LocalDate;
import java.util.UUID;

/** Sessions at one station on one day (station time). */
public record HealthCheckCount(UUID stationId, String stationName, String tenant, LocalDate day, long sessions) {

    static HealthCheckCount of(DailySessions d) {
        return new HealthCheckCount(d.stationId(), d.stationName(), d.tenant(), d.day(), d.sessions());
    }
}
