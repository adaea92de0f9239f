package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.service.InspectionService;
import io.yizhan.station.evaluation.Inspection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A random draw of stations to inspect per city in a period. Give {@code seed} to repeat a draw;
 * without it one is chosen and recorded.
 */
public record InspectionPlanRequest(
        @NotNull(message = "请填写开始日期 / from (YYYY-MM-DD) is required")
        LocalDate from,
        @NotNull(message = "请填写结束日期 / to (YYYY-MM-DD) is required")
        LocalDate to,
        @NotNull(message = "请填写检查类型 / kind is required: RANDOM, MUTUAL or THIRD_PARTY")
        Inspection.Kind kind,
        @NotNull(message = "请填写每市抽查数 / perCity is required")
        @Min(value = 1, message = "每市至少抽 1 个 / perCity is at least 1")
        @Max(value = 500, message = "每市最多抽 500 个 / perCity is at most 500")
        Integer perCity,
        Long seed,
        List<String> tenants) {

    public InspectionService.NewPlan toNewPlan() {
        return new InspectionService.NewPlan(from, to, kind, perCity, seed, tenants);
    }
}
