package io.yizhan.station.doors.messaging;

import java.time.LocalDate;
import java.util.UUID;

/** {@code yizhan.station.visited}: one station's door count for one local day (never one event per entry). */
public record StationVisitedPayload(UUID stationId, String tenant, LocalDate day, int visits, int denied) {
}
