package io.yizhan.station.evaluation.rest;

import java.time.OffsetDateTime;

/** What one evaluation run did. */
public record RunSummary(OffsetDateTime asOf, String tenant, int stationsJudged, int yellowCards, int redCards, int escalated) {
}
