package io.yizhan.station.registry.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ReportView(UUID id, UUID stationId, String tenant, String kind, String note, String status,
                         OffsetDateTime createdAt, OffsetDateTime resolvedAt, String resolution) {
}
