package io.yizhan.volunteer.health.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record HealthCheckView(UUID id, UUID stationId, String kind, String kindLabel, OffsetDateTime at) {
}
