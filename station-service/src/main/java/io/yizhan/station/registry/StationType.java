package io.yizhan.station.registry;

/** Kinds of station the province builds, with the name used on signs and in the portal. */
public enum StationType {
    STANDALONE("独立驿站"),
    COURIER_DEPOT("快递网点内驿站"),
    SHOP_OR_PUBLIC_BUILDING("商户或公共建筑内驿站"),
    SMART("智慧驿站"),
    TWENTY_FOUR_HOUR("24小时驿站");

    public final String label;

    StationType(String label) {
        this.label = label;
    }
}
