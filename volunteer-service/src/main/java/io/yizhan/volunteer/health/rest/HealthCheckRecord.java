package io.yizhan.volunteer.health.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A device's report that a check happened: station, kind, when (now if absent) and, if the worker
 * chose to log in at the device, their pseudonym. There is no field for a measured value.
 */
public record HealthCheckRecord(
        @NotNull(message = "请填写驿站 / stationId is required") UUID stationId,
        @NotNull(message = "请填写检测类别 / kind is required")
        @Pattern(regexp = "^(BLOOD_PRESSURE|BLOOD_GLUCOSE|HEART_RATE|BODY_TEMPERATURE|WEIGHT_BMI|GENERAL)$",
                message = "类别须为 BLOOD_PRESSURE, BLOOD_GLUCOSE, HEART_RATE, BODY_TEMPERATURE, WEIGHT_BMI, GENERAL / unknown kind")
        String kind,
        OffsetDateTime at,
        @Pattern(regexp = "^[A-Za-z0-9_-]{1,64}$",
                message = "化名仅限 1–64 位字母、数字、_ 或 - / workerPseudonym is 1–64 letters, digits, _ or -") String workerPseudonym) {
}
