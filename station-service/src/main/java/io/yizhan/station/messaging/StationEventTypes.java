package io.yizhan.station.messaging;

/** CloudEvents {@code type}s on {@code station-events}. */
public final class StationEventTypes {
    public static final String REGISTERED = "yizhan.station.registered";
    public static final String UPDATED = "yizhan.station.updated";
    public static final String STATUS_CHANGED = "yizhan.station.status-changed";

    private StationEventTypes() {
    }
}
