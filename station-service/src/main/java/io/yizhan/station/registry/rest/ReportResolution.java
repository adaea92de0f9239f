package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.StationReport;
import io.yizhan.station.registry.service.StationReportService;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A city admin's answer to a report; {@code hoursVerified} records that the posted hours were checked. */
public record ReportResolution(
        @NotNull(message = "请填写处理结果 / outcome is required (RESOLVED or REJECTED)")
        StationReport.Status outcome,
        @Size(max = 300, message = "处理说明最多 300 字 / resolution is at most 300 characters")
        String resolution,
        boolean hoursVerified) {

    public StationReportService.Resolution toResolution() {
        return new StationReportService.Resolution(outcome, resolution, hoursVerified);
    }
}
