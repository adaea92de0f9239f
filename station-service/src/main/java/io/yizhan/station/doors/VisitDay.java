package io.yizhan.station.doors;

import java.time.LocalDate;
import java.util.UUID;

/** A station's door count for one local day: visits (granted entries), denied attempts, people inside. */
public record VisitDay(UUID stationId, LocalDate day, int visits, int denied, int occupancy) {
}
