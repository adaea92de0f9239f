package io.yizhan.station.registry;

/** What the year's programme did for a station: built it, upgraded it, or made it smart. */
public enum BuildKind {
    NEW("新建"),
    UPGRADE("提升改造"),
    SMART_UPGRADE("智慧化改造");

    public final String label;

    BuildKind(String label) {
        this.label = label;
    }
}
