package io.yizhan.station.evaluation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A drawn plan: the seed that reproduces it and the stations drawn, each with whether it was inspected. */
public record InspectionPlanView(UUID id, LocalDate from, LocalDate to, String kind, int perCity, long seed,
                                 OffsetDateTime createdAt, String createdBy, List<Drawn> stations) {

    public record Drawn(UUID stationId, String tenant, String name, int position, boolean inspected) {
    }
}
