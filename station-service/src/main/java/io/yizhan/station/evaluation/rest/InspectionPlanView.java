package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.service.InspectionService;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A drawn plan: the seed that reproduces it and the stations drawn, each with whether it was inspected. */
public record InspectionPlanView(UUID id, LocalDate from, LocalDate to, String kind, int perCity, long seed,
                                 OffsetDateTime createdAt, String createdBy, List<Drawn> stations) {

    public record Drawn(UUID stationId, String tenant, String name, int position, boolean inspected) {
    }

    public static InspectionPlanView of(InspectionService.DrawnPlan drawn) {
        var plan = drawn.plan();
        return new InspectionPlanView(plan.id(), plan.from(), plan.to(), plan.kind(), plan.perCity(), plan.seed(),
                plan.createdAt(), plan.createdBy(), drawn.stations().stream().map(d -> new Drawn(d.stationId(),
                d.tenant(), d.name(), d.position(), d.inspected())).toList());
    }
}
