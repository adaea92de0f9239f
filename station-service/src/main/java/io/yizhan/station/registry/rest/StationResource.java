package io.yizhan.station.registry.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.geo.CoordinateSystem;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.registry.OpeningHours;
import io.yizhan.station.registry.mapping.StationMapper;
import io.yizhan.station.registry.service.StationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/stations")
@Tag(name = "驿站登记 / Station registry")
public class StationResource {

    private final StationService service;
    private final CallerContext callers;
    private final StationMapper mapper;

    public StationResource(StationService service, CallerContext callers, StationMapper mapper) {
        this.service = service;
        this.callers = callers;
        this.mapper = mapper;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "登记驿站 / Register a station (status PLANNED)")
    public Uni<Response> register(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") StationRegistration registration,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @QueryParam("crs") String crs, @Context UriInfo uri) {
        CoordinateSystem datum = CoordinateSystem.parse(crs);
        return service.register(callers.current(), registration.inWgs84(datum).toDetails(), idempotencyKey,
                        StationAdminView.class, mapper::toAdminView)
                .map(outcome -> Response.created(uri.getBaseUriBuilder().path("api/v1/stations").path(outcome.response().id().toString()).build())
                        .entity(outcome.response().in(datum))
                        .header("Idempotent-Replayed", outcome.replayed() ? "true" : null)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "本市驿站列表（管理）/ Stations of my city, admin data, paged")
    public Uni<Page<StationAdminView>> list(@QueryParam("tenant") String tenant, @Valid @BeanParam PageRequest page,
                                            @QueryParam("crs") String crs) {
        CoordinateSystem datum = CoordinateSystem.parse(crs);
        return service.list(callers.current(), tenant, page).map(result -> result.map(station -> mapper.toAdminView(station).in(datum)));
    }

    @GET
    @Path("managed")
    @RolesAllowed(Roles.STATION_MANAGER)
    @Operation(summary = "我负责的驿站 / The stations I manage, in my city, by name")
    public Uni<List<StationAdminView>> managed(@QueryParam("crs") String crs) {
        CoordinateSystem datum = CoordinateSystem.parse(crs);
        return service.managed(callers.current())
                .map(stations -> stations.stream().map(station -> mapper.toAdminView(station).in(datum)).toList());
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "驿站公开信息 / Public data of a station")
    public Uni<StationView> get(@PathParam("id") UUID id, @QueryParam("crs") String crs) {
        CoordinateSystem datum = CoordinateSystem.parse(crs);
        return service.publicView(id).map(station -> mapper.toView(station).in(datum));
    }

    @GET
    @Path("{id}/admin")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "驿站管理信息 / Admin data of a station of my city, or that I manage")
    public Uni<StationAdminView> getAdmin(@PathParam("id") UUID id, @QueryParam("crs") String crs) {
        CoordinateSystem datum = CoordinateSystem.parse(crs);
        return service.adminView(callers.current(), id).map(station -> mapper.toAdminView(station).in(datum));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "修改驿站信息 / Replace a station's details")
    public Uni<StationAdminView> update(@PathParam("id") UUID id,
                                        @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") StationRegistration details,
                                        @QueryParam("crs") String crs) {
        CoordinateSystem datum = CoordinateSystem.parse(crs);
        return service.update(callers.current(), id, details.inWgs84(datum).toDetails())
                .map(station -> mapper.toAdminView(station).in(datum));
    }

    @PUT
    @Path("{id}/hours")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "公布开放时间 / Post opening hours (counts as verified now)")
    public Uni<StationAdminView> hours(@PathParam("id") UUID id,
                                       @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") OpeningHours hours) {
        return service.changeHours(callers.current(), id, hours).map(mapper::toAdminView);
    }

    @POST
    @Path("{id}/hours/verification")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "确认开放时间无误 / Confirm the posted hours are right")
    public Uni<StationAdminView> verifyHours(@PathParam("id") UUID id) {
        return service.verifyHours(callers.current(), id).map(mapper::toAdminView);
    }

    @POST
    @Path("{id}/status")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "变更驿站状态 / Move a station along its life cycle")
    public Uni<StationAdminView> status(@PathParam("id") UUID id,
                                        @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") StationStatusChange change) {
        return service.changeStatus(callers.current(), id, change.status(), change.reason()).map(mapper::toAdminView);
    }

    @PUT
    @Path("{id}/managers")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "指定驿站负责人 / Name the station's managers")
    public Uni<StationAdminView> managers(@PathParam("id") UUID id,
                                          @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") StationManagers managers) {
        return service.setManagers(callers.current(), id, managers.usernames()).map(mapper::toAdminView);
    }
}
