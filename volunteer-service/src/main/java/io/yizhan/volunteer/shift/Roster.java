package io.yizhan.volunteer.shift;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One shift's sign-ups (in the order a desk reads them) and service log, with the volunteers' display names. */
public record Roster(StationShift shift, List<Entry> signups, List<LogEntry> serviceLog) {

    /** A sign-up; {@code waitlistPosition} is 1 for the next to be promoted, null when not waiting. */
    public record Entry(UUID volunteerId, String volunteerName, Signup.Status status, Long waitlistPosition,
                        OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, boolean late) {
    }

    public record LogEntry(UUID volunteerId, String volunteerName, String description, int workersServed, OffsetDateTime at) {
    }
}
