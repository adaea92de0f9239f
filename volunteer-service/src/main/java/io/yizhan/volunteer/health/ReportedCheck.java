package io.yizhan.volunteer.health;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A device's report that a check happened: station, kind, when (null: now) and the worker's pseudonym if they logged in. */
public record ReportedCheck(UUID stationId, HealthCheckSession.Kind kind, OffsetDateTime at, String workerPseudonym) {
}
