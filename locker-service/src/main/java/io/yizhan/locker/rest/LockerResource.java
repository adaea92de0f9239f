package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.mapping.LockerMapper;
import io.yizhan.locker.service.LockerService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/lockers")
@Tag(name = "智能柜 / Lockers")
public class LockerResource {

    private final LockerService service;
    private final LockerMapper mapper;
    private final CallerContext callers;

    public LockerResource(LockerService service, LockerMapper mapper, CallerContext callers) {
        this.service = service;
        this.mapper = mapper;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "登记智能柜 / Register a locker at an open station of my city")
    public Uni<Response> register(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") LockerRegistration request,
                                  @Context UriInfo uri) {
        return service.register(callers.current(), request.toNewLocker()).map(mapper::view).map(view -> Response
                .created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "本市智能柜列表 / Lockers of my city, paged, optionally of one station")
    public Uni<Page<LockerView>> list(@QueryParam("tenant") String tenant, @QueryParam("stationId") String stationId,
                                      @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), tenant, QueryParams.uuid("stationId", stationId), page)
                .map(p -> p.map(mapper::view));
    }

    @GET
    @Path("nearby")
    @RolesAllowed({Roles.WORKER, Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "附近有货的智能柜 / Lockers near a point with what is in stock (WGS-84, radius in metres)")
    public Uni<List<NearbyLockerView>> nearby(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
                                              @QueryParam("radius") String radius, @QueryParam("limit") String limit) {
        return service.nearby(QueryParams.decimal("lat", lat, 3.8, 53.6), QueryParams.decimal("lon", lon, 73.5, 135.1),
                QueryParams.integer("radius", radius, 1, 20_000, 3_000), QueryParams.integer("limit", limit, 1, 100, 20))
                .map(found -> found.stream().map(mapper::nearby).toList());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER, Roles.WORKER})
    @Operation(summary = "智能柜及其格口 / A locker with its compartments (number, item, quantity)")
    public Uni<LockerView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id).map(mapper::view);
    }

    @POST
    @Path("{id}/heartbeat")
    @RolesAllowed(Roles.DEVICE)
    @Operation(summary = "设备心跳 / Heartbeat of the locker's own device")
    public Uni<Heartbeat> heartbeat(@PathParam("id") UUID id) {
        return service.heartbeat(callers.current(), id).map(at -> new Heartbeat(id, true, at));
    }
}
