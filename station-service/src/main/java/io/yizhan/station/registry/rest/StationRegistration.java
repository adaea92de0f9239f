package io.yizhan.station.registry.rest;

import io.yizhan.common.geo.CoordinateSystem;
import io.yizhan.common.geo.Gcj02;
import io.yizhan.station.registry.BuildKind;
import io.yizhan.station.registry.OpeningHours;
import io.yizhan.station.registry.StationDetails;
import io.yizhan.station.registry.StationType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/**
 * A station's details as a city admin registers or edits them. Coordinates are WGS-84 and must fall inside
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
        String contactPhone,

        @DecimalMin(value = "1", message = "面积须为正数 / areaM2 must be positive")
        @DecimalMax(value = "100000", message = "面积不超过 100000 平方米 / areaM2 is at most 100000")
        BigDecimal areaM2,

        @Min(value = 2010, message = "建设年份须在 2010–2100 / buildYear must be 2010 to 2100")
        @Max(value = 2100, message = "建设年份须在 2010–2100 / buildYear must be 2010 to 2100")
        Integer buildYear,

        BuildKind buildKind,

        @Size(max = 40, message = "最多 40 项设施 / at most 40 amenities")
        List<@NotBlank(message = "设施代码不能为空 / amenity code must not be blank") String> amenities,

        @Size(max = 20, message = "最多 20 张照片 / at most 20 photos")
        List<@Pattern(regexp = "^https?://\\S{1,500}$", message = "照片须为 http(s) 地址 / photos must be http(s) URLs") String> photos,

        @Valid
        OpeningHours hours) {

    /** The same details with the location given in {@code crs} turned into WGS-84, which we store. */
    public StationRegistration inWgs84(CoordinateSystem crs) {
        if (crs == CoordinateSystem.WGS84 || lat == null || lon == null) {
            return this;
        }
        Gcj02.LatLon wgs = crs.toWgs84(lat, lon);
        return new StationRegistration(name, address, district, tenant, wgs.lat(), wgs.lon(), type, hostOrganisation,
                contactName, contactPhone, areaM2, buildYear, buildKind, amenities, photos, hours);
    }

    public StationDetails toDetails() {
        return new StationDetails(name, address, district, tenant, lat, lon, type, hostOrganisation, contactName, contactPhone,
                areaM2, buildYear, buildKind, amenities, photos, hours);
    }
}
