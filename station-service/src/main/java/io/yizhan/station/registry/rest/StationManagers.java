package io.yizhan.station.registry.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The login names of a station's managers; replaces the list. */
public record StationManagers(
        @NotNull(message = "请填写 usernames（可为空列表）/ usernames is required (may be empty)")
        @Size(max = 20, message = "最多 20 名负责人 / at most 20 managers")
        List<@Pattern(regexp = "^[a-zA-Z0-9._@-]{1,100}$", message = "不是有效的登录名 / not a login name") String> usernames) {
}
