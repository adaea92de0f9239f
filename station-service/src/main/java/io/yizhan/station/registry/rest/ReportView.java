package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.StationReport;

import java.time.OffsetDateTime;
import java.util.UUID;

public record ReportView(UUID id, UUID stationId, String tenant, String kind, String note, String status,
                         OffsetDateTime createdAt, OffsetDateTime resolvedAt, String resolution) {

    public static ReportView of(StationReport r) {
        return new ReportView(r.id, r.stationId, r.tenant, r.kind.name(), r.note, r.status.name(), r.createdAt,
                r.resolvedAt, r.resolution);
    }
}
