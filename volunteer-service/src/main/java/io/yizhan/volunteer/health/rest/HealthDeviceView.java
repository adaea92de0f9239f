package io.yizhan.volunteer.health.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A registered device and how many sessions it recorded in the last 30 days (a count, never a measured value). */
public record HealthDeviceView(String clientId, String tenant, UUID stationId, String stationName, OffsetDateTime registeredAt,
                               long sessionsLast30Days) {
}
