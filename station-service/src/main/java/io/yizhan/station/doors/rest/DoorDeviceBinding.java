package io.yizhan.station.doors.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Binds a door device (its OIDC client id) to a station. */
public record DoorDeviceBinding(
        @NotBlank(message = "请填写设备客户端 ID / clientId is required")
        @Pattern(regexp = "^[A-Za-z0-9._-]{1,100}$", message = "不是有效的客户端 ID / not a client id")
        String clientId) {
}
