package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.Inspection;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A recorded inspection, with the items not met in full and the card it led to (if any). */
public record InspectionView(
        UUID id,
        UUID stationId,
        String tenant,
        UUID planId,
        String kind,
        String inspector,
        String inspectorTenant,
        /* The outside body whose inspector recorded the sheet (from their token), with its name; null for admins' sheets. */
        String inspectionBody,
        String inspectionBodyName,
        int checklistVersion,
        List<Inspection.Score> scores,
        int total,
        int maxTotal,
        boolean baseMet,
        List<String> baseItemsNotMet,
        String remarks,
        List<String> photos,
        OffsetDateTime inspectedAt,
        String recordedBy,
        UUID cardId) {
}
