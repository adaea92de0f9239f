package io.yizhan.volunteer.workday.rest;

import java.util.List;

/** A city's loaded calendar of one year; {@code days} empty means none was loaded and only weekends rest. */
public record WorkdayCalendarView(String tenant, int year, List<CalendarDay> days) {
}
