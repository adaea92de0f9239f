package io.yizhan.volunteer.health;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code data} of health-check-recorded: that a check of a kind happened, never a value or the worker. */
public record HealthCheckPayload(UUID sessionId, UUID stationId, String tenant, String kind, OffsetDateTime at) {
}
