package io.yizhan.volunteer.health.rest;

import io.yizhan.volunteer.health.HealthCheckSession;

import java.time.OffsetDateTime;
import java.util.UUID;

public record HealthCheckView(UUID id, UUID stationId, String kind, String kindLabel, OffsetDateTime at) {

    static HealthCheckView of(HealthCheckSession s) {
        return new HealthCheckView(s.id, s.stationId, s.kind.name(), s.kind.label, s.at);
    }
}
