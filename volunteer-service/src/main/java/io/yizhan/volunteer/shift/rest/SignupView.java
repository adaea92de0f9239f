package io.yizhan.volunteer.shift.rest;

import io.yizhan.volunteer.shift.PlacedSignup;
import io.yizhan.volunteer.shift.Signup;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A volunteer's place on a shift; {@code waitlistPosition} is 1 for the next to be promoted. */
public record SignupView(UUID id, UUID shiftId, String status, Long waitlistPosition, OffsetDateTime startsAt,
                         OffsetDateTime endsAt, OffsetDateTime checkedInAt, OffsetDateTime checkedOutAt, boolean late) {

    static SignupView of(PlacedSignup placed) {
        Signup s = placed.signup();
        return new SignupView(s.id, s.shiftId, s.status.name(), placed.waitlistPosition(), s.startsAt, s.endsAt, s.checkedInAt,
                s.checkedOutAt, s.late);
    }
}
