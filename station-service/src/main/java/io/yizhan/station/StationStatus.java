package io.yizhan.station;

/** Life cycle of a station: planned → open → suspended / warned → delisted. */
public enum StationStatus {
    PLANNED("筹建中"),
    OPEN("运营中"),
    SUSPENDED("暂停"),
    WARNED("警告"),
    DELISTED("摘牌");

    public final String label;

    StationStatus(String label) {
        this.label = label;
    }
}
