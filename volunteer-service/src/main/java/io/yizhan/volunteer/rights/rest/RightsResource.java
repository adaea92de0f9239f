package io.yizhan.volunteer.rights.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.rights.RightsCase;
import io.yizhan.volunteer.rights.RightsCaseFiling;
import io.yizhan.volunteer.rights.service.RightsCaseService;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/rights")
@Tag(name = "维权求助 / Rights help")
public class RightsResource {

    private final RightsCaseService service;
    private final CallerContext callers;
    private final Clock clock;

    public RightsResource(RightsCaseService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("cases")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "提交维权求助 / File a rights case with a city union's rights desk (first reply within 3 working days)")
    public Uni<Response> file(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") NewRightsCase body) {
        RightsCaseFiling filing = new RightsCaseFiling(body.tenant(), body.stationId(), RightsCase.Category.valueOf(body.category()),
                body.description(), body.phone());
        return service.file(callers.current(), filing, OffsetDateTime.now(clock))
                .map(seen -> Response.status(Response.Status.CREATED).entity(RightsCaseView.of(seen)).build());
    }

    @GET
    @Path("cases/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "我的维权案件 / My rights cases")
    public Uni<List<RightsCaseView>> mine() {
        return service.mine(callers.current(), OffsetDateTime.now(clock)).map(RightsCaseView::ofAll);
    }

    @GET
    @Path("cases")
    @RolesAllowed(Roles.RIGHTS_DESK)
    @Operation(summary = "本市维权案件 / The city's rights cases, for its rights desk (status: SUBMITTED, IN_PROGRESS, CLOSED)")
    public Uni<List<RightsCaseView>> desk(@QueryParam("status") String status) {
        return service.desk(callers.current(), status, OffsetDateTime.now(clock))
                .map(RightsCaseView::ofAll);
    }

    @GET
    @Path("cases/overdue")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN, Roles.RIGHTS_DESK})
    @Operation(summary = "逾期未首次答复的案件 / Cases past their first-reply deadline: numbers and dates only")
    public Uni<List<OverdueCaseView>> overdue() {
        return service.overdue(callers.current(), OffsetDateTime.now(clock))
                .map(list -> list.stream().map(OverdueCaseView::of).toList());
    }

    @GET
    @Path("cases/{id}")
    @RolesAllowed({Roles.WORKER, Roles.RIGHTS_DESK})
    @Operation(summary = "案件详情与往来回复 / A case and its thread, for its worker and its city's desk")
    public Uni<RightsCaseView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id, OffsetDateTime.now(clock)).map(RightsCaseView::of);
    }

    @POST
    @Path("cases/{id}/replies")
    @RolesAllowed({Roles.WORKER, Roles.RIGHTS_DESK})
    @Operation(summary = "回复 / Add a message to the thread")
    public Uni<RightsCaseView> reply(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") RightsReply body) {
        return service.reply(callers.current(), id, body.body(), OffsetDateTime.now(clock)).map(RightsCaseView::of);
    }

    @POST
    @Path("cases/{id}/close")
    @RolesAllowed(Roles.RIGHTS_DESK)
    @Operation(summary = "办结 / Close a case, with an optional last word")
    public Uni<RightsCaseView> close(@PathParam("id") UUID id, @Valid RightsClose body) {
        return service.close(callers.current(), id, body == null ? null : body.note(), OffsetDateTime.now(clock)).map(RightsCaseView::of);
    }
}
