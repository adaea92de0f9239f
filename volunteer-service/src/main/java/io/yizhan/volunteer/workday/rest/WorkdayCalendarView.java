package io.yizhan.volunteer.workday.rest;

import io.yizhan.volunteer.workday.WorkdayCalendar;

import java.util.List;

/** A city's loaded calendar of one year; {@code days} empty means none was loaded and only weekends rest. */
public record WorkdayCalendarView(String tenant, int year, List<CalendarDay> days) {

    static WorkdayCalendarView of(WorkdayCalendar c) {
        return new WorkdayCalendarView(c.tenant(), c.year(), c.days().stream()
                .map(d -> new CalendarDay(d.date().toString(), d.working(), d.name())).toList());
    }
}
