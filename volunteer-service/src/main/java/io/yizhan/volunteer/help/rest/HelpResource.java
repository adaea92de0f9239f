package io.yizhan.volunteer.help.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.help.HelpCall;
import io.yizhan.volunteer.help.HelpRequest;
import io.yizhan.volunteer.help.service.HelpService;
import io.yizhan.volunteer.support.DayRange;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/help")
@Tag(name = "管家求助 / Butler help")
public class HelpResource {

    private final HelpService service;
    private final CallerContext callers;
    private final Clock clock;

    public HelpResource(HelpService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("requests")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "向驿站管家求助 / Ask the station's butler on duty for help")
    public Uni<Response> ask(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") NewHelpRequest body) {
        HelpCall call = new HelpCall(body.stationId(), HelpRequest.Category.valueOf(body.category()), body.note());
        return service.ask(callers.current(), call, OffsetDateTime.now(clock))
                .map(seen -> Response.status(Response.Status.CREATED).entity(HelpView.of(seen)).build());
    }

    @GET
    @Path("requests")
    @RolesAllowed({Roles.VOLUNTEER, Roles.STATION_MANAGER, Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "驿站的求助（值班管家轮询）/ A station's help requests, for its butlers on duty, managers and admins;"
            + " admins without station: requests escalated to the city union")
    public Uni<List<HelpView>> list(@QueryParam("station") String station) {
        Caller caller = callers.current();
        UUID stationId = QueryParams.uuid("station", station);
        if (stationId == null) {
            if (caller.isProvinceAdmin() || caller.has(Roles.CITY_ADMIN)) {
                return service.escalatedToCity(caller).map(HelpView::ofAll);
            }
            throw ProblemException.badRequest("station", "请指定驿站 / name the station (station=<id>)");
        }
        return service.forStation(caller, stationId, OffsetDateTime.now(clock)).map(HelpView::ofAll);
    }

    @GET
    @Path("requests/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "我的求助 / My help requests and their status")
    public Uni<List<HelpView>> mine() {
        return service.mine(callers.current()).map(HelpView::ofAll);
    }

    @POST
    @Path("requests/{id}/accept")
    @RolesAllowed({Roles.VOLUNTEER, Roles.STATION_MANAGER, Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "接单 / Accept a help request (one butler only)")
    public Uni<HelpView> accept(@PathParam("id") UUID id) {
        return service.accept(callers.current(), id, OffsetDateTime.now(clock)).map(HelpView::of);
    }

    @POST
    @Path("requests/{id}/resolve")
    @RolesAllowed({Roles.VOLUNTEER, Roles.STATION_MANAGER, Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "已解决 / Mark an accepted request resolved")
    public Uni<HelpView> resolve(@PathParam("id") UUID id) {
        return service.resolve(callers.current(), id, OffsetDateTime.now(clock)).map(HelpView::of);
    }

    @POST
    @Path("requests/{id}/cancel")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "撤回求助 / Withdraw my request")
    public Uni<HelpView> cancel(@PathParam("id") UUID id) {
        return service.cancel(callers.current(), id, OffsetDateTime.now(clock)).map(HelpView::of);
    }

    @GET
    @Path("stats")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "各驿站求助响应情况 / Requests, answers, escalations and mean times per station (from, to: YYYY-MM-DD)")
    public Uni<HelpStats> stats(@QueryParam("tenant") String tenant, @QueryParam("from") String from, @QueryParam("to") String to) {
        DayRange days = DayRange.parse(from, to, LocalDate.now(clock));
        return service.stats(callers.current(), tenant, days).map(perStation -> HelpStats.of(days, perStation));
    }
}
