package io.yizhan.volunteer.workday;

/** A day as the city's upload lists it: {@code date} stays text so the service names the entry whose date is wrong. */
public record ListedDay(String date, boolean working, String name) {
}
