package io.yizhan.volunteer.shift;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A missed check-in, for the city admin (names are shown to admins of the city only). */
public record MissedCheckIn(UUID shiftId, UUID stationId, String stationName, OffsetDateTime startsAt, UUID volunteerId,
                            String volunteerName) {
}
