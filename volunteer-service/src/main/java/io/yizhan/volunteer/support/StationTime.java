package io.yizhan.volunteer.support;

import io.yizhan.volunteer.shift.service.ShiftService;

import java.time.OffsetDateTime;

/** "Now" on the stations' clock (Asia/Shanghai), which the resources hand to the services so that tests can pass another. */
public final class StationTime {

    private StationTime() {
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(io.yizhan.common.time.StationTime.ZONE);
    }
}
