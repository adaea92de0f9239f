package io.yizhan.station.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.idempotency.IdempotentRequests;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.service.StationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/stations")
@Tag(name = "驿站登记 / Station registry")
public class StationResource {

    private final StationService service;
    private final CallerContext callers;

    public StationResource(StationService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "登记驿站 / Register a station (status PLANNED)")
    public Uni<Response> register(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") StationRegistration registration,
                                  @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                  @Context UriInfo uri) {
        return service.register(callers.current(), registration, idempotencyKey)
                .map(outcome -> Response.created(uri.getAbsolutePathBuilder().path(outcome.response().id().toString()).build())
                        .entity(outcome.response())
                        .header("Idempotent-Replayed", outcome.replayed() ? "true" : null)
                        .build());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "本市驿站列表（管理）/ Stations of my city, admin data, paged")
    public Uni<Page<StationAdminView>> list(@QueryParam("tenant") String tenant, @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), tenant, page);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "驿站公开信息 / Public data of a station")
    public Uni<StationView> get(@PathParam("id") UUID id) {
        return service.publicView(id);
    }

    @GET
    @Path("{id}/admin")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "驿站管理信息 / Admin data of a station of my city")
    public Uni<StationAdminView> getAdmin(@PathParam("id") UUID id) {
        return service.adminView(callers.current(), id);
    }
}
