package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.StationSignals;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A station's scorecard (考评卡): its signals, the latest inspection, a 0–100 score that sums them up
 * (null until there is something to score), its open cards and all cards so far.
 */
public record ScorecardView(
        UUID stationId,
        String name,
        String tenant,
        String status,
        OffsetDateTime asOf,
        OffsetDateTime judgedSince,
        Integer score,
        StationSignals signals,
        InspectionSummary inspection,
        List<CardView> openCards,
        List<CardView> cards) {
}
