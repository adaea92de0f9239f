package io.yizhan.station.search.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** A point of a route, in the request's datum. */
public record RoutePoint(
        @NotNull(message = "请填写纬度 / lat is required")
        @DecimalMin(value = "3.8", message = "纬度须在中国境内 / lat must lie in China (3.8 to 53.6)")
        @DecimalMax(value = "53.6", message = "纬度须在中国境内 / lat must lie in China (3.8 to 53.6)")
        Double lat,
        @NotNull(message = "请填写经度 / lon is required")
        @DecimalMin(value = "73.5", message = "经度须在中国境内 / lon must lie in China (73.5 to 135.1)")
        @DecimalMax(value = "135.1", message = "经度须在中国境内 / lon must lie in China (73.5 to 135.1)")
        Double lon) {
}
