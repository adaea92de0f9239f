package io.yizhan.locker.rest;

import io.yizhan.locker.service.LockerService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A new locker at a station; {@code tenant} only for a province admin (must equal the station's city). */
public record LockerRegistration(
        String tenant,
        @NotNull(message = "请指定驿站 / stationId is required") UUID stationId,
        @NotBlank(message = "请填写名称 / name is required")
        @Size(max = 100, message = "名称最多 100 个字符 / name is at most 100 characters") String name,
        @NotBlank(message = "请填写设备客户端 ID / deviceClientId is required")
        @Pattern(regexp = "[A-Za-z0-9._-]{3,100}", message = "设备客户端 ID 为 3–100 位字母、数字、点、下划线或连字符 / deviceClientId is 3 to 100 letters, digits, '.', '_' or '-'")
        String deviceClientId,
        @Min(value = 1, message = "格口数至少 1 / compartments must be at least 1")
        @Max(value = 60, message = "格口数最多 60 / compartments must be at most 60") Integer compartments) {

    public LockerService.NewLocker toNewLocker() {
        return new LockerService.NewLocker(tenant, stationId, name, deviceClientId, compartments);
    }
}
