package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.mapping.EvaluationMapper;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.service.InspectionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/evaluation")
@Tag(name = "检查 / Inspections")
public class InspectionResource {

    private final InspectionService service;
    private final CallerContext callers;
    private final EvaluationMapper mapper;

    public InspectionResource(InspectionService service, CallerContext callers, EvaluationMapper mapper) {
        this.service = service;
        this.callers = callers;
        this.mapper = mapper;
    }

    @GET
    @Path("checklist")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.INSPECTOR})
    @Operation(summary = "现行检查表 / The current inspection checklist")
    public Uni<Checklist> checklist() {
        return service.checklist().map(Checklist::of);
    }

    @PUT
    @Path("checklist")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "发布新版检查表 / Publish a new checklist version")
    public Uni<Checklist> replaceChecklist(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") Checklist checklist) {
        return service.replaceChecklist(callers.current(), checklist.items()).map(Checklist::of);
    }

    @POST
    @Path("inspections")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "录入检查结果 / Record an inspection sheet (base items not met → yellow card); an inspector: "
            + "THIRD_PARTY only, a station assigned to their body")
    public Uni<Response> record(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") InspectionRequest request) {
        return service.record(callers.current(), callers.inspectionBody(), request.toNewInspection())
                .map(recorded -> Response.status(Response.Status.CREATED).entity(mapper.toView(recorded)).build());
    }

    @GET
    @Path("inspections")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.INSPECTOR})
    @Operation(summary = "检查记录 / Inspections of my city (province: all; an inspector: their body's), newest first")
    public Uni<Page<InspectionView>> list(@QueryParam("tenant") String tenant, @QueryParam("station") String station,
                                          @Valid @BeanParam PageRequest page) {
        return service.list(callers.current(), callers.inspectionBody(), tenant, QueryParams.uuid("station", station), page)
                .map(result -> result.map(mapper::toView));
    }

    @POST
    @Path("inspection-plans")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "随机抽取检查驿站 / Draw a reproducible random sample of stations per city")
    public Uni<Response> draw(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") InspectionPlanRequest request) {
        return service.draw(callers.current(), request.toNewPlan())
                .map(drawn -> Response.status(Response.Status.CREATED).entity(InspectionPlanView.of(drawn)).build());
    }

    @GET
    @Path("inspection-plans/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "抽查计划 / A plan and its drawn stations (a city sees its own)")
    public Uni<InspectionPlanView> plan(@PathParam("id") UUID id) {
        return service.plan(callers.current(), id).map(InspectionPlanView::of);
    }
}
