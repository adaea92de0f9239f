package io.yizhan.volunteer.shift.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A volunteer's place on a shift; {@code waitlistPosition} is 1 for the next to be promoted. */
public record SignupView(UUID id, UUID shiftId, String status, Long waitlistPosition, OffsetDateTime startsAt,
                         OffsetDateTime endsAt, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, boolean late) {
}
