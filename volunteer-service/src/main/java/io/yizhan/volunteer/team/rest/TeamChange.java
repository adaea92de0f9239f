package io.yizhan.volunteer.team.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** A team's new name, lead and members; its station stays (form another team for another station). */
public record TeamChange(
        @NotBlank(message = "请填写团队名称 / name is required") @Size(max = 50, message = "名称最多 50 字 / name is at most 50 characters") String name,
        UUID leadId,
        @Size(max = 50, message = "最多 50 名成员 / at most 50 members") List<@NotNull UUID> memberIds) {
}
