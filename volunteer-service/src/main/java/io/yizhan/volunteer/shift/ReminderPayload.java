package io.yizhan.volunteer.shift;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * {@code yizhan.volunteer.shift-reminder}: for a channel outside Yizhan (app push, SMS gateway of a
 * city union) to deliver. It names our volunteer id and the Keycloak subject, nothing more personal.
 */
public record ReminderPayload(UUID shiftId, UUID stationId, String tenant, UUID volunteerId, String subject, String title,
                              OffsetDateTime startsAt, String reminder) {
}
