package io.yizhan.volunteer.help.rest;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A help request as the worker and the station's butlers see it; never who asked. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HelpView(UUID id, String tenant, UUID stationId, String stationName, String category, String categoryLabel,
                       String note, String status, String statusLabel, int escalationLevel, OffsetDateTime requestedAt,
                       OffsetDateTime acceptedAt, OffsetDateTime resolvedAt, Boolean acceptedByMe, Boolean mine) {
}
