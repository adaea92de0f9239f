package io.yizhan.volunteer.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Where the volunteer's phone is (WGS-84) when checking in or out at the station. */
public record CheckIn(
        @NotNull(message = "请提供位置 / lat is required") @DecimalMin("3.8") @DecimalMax("53.6") Double lat,
        @NotNull(message = "请提供位置 / lon is required") @DecimalMin("73.5") @DecimalMax("135.1") Double lon) {
}
