package io.yizhan.volunteer.health;

import java.time.LocalDate;
import java.util.UUID;

/** Sessions at one station on one day (station time). */
public record DailySessions(UUID stationId, String stationName, String tenant, LocalDate day, long sessions) {
}
