package io.yizhan.locker.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** New settings for a locker's device (opening hours, screen text, volume...), applied by the device as a whole. */
public record DeviceConfigRequest(
        @NotNull(message = "请提供配置 / settings are required")
        @Size(min = 1, max = 50, message = "配置项 1–50 个 / 1 to 50 settings") Map<String, Object> settings) {
}
