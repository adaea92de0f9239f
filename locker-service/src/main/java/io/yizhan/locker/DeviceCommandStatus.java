package io.yizhan.locker;

/**
 * A command's state. PENDING until the device answers; DONE or FAILED by the device's word (or by
 * reconciliation with its stock report); EXPIRED when it never reached the device; UNKNOWN when an
 * opening reached the device but was never answered: whether the door opened is not known, so its
 * unit stays held (never re-sold by a timer) until the device's next answer or stock report.
 */
public enum DeviceCommandStatus {
    PENDING("待执行"),
    DONE("已执行"),
    FAILED("执行失败"),
    EXPIRED("已过期"),
    UNKNOWN("待核对");

    public final String label;

    DeviceCommandStatus(String label) {
        this.label = label;
    }
}
