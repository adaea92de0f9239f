package io.yizhan.volunteer.health.rest;

import java.time.LocalDate;
import java.util.UUID;

/** Sessions at one station on one day (station time). */
public record HealthCheckCount(UUID stationId, String stationName, String tenant, LocalDate day, long sessions) {
}
