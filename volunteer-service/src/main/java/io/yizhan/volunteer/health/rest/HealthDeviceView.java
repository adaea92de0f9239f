package io.yizhan.volunteer.health.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record HealthDeviceView(String clientId, String tenant, UUID stationId, String stationName, OffsetDateTime registeredAt) {
}
