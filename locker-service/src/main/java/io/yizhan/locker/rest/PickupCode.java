package io.yizhan.locker.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A code typed at (or scanned by) the locker. */
public record PickupCode(
        @NotNull(message = "请输入取件码 / code is required")
        @Pattern(regexp = "[0-9]{6}", message = "取件码为 6 位数字 / code is 6 digits") String code) {
}
