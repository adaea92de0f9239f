package io.yizhan.station.programme.rest;

import io.yizhan.station.programme.service.ProgrammeService;
import io.yizhan.station.registry.BuildKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A later upgrade of a running station, counted in {@code year} without touching the year it was built. */
public record ProgrammeUpgradeRequest(
        @NotNull(message = "请选择驿站 / stationId is required") UUID stationId,
        @NotNull(message = "请填写年份 / year is required") Integer year,
        @NotNull(message = "请选择改造类别：UPGRADE 或 SMART_UPGRADE / kind is required: UPGRADE or SMART_UPGRADE") BuildKind kind,
        @Size(max = 200, message = "备注最多 200 字 / note: at most 200 characters") String note) {

    public ProgrammeService.NewUpgrade toNewUpgrade() {
        return new ProgrammeService.NewUpgrade(stationId, year, kind, note);
    }
}
