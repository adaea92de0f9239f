package io.yizhan.locker;

/** Life of a reservation: RESERVED → OPENING (code entered) → PICKED_UP, or CANCELLED / EXPIRED / FAILED. */
public enum ReservationStatus {
    RESERVED("已预约"),
    OPENING("取件中"),
    PICKED_UP("已领取"),
    CANCELLED("已取消"),
    EXPIRED("已过期"),
    FAILED("出货失败");

    public final String label;

    ReservationStatus(String label) {
        this.label = label;
    }
}
