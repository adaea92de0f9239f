package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotNull;

import java.time.OffsetDateTime;

/** A manager's report that the station opened or closed just now (开/闭站报告); time and reporter are set by the server. */
public record OpeningReport(
        @NotNull(message = "请填写 OPENED 或 CLOSED / event is required: OPENED or CLOSED")
        Event event,
        OffsetDateTime at,
        String reportedBy) {

    public enum Event { OPENED, CLOSED }
}
