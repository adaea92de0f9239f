package io.yizhan.locker;

/** What a device is told to do. */
public enum DeviceCommandKind {
    /** Open compartment N for reservation R: the reservation's pickup when the device confirms. */
    OPEN("开格取件"),
    /** An admin opens a compartment (with or without a reservation); audited in remote_open. */
    REMOTE_OPEN("远程开门"),
    /** New settings for the device (a JSON object). */
    SET_CONFIG("下发配置");

    public final String label;

    DeviceCommandKind(String label) {
        this.label = label;
    }
}
