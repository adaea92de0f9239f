package io.yizhan.volunteer.help;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code data} of help events: the times the evaluation measures answers by, never the worker or
 * the note. {@code onDuty} (help-requested only) counts the butlers on duty when it was asked.
 */
public record HelpEventPayload(UUID helpRequestId, UUID stationId, String tenant, String category, String status,
                               int escalationLevel, OffsetDateTime requestedAt, OffsetDateTime acceptedAt,
                               OffsetDateTime resolvedAt, OffsetDateTime at, Integer onDuty) {
}
