package io.yizhan.station.registry.messaging;

/** CloudEvents {@code type}s on {@code station-events}. */
public final class StationEventTypes {
    public static final String REGISTERED = "yizhan.station.registered";
    public static final String UPDATED = "yizhan.station.updated";
    public static final String STATUS_CHANGED = "yizhan.station.status-changed";
    public static final String HOURS_CHANGED = "yizhan.station.hours-changed";
    public static final String VISITED = "yizhan.station.visited";
    /** The evaluation issued a yellow or red card. */
    public static final String CARD_ISSUED = "yizhan.station.card-issued";
    /** A card moved on: rectification submitted, accepted or rejected, escalated, delisting decided. */
    public static final String CARD_CHANGED = "yizhan.station.card-changed";

    private StationEventTypes() {
    }
}
