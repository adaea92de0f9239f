package io.yizhan.common.time;

import java.time.ZoneId;

/** Stations keep Beijing time: days, weeks, opening hours and quiet hours are read in this zone. */
public final class StationTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private StationTime() {
    }
}
