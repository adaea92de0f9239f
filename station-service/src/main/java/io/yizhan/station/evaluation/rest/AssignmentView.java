package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.service.InspectionAssignmentService;

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

    public static AssignmentView of(InspectionAssignmentService.AssignedStation assigned) {
        var a = assigned.assignment();
        return new AssignmentView(a.id(), a.body(), a.bodyName(), a.stationId(), a.stationName(), a.address(), a.tenant(),
                a.from(), a.due(), assigned.overdue(), a.inspectionId());
    }
}
