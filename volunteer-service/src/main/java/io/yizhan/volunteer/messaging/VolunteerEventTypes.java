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
    public static final String HELP_REQUESTED = "yizhan.volunteer.help-requested";
    public static final String HELP_ACCEPTED = "yizhan.volunteer.help-accepted";
    public static final String HELP_ESCALATED = "yizhan.volunteer.help-escalated";
    public static final String HELP_RESOLVED = "yizhan.volunteer.help-resolved";
    public static final String HELP_CANCELLED = "yizhan.volunteer.help-cancelled";
    public static final String HEALTH_CHECK_RECORDED = "yizhan.volunteer.health-check-recorded";
    public static final String MEMBER_JOINED = "yizhan.volunteer.member-joined";
    /** Keyed by the case id, not a station: a station key would tell that someone there complained. */
    public static final String RIGHTS_CASE_ANSWERED = "yizhan.volunteer.rights-case-answered";

    private VolunteerEventTypes() {
    }
}
