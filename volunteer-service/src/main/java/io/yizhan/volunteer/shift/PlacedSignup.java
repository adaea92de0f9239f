package io.yizhan.volunteer.shift;

/** A sign-up with its place on the waitlist (1 for the next to be promoted; null when not waiting). */
public record PlacedSignup(Signup signup, Long waitlistPosition) {
}
