package io.yizhan.volunteer.tally.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A year's target of union-cadre person-times for the province ({@code fujian}) or one city. */
public record CadreTarget(
        @NotNull(message = "请填写目标人次 / personTimes is required")
        @Min(value = 0, message = "目标不能为负 / personTimes must not be negative")
        @Max(value = 10_000_000, message = "目标过大 / personTimes is too large")
        Integer personTimes) {
}
