package io.yizhan.station.evaluation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A card with the rule that fired, its evidence and its audit trail. */
public record CardView(
        UUID id,
        UUID stationId,
        String tenant,
        String colour,
        String rule,
        String ruleNameZh,
        String ruleNameEn,
        String status,
        Map<String, Object> evidence,
        OffsetDateTime issuedAt,
        OffsetDateTime deadline,
        OffsetDateTime closedAt,
        LocalDate reinspectionDue,
        UUID escalatedTo,
        List<Action> actions) {

    public record Action(String action, String actor, OffsetDateTime at, String note, List<String> photos) {
    }
}
