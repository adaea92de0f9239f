package io.yizhan.volunteer.rights.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/**
 * A worker's rights matter. The city is the worker's choice (they ride across cities): {@code tenant},
 * or the city of {@code stationId} when they ask at a station; both given must agree. No name is asked.
 */
public record NewRightsCase(
        String tenant,
        UUID stationId,
        @NotNull(message = "请选择事项类别 / category is required")
        @Pattern(regexp = "^(UNPAID_WAGES|ACCIDENT|PLATFORM_PENALTY|CONTRACT|OTHER)$",
                message = "类别须为 UNPAID_WAGES 欠薪, ACCIDENT 工伤与事故, PLATFORM_PENALTY 平台处罚与封号, CONTRACT 劳动合同, OTHER 其他"
                        + " / unknown category") String category,
        @NotBlank(message = "请说明情况 / description is required")
        @Size(max = 2000, message = "情况说明最多 2000 字 / description is at most 2000 characters") String description,
        @NotBlank(message = "请留下手机号，维权窗口会与您联系 / phone is required so the rights desk can call you")
        @Pattern(regexp = "^1[3-9]\\d{9}$", message = "请填写 11 位手机号 / phone must be a mobile number (11 digits)") String phone) {
}
