package io.yizhan.station.registry;

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

    /** The life cycle's allowed steps; delisting is final. */
    public boolean canBecome(StationStatus next) {
        return switch (this) {
            case PLANNED -> next == OPEN || next == DELISTED;
            case OPEN -> next == SUSPENDED || next == WARNED || next == DELISTED;
            case SUSPENDED -> next == OPEN || next == DELISTED;
            case WARNED -> next == OPEN || next == SUSPENDED || next == DELISTED;
            case DELISTED -> false;
        };
    }

    /** Whether workers find the station in search: only stations that are running. */
    public boolean searchable() {
        return this == OPEN || this == WARNED;
    }
}
