package io.yizhan.station.evaluation.rest;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** A re-inspection the city schedules for a carded station. */
public record ReinspectionRequest(
        @NotNull(message = "请填写复查日期 / due (YYYY-MM-DD) is required")
        LocalDate due) {
}
