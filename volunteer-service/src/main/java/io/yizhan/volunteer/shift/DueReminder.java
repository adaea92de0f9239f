package io.yizhan.volunteer.shift;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A confirmed sign-up whose reminder of one kind is due and not sent yet, with what the reminder says. */
public record DueReminder(UUID signupId, UUID shiftId, UUID stationId, String tenant, UUID volunteerId, String subject, String title,
                          OffsetDateTime startsAt) {
}
