package io.yizhan.station.evaluation.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.service.InspectionAssignmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Outside inspection bodies and their assigned stations (第三方检查, ADR 0015). */
@Path("/api/v1/evaluation")
@Tag(name = "检查 / Inspections")
public class InspectionAssignmentResource {

    private final InspectionAssignmentService service;
    private final CallerContext callers;

    public InspectionAssignmentResource(InspectionAssignmentService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("inspection-bodies")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "登记第三方检查机构 / Register an outside inspection body (its code goes on its inspectors' accounts)")
    public Uni<Response> register(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") InspectionBodyRequest request) {
        return service.register(callers.current(), request.code(), request.name())
                .map(body -> Response.status(Response.Status.CREATED).entity(InspectionBodyView.of(body)).build());
    }

    @GET
    @Path("inspection-bodies")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "第三方检查机构 / The inspection bodies")
    public Uni<List<InspectionBodyView>> bodies() {
        return service.bodies().map(bodies -> bodies.stream().map(InspectionBodyView::of).toList());
    }

    @POST
    @Path("inspection-assignments")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "分派驿站给检查机构 / Assign stations to an inspection body for a period (a city: its own stations)")
    public Uni<Response> assign(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") AssignmentRequest request) {
        return service.assign(callers.current(), request.toNewAssignment())
                .map(assigned -> Response.status(Response.Status.CREATED)
                        .entity(assigned.stream().map(AssignmentView::of).toList()).build());
    }

    @GET
    @Path("inspection-assignments")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "检查任务 / Assignments: an inspector's own body's; an admin's city (province: all); open ones first")
    public Uni<Page<AssignmentView>> list(@QueryParam("body") String body, @QueryParam("tenant") String tenant,
                                          @QueryParam("station") String station, @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), callers.inspectionBody(), body, tenant, QueryParams.uuid("station", station), page)
                .map(result -> result.map(AssignmentView::of));
    }
}
