package io.yizhan.rating.messaging;

/** The CloudEvent types this service writes to rating-events (schemas: docs/events/rating-events.md). */
public final class RatingEventTypes {
    public static final String RATING_SUBMITTED = "yizhan.rating.rating-submitted";
    public static final String SUGGESTION_SUBMITTED = "yizhan.rating.suggestion-submitted";
    public static final String SUGGESTION_ANSWERED = "yizhan.rating.suggestion-answered";
    public static final String SATISFACTION_CHANGED = "yizhan.rating.satisfaction-changed";
    public static final String QR_ROTATED = "yizhan.rating.qr-rotated";

    private RatingEventTypes() {
    }
}
