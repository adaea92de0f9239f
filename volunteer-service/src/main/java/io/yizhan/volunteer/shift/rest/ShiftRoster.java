package io.yizhan.volunteer.shift.rest;

import io.yizhan.volunteer.shift.Roster;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One shift as its desk sees it: who holds a place, who waits (in order), who did not come, and the
 * service log the volunteers wrote. Names are the volunteers' display names; no phone numbers.
 */
public record ShiftRoster(ShiftView shift, List<Entry> signups, List<LogEntry> serviceLog) {

    static ShiftRoster of(Roster r) {
        return new ShiftRoster(ShiftView.of(r.shift()), r.signups().stream().map(e -> new Entry(e.volunteerId(), e.volunteerName(),
                e.status().name(), e.status().label, e.waitlistPosition(), e.checkedInAt(), e.checkedOutAt(), e.late())).toList(),
                r.serviceLog().stream().map(l -> new LogEntry(l.volunteerId(), l.volunteerName(), l.description(), l.workersServed(),
                        l.at())).toList());
    }

    /** A sign-up; {@code waitlistPosition} is 1 for the next to be promoted, null when not waiting. */
    public record Entry(UUID volunteerId, String volunteerName, String status, String statusLabel, Long waitlistPosition,
                        OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, boolean late) {
    }

    public record LogEntry(UUID volunteerId, String volunteerName, String description, int workersServed, OffsetDateTime at) {
    }
}
