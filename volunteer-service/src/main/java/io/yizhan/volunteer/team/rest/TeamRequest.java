package io.yizhan.volunteer.team.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A station-butler team (驿站管家团队): its station, its lead and members (volunteer ids). */
public record TeamRequest(
        @NotBlank(message = "请填写团队名称 / name is required") @Size(max = 50, message = "名称最多 50 字 / name is at most 50 characters") String name,
        @NotNull(message = "请选择驿站 / stationId is required") UUID stationId,
        UUID leadId,
        @Size(max = 50, message = "最多 50 名成员 / at most 50 members") List<@NotNull UUID> memberIds) {
}
