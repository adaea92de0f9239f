package io.yizhan.volunteer.profile.rest;

import io.yizhan.volunteer.profile.Volunteer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A volunteer's own profile: name shown on duty rosters, kind, cadre level, skills. */
public record VolunteerProfile(
        @NotBlank(message = "请填写姓名 / displayName is required") @Size(max = 30, message = "姓名最多 30 字 / displayName is at most 30 characters")
        String displayName,
        @NotNull(message = "请选择身份 / kind is required (UNION_CADRE, VOLUNTEER, WORKER_REPRESENTATIVE, SOCIAL_WORKER)")
        Volunteer.Kind kind,
        Volunteer.CadreLevel cadreLevel,
        @Size(max = 10, message = "最多 10 项技能 / at most 10 skills")
        List<@NotBlank @Size(max = 20, message = "技能最多 20 字 / a skill is at most 20 characters") String> skills) {
}
