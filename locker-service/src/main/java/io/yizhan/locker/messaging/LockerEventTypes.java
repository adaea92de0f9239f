package io.yizhan.locker.messaging;

/** CloudEvent types this service publishes on locker-events (key and subject: the station id). */
public final class LockerEventTypes {
    public static final String ITEM_RESERVED = "yizhan.locker.item-reserved";
    public static final String ITEM_PICKED_UP = "yizhan.locker.item-picked-up";
    public static final String RESERVATION_EXPIRED = "yizhan.locker.reservation-expired";
    /** For the worker's notification; the only type here that names a person (by subject). */
    public static final String RESERVATION_EXPIRING = "yizhan.locker.reservation-expiring";
    public static final String RESTOCKED = "yizhan.locker.restocked";
    public static final String STOCK_LOW = "yizhan.locker.stock-low";
    public static final String DEVICE_OFFLINE = "yizhan.locker.device-offline";
    public static final String DEVICE_ONLINE = "yizhan.locker.device-online";

    private LockerEventTypes() {
    }
}
