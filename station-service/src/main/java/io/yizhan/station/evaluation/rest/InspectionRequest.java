package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.Inspection;
import io.yizhan.station.evaluation.service.InspectionService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A filled-in inspection sheet; every item of the current checklist is scored once. {@code inspector}
 * is the person's name as written on the sheet; the body a third-party inspector works for comes from
 * their token, never from here.
 */
public record InspectionRequest(
        @NotNull(message = "请填写驿站 / stationId is required")
        UUID stationId,
        @NotNull(message = "请填写检查类型 RANDOM、MUTUAL 或 THIRD_PARTY / kind is required: RANDOM, MUTUAL or THIRD_PARTY")
        Inspection.Kind kind,
        @NotBlank(message = "请填写检查人或机构 / inspector (a name or an organisation) is required")
        @Size(max = 100, message = "检查人最多 100 字 / inspector is at most 100 characters")
        String inspector,
        UUID planId,
        OffsetDateTime inspectedAt,
        @NotEmpty(message = "请逐项打分 / scores: one entry per checklist item")
        @Size(max = 100, message = "最多 100 项 / scores: at most 100")
        List<Inspection.@Valid Score> scores,
        @Size(max = 2000, message = "备注最多 2000 字 / remarks is at most 2000 characters")
        String remarks,
        @Size(max = 20, message = "最多 20 张照片 / at most 20 photos")
        List<@Pattern(regexp = "^https?://\\S{1,500}$", message = "照片须为 http(s) 链接 / each photo must be an http(s) URL") String> photos) {

    public InspectionService.NewInspection toNewInspection() {
        return new InspectionService.NewInspection(stationId, kind, inspector, planId, inspectedAt, scores, remarks, photos);
    }
}
