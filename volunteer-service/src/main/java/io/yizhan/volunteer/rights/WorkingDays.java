package io.yizhan.volunteer.rights;

import io.yizhan.common.time.StationTime;

import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Deadlines in working days, Monday to Friday in station time. Public holidays and the weekend
 * days swapped around them (调休) are not modelled yet: a deadline over 国庆 falls too early.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The same time of day, {@code days} working days after {@code start}; a weekend start counts from Monday. */
    public static OffsetDateTime after(OffsetDateTime start, int days) {
        ZonedDateTime at = start.atZoneSameInstant(StationTime.ZONE);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at.toOffsetDateTime();
    }
}
