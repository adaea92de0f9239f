package io.yizhan.volunteer.donation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** Items donated to a station's donation corner (爱心捐赠角). */
public record DonationRequest(
        @NotNull(message = "请选择驿站 / stationId is required") UUID stationId,
        @NotBlank(message = "请填写物品 / item is required") @Size(max = 50, message = "物品最多 50 字 / item is at most 50 characters") String item,
        @Size(max = 50, message = "捐赠单位最多 50 字 / donor is at most 50 characters") String donor,
        @NotNull(message = "请填写数量 / quantity is required") @Min(value = 1, message = "数量至少 1 / quantity is at least 1")
        @Max(value = 100000, message = "数量过大 / quantity too large") Integer quantity) {
}
