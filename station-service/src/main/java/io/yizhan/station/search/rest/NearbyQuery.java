package io.yizhan.station.search.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code GET /api/v1/stations/nearby?lat&lon&radius&limit} plus the common filters. */
public class NearbyQuery extends SearchFilters {

    @QueryParam("lat")
    @NotNull(message = "请填写纬度 / lat is required")
    @DecimalMin(value = "3.8", message = "纬度须在中国境内 (3.8–53.6) / lat must lie in China (3.8 to 53.6)")
    @DecimalMax(value = "53.6", message = "纬度须在中国境内 (3.8–53.6) / lat must lie in China (3.8 to 53.6)")
    public Double lat;

    @QueryParam("lon")
    @NotNull(message = "请填写经度 / lon is required")
    @DecimalMin(value = "73.5", message = "经度须在中国境内 (73.5–135.1) / lon must lie in China (73.5 to 135.1)")
    @DecimalMax(value = "135.1", message = "经度须在中国境内 (73.5–135.1) / lon must lie in China (73.5 to 135.1)")
    public Double lon;

    /** Metres. */
    @QueryParam("radius")
    @DefaultValue("3000")
    @Min(value = 1, message = "半径至少 1 米 / radius is at least 1 m")
    @Max(value = 50000, message = "半径不超过 50 公里 / radius is at most 50000 m")
    public int radius;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(value = 1, message = "至少返回 1 个 / limit is at least 1")
    @Max(value = 100, message = "最多返回 100 个 / limit is at most 100")
    public int limit;
}
