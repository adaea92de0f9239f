package io.yizhan.locker.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An admin opens a compartment from afar (keypad broken); with a reservation, it counts as its pickup. */
public record RemoteOpenRequest(
        @NotNull(message = "请指定格口号 / compartmentNumber is required")
        @Min(value = 1, message = "格口号从 1 开始 / compartmentNumber starts at 1")
        @Max(value = 60, message = "格口号最多 60 / compartmentNumber is at most 60") Integer compartmentNumber,
        @NotBlank(message = "请说明原因 / reason is required")
        @Size(max = 200, message = "原因最多 200 个字符 / reason is at most 200 characters") String reason,
        UUID reservationId) {
}
