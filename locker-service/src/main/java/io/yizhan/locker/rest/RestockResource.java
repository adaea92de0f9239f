package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.service.RestockService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/lockers/{id}")
@Tag(name = "补货 / Restocking")
public class RestockResource {

    private final RestockService service;
    private final CallerContext callers;

    public RestockResource(RestockService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @PUT
    @Path("restock-plan")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "设置每周补货计划 / Set the locker's weekly restock plan")
    public Uni<RestockPlanView> savePlan(@PathParam("id") UUID id,
                                         @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RestockPlanRequest request) {
        return service.savePlan(callers.current(), id, request.toNewPlan()).map(RestockPlanView::of);
    }

    @GET
    @Path("restock-plan")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    public Uni<RestockPlanView> plan(@PathParam("id") UUID id) {
        return service.plan(callers.current(), id).map(RestockPlanView::of);
    }

    @GET
    @Path("restock-tasks")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "补货任务 / Restock tasks of the locker, newest first, with what to fill")
    public Uni<List<RestockTaskView>> tasks(@PathParam("id") UUID id) {
        return service.tasks(callers.current(), id).map(tasks -> tasks.stream().map(RestockTaskView::of).toList());
    }

    @POST
    @Path("restocks")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "登记补货 / Record a restock: units put into which compartment (optionally completing a task)")
    public Uni<Response> restock(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RestockRequest request) {
        return service.restock(callers.current(), id, request.toNewRestock())
                .map(restock -> Response.status(201).entity(RestockView.of(restock)).build());
    }
}
