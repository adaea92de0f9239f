package io.yizhan.volunteer.messaging;

/** CloudEvents {@code type}s on {@code volunteer-events} (key: the station id). */
public final class VolunteerEventTypes {
    public static final String SHIFT_PUBLISHED = "yizhan.volunteer.shift-published";
    public static final String SIGNED_UP = "yizhan.volunteer.signed-up";
    public static final String SIGNUP_CANCELLED = "yizhan.volunteer.signup-cancelled";
    public static final String CHECKED_IN = "yizhan.volunteer.checked-in";
    public static final String CHECKED_OUT = "yizhan.volunteer.checked-out";
    public static final String NO_SHOW = "yizhan.volunteer.no-show";
    public static final String WISH_PUBLISHED = "yizhan.volunteer.wish-published";
    public static final String WISH_CLAIMED = "yizhan.volunteer.wish-claimed";
    public static final String WISH_FULFILLED = "yizhan.volunteer.wish-fulfilled";

    private VolunteerEventTypes() {
    }
}
