package io.yizhan.partner.messaging;

import java.util.List;

/** The event types partners subscribe to; each is also the {@code type} of the webhook's CloudEvent. */
public final class PartnerEventTypes {

    /** A station starts serving: PLANNED or SUSPENDED → OPEN or WARNED. */
    public static final String STATION_OPENED = "station.opened";
    /** A serving station is paused: OPEN or WARNED → SUSPENDED. */
    public static final String STATION_CLOSED = "station.closed";
    public static final String STATION_HOURS_CHANGED = "station.hours-changed";
    /** A station loses its licence for good: any status → DELISTED. */
    public static final String STATION_DELISTED = "station.delisted";
    public static final String LOCKER_RESTOCKED = "locker.restocked";
    public static final String LOCKER_STOCK_LOW = "locker.stock-low";
    /** Sent only by {@code POST /subscriptions/{id}/test}; never subscribed to. */
    public static final String WEBHOOK_TEST = "webhook.test";

    public static final List<String> SUBSCRIBABLE = List.of(STATION_OPENED, STATION_CLOSED, STATION_HOURS_CHANGED,
            STATION_DELISTED, LOCKER_RESTOCKED, LOCKER_STOCK_LOW);

    private PartnerEventTypes() {
    }
}
