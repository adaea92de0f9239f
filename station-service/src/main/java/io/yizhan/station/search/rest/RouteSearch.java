package io.yizhan.station.search.rest;

import io.yizhan.common.geo.Gcj02;
import io.yizhan.station.search.service.StationSearchService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * {@code POST /api/v1/stations/along-route}: the route as points or as an encoded polyline
 * (precision 5), a corridor on each side in metres, and at most {@code limit} stations ahead.
 */
public record RouteSearch(
        @Size(max = 2000, message = "路线最多 2000 个点 / a route has at most 2000 points")
        List<@Valid RoutePoint> points,
        @Size(max = 40000, message = "编码路线过长 / polyline too long")
        String polyline,
        @Min(value = 10, message = "走廊宽度至少 10 米 / corridor is at least 10 m")
        @Max(value = 5000, message = "走廊宽度不超过 5 公里 / corridor is at most 5000 m")
        Integer corridor,
        @Min(value = 1, message = "至少返回 1 个 / limit is at least 1")
        @Max(value = 200, message = "最多返回 200 个 / limit is at most 200")
        Integer limit) {

    public StationSearchService.Route toRoute() {
        // A null point stays null: the service checks points against polyline first and only then reads them, as before.
        List<Gcj02.LatLon> latLons = points == null ? null
                : points.stream().map(p -> p == null ? null : new Gcj02.LatLon(p.lat(), p.lon())).toList();
        return new StationSearchService.Route(latLons, polyline, corridor, limit);
    }
}
