package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.service.InspectionAssignmentService;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Stations given to an inspection body for a period: from {@code from} (default today) until {@code due}. */
public record AssignmentRequest(
        @NotNull(message = "请填写检查机构代码 / body (the inspection body's code) is required")
        String body,
        @NotEmpty(message = "请至少选择一个驿站 / stationIds: at least one station")
        @Size(max = 200, message = "一次最多分派 200 个驿站 / stationIds: at most 200")
        List<@NotNull(message = "驿站不能为空 / stationIds: no empty entries") UUID> stationIds,
        LocalDate from,
        @NotNull(message = "请填写截止日期 / due (YYYY-MM-DD) is required")
        LocalDate due) {

    public InspectionAssignmentService.NewAssignment toNewAssignment() {
        return new InspectionAssignmentService.NewAssignment(body, stationIds, from, due);
    }
}
