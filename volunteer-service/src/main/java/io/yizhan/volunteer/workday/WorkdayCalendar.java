package io.yizhan.volunteer.workday;

import java.util.List;

/** A city's loaded calendar of one year; {@code days} empty means none was loaded and only weekends rest. */
public record WorkdayCalendar(String tenant, int year, List<AdjustedDay> days) {
}
