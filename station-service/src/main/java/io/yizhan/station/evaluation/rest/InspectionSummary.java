package io.yizhan.station.evaluation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The latest inspection as a scorecard shows it. */
public record InspectionSummary(UUID id, String kind, int total, int maxTotal, boolean baseMet, OffsetDateTime inspectedAt) {
}
