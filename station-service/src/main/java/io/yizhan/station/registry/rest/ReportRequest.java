package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.StationReport;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A worker's report about a station. */
public record ReportRequest(
        @NotNull(message = "请选择问题类型 / kind is required (CLOSED, MOVED, WRONG_INFO)")
        StationReport.Kind kind,
        @Size(max = 300, message = "说明最多 300 字 / note is at most 300 characters")
        String note) {
}
