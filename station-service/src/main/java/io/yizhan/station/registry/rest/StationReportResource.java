package io.yizhan.station.registry.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.registry.StationReport;
import io.yizhan.station.registry.service.StationReportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/stations")
@Tag(name = "驿站纠错 / Station reports")
public class StationReportResource {

    private final StationReportService service;
    private final CallerContext callers;

    public StationReportResource(StationReportService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("{id}/reports")
    @RolesAllowed({Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "反馈驿站关闭、搬迁或信息有误 / Report a station closed, moved or wrong")
    public Uni<Response> report(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ReportRequest request) {
        return service.report(callers.current(), id, request.kind(), request.note()).map(ReportView::of)
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @GET
    @Path("reports/mine")
    @RolesAllowed({Roles.WORKER, Roles.VOLUNTEER})
    @Operation(summary = "我的反馈 / My reports and their answers")
    public Uni<List<ReportView>> mine() {
        return service.mine(callers.current()).map(reports -> reports.stream().map(ReportView::of).toList());
    }

    @GET
    @Path("reports")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "待处理反馈 / The report queue of my city")
    public Uni<Page<ReportView>> queue(@QueryParam("status") @DefaultValue("OPEN") StationReport.Status status,
                                       @Valid @BeanParam PageRequest page) {
        return service.queue(callers.current(), status, page).map(result -> result.map(ReportView::of));
    }

    @POST
    @Path("reports/{reportId}/resolution")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "处理反馈 / Answer a report")
    public Uni<ReportView> resolve(@PathParam("reportId") UUID reportId,
                                   @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ReportResolution resolution) {
        return service.resolve(callers.current(), reportId, resolution.toResolution()).map(ReportView::of);
    }
}
