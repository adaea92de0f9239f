package io.yizhan.volunteer.shift;

import io.yizhan.volunteer.profile.Volunteer;

import java.util.List;
import java.util.UUID;

/**
 * A shift to publish, as the desk entered it: {@code date}, {@code start}, {@code end} and {@code until}
 * stay text because the service checks them and names the field that is wrong. With {@code weekdays}
 * and {@code until} it is a weekly pattern.
 */
public record NewShift(UUID stationId, String date, String start, String end, Shift.Kind kind, int capacity, String title,
                       Volunteer.Kind roleNeeded, List<Integer> weekdays, String until) {
}
