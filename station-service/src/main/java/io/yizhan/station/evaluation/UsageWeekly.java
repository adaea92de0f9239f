package io.yizhan.station.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * Uses of a city's (or the province's) stations per week, by kind, for the dashboard: granted door
 * entries in, locker pickups, volunteers' duty check-ins and health-check sessions. Weeks start on
 * Monday (station time); the last one is the current, incomplete week. Every week is listed, with
 * zeros where nothing happened.
 */
public record UsageWeekly(String tenant, List<Week> weeks) {

    public record Week(LocalDate week, long doorEntries, long pickups, long checkIns, long healthChecks) {
    }
}
