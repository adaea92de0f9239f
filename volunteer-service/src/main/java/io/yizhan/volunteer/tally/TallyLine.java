package io.yizhan.volunteer.tally;

import java.util.UUID;

/**
 * Person-times and hours (rounded to 0.01) of one line of a year's tallies. {@code id} and {@code name}
 * are the person's, team's or station's (a city's line has only its code in {@code name}; the total has
 * neither); {@code kind} is a person's volunteer kind.
 */
public record TallyLine(UUID id, String name, String kind, long personTimes, double hours) {
}
