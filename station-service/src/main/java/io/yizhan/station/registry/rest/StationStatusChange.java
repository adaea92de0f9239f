package io.yizhan.station.registry.rest;

import io.yizhan.station.registry.StationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A step in the station's life cycle, with the reason shown in its history and event. */
public record StationStatusChange(
        @NotNull(message = "请填写新状态 / status is required (PLANNED, OPEN, SUSPENDED, WARNED, DELISTED)")
        StationStatus status,
        @Size(max = 200, message = "原因最多 200 字 / reason is at most 200 characters")
        String reason) {
}
