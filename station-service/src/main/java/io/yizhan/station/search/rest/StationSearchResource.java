package io.yizhan.station.search.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.search.MapView;
import io.yizhan.station.search.StationHit;
import io.yizhan.station.search.service.StationSearchService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Search for every signed-in user (workers, partners, admins): public station data only. */
@Path("/api/v1/stations")
@Authenticated
@Tag(name = "驿站搜索 / Station search")
public class StationSearchResource {

    private final StationSearchService service;

    public StationSearchResource(StationSearchService service) {
        this.service = service;
    }

    @GET
    @Path("nearby")
    @Operation(summary = "附近的驿站 / Stations near a point, nearest first, with distance in metres")
    public Uni<List<StationHit>> nearby(@Valid @BeanParam NearbyQuery query) {
        return service.nearby(query.toCriteria(), query.lat, query.lon, query.radius, query.limit);
    }

    @POST
    @Path("along-route")
    @Operation(summary = "沿途驿站 / Stations ahead along a route, in route order")
    public Uni<List<StationHit>> alongRoute(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RouteSearch search,
                                            @Valid @BeanParam SearchFilters filters) {
        return service.alongRoute(search.toRoute(), filters.toCriteria());
    }

    @GET
    @Path("map")
    @Operation(summary = "地图视野内的驿站或聚合，筛选条件同附近搜索 / Stations, or clusters when many, inside a map viewport; the same filters as nearby search")
    public Uni<MapView> map(
            @QueryParam("minLat") @NotNull(message = "请填写 minLat / minLat is required") @DecimalMin("-90") @DecimalMax("90") Double minLat,
            @QueryParam("minLon") @NotNull(message = "请填写 minLon / minLon is required") @DecimalMin("-180") @DecimalMax("180") Double minLon,
            @QueryParam("maxLat") @NotNull(message = "请填写 maxLat / maxLat is required") @DecimalMin("-90") @DecimalMax("90") Double maxLat,
            @QueryParam("maxLon") @NotNull(message = "请填写 maxLon / maxLon is required") @DecimalMin("-180") @DecimalMax("180") Double maxLon,
            @Valid @BeanParam SearchFilters filters) {
        return service.map(filters.toCriteria(), minLat, minLon, maxLat, maxLon);
    }
}
