package io.yizhan.locker;

/**
 * Life of a reservation: RESERVED → OPENING (code entered, or an open command sent) → PICKED_UP, or
 * CANCELLED / EXPIRED / FAILED; an opening the device never answered is UNKNOWN (its unit stays held)
 * until the device's late answer or next stock report settles it as PICKED_UP or FAILED.
 */
public enum ReservationStatus {
    RESERVED("已预约"),
    OPENING("取件中"),
    PICKED_UP("已领取"),
    CANCELLED("已取消"),
    EXPIRED("已过期"),
    FAILED("出货失败"),
    UNKNOWN("待核对");

    public final String label;

    ReservationStatus(String label) {
        this.label = label;
    }
}
