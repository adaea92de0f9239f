package io.yizhan.station.rest;

import io.yizhan.station.StationType;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A city admin's request to register a station. Coordinates are WGS-84 and must fall inside
 * China's bounding box; {@code tenant} is needed only from a province admin.
 */
public record StationRegistration(
        @NotBlank(message = "请填写驿站名称 / name is required")
        @Size(max = 100, message = "名称最多 100 字 / name is at most 100 characters")
        String name,

        @NotBlank(message = "请填写地址 / address is required")
        @Size(max = 200, message = "地址最多 200 字 / address is at most 200 characters")
        String address,

        @NotBlank(message = "请填写区县 / district is required")
        @Size(max = 50, message = "区县最多 50 字 / district is at most 50 characters")
        String district,

        @Size(max = 30, message = "城市代码过长 / tenant code too long")
        String tenant,

        @NotNull(message = "请填写纬度 / lat is required")
        @DecimalMin(value = "3.8", message = "纬度须在中国境内 (3.8–53.6) / lat must lie in China (3.8 to 53.6)")
        @DecimalMax(value = "53.6", message = "纬度须在中国境内 (3.8–53.6) / lat must lie in China (3.8 to 53.6)")
        Double lat,

        @NotNull(message = "请填写经度 / lon is required")
        @DecimalMin(value = "73.5", message = "经度须在中国境内 (73.5–135.1) / lon must lie in China (73.5 to 135.1)")
        @DecimalMax(value = "135.1", message = "经度须在中国境内 (73.5–135.1) / lon must lie in China (73.5 to 135.1)")
        Double lon,

        @NotNull(message = "请选择驿站类型 / type is required")
        StationType type,

        @Size(max = 100, message = "承建单位最多 100 字 / hostOrganisation is at most 100 characters")
        String hostOrganisation,

        @Size(max = 50, message = "联系人最多 50 字 / contactName is at most 50 characters")
        String contactName,

        @Pattern(regexp = "^(1\\d{10}|0\\d{2,3}-?\\d{7,8})$",
                message = "请填写手机号或座机号 / contactPhone must be a mobile (11 digits) or landline number")
        String contactPhone) {
}
