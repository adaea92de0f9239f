package io.yizhan.station.evaluation.rest;

import java.time.LocalDate;
import java.util.UUID;

/** A station assigned to an inspection body, and the inspection that fulfilled it (null while open). */
public record AssignmentView(
        UUID id,
        String inspectionBody,
        String inspectionBodyName,
        UUID stationId,
        String stationName,
        String address,
        String tenant,
        LocalDate from,
        LocalDate due,
        boolean overdue,
        UUID inspectionId) {
}
