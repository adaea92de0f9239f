package io.yizhan.volunteer.health.rest;

import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** The station a health-check device stands in. */
public record DeviceBinding(@NotNull(message = "请选择驿站 / stationId is required") UUID stationId) {
}
