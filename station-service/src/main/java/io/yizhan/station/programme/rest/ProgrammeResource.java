package io.yizhan.station.programme.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.programme.service.ProgrammeService;
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
import org.jboss.resteasy.reactive.ResponseStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/programme")
@Tag(name = "建设计划 / Build and upgrade programme")
public class ProgrammeResource {

    private final ProgrammeService service;
    private final CallerContext callers;

    public ProgrammeResource(ProgrammeService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Path("{year}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "年度建设进度 / The year's progress against targets, per city and province")
    public Uni<ProgrammeProgress> progress(@PathParam("year") int year) {
        return service.progress(callers.current(), year).map(ProgrammeProgress::of);
    }

    @GET
    @Path("{year}/history")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "年度建设与改造记录 / The year's builds (from the registry) and recorded later upgrades, newest first")
    public Uni<Page<ProgrammeHistoryLine>> history(@PathParam("year") int year, @QueryParam("tenant") String tenant,
                                                   @Valid @BeanParam PageRequest page) {
        return service.history(callers.current(), year, tenant, page).map(p -> p.map(ProgrammeHistoryLine::of));
    }

    @POST
    @Path("upgrades")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @ResponseStatus(201)
    @Operation(summary = "记录驿站的后续改造 / Record a later upgrade of a running station: it counts in its own year, the build year stays")
    public Uni<ProgrammeHistoryLine> recordUpgrade(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ProgrammeUpgradeRequest request) {
        return service.recordUpgrade(callers.current(), request.toNewUpgrade()).map(ProgrammeHistoryLine::of);
    }

    @PUT
    @Path("{year}/targets/{tenant}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "设定城市年度目标 / Set a city's targets for the year (province admins)")
    public Uni<ProgrammeProgress> setTargets(@PathParam("year") int year, @PathParam("tenant") String tenant,
                                             @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ProgrammeTargets targets) {
        return service.setTargets(callers.current(), year, tenant, targets.toCounts()).map(ProgrammeProgress::of);
    }
}
