package io.yizhan.volunteer.shift;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code data} of shift and sign-up events. {@code volunteerId} is our own id, never a name:
 * the evaluation needs to know that a station was staffed, not by whom.
 */
public record ShiftEventPayload(UUID shiftId, UUID stationId, String tenant, String kind, OffsetDateTime startsAt,
                                OffsetDateTime endsAt, UUID volunteerId, String signupStatus, OffsetDateTime at,
                                Boolean late) {
}
