package io.yizhan.volunteer.rights;

import io.yizhan.common.time.StationTime;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Deadlines in working days in station time: Monday to Friday, except the days a city's official
 * calendar lists (public holidays off, 调休 weekend days worked; see WorkdayCalendarService).
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The same time of day, {@code days} working days after {@code start}; a weekend start counts from Monday. */
    public static OffsetDateTime after(OffsetDateTime start, int days) {
        return after(start, days, Map.of());
    }

    /** The same, where {@code calendar} says for the days it lists whether they are worked. */
    public static OffsetDateTime after(OffsetDateTime start, int days, Map<LocalDate, Boolean> calendar) {
        ZonedDateTime at = start.atZoneSameInstant(StationTime.ZONE);
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            LocalDate day = at.toLocalDate();
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (calendar.getOrDefault(day, weekday)) {
                left--;
            }
        }
        return at.toOffsetDateTime();
    }
}
