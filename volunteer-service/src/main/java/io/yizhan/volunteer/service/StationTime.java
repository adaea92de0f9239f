package io.yizhan.volunteer.service;

import java.time.OffsetDateTime;

/** "Now" on the stations' clock (Asia/Shanghai), which the resources hand to the services so that tests can pass another. */
public final class StationTime {

    private StationTime() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ShiftService.STATION_TIME);
    }
}
