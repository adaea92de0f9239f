package io.yizhan.volunteer.membership.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.membership.JoinRequest;
import io.yizhan.volunteer.membership.MembershipApplication;
import io.yizhan.volunteer.membership.service.MembershipService;
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

@Path("/api/v1/membership")
@Tag(name = "工会入会 / Union membership")
public class MembershipResource {

    private final MembershipService service;
    private final CallerContext callers;
    private final Clock clock;

    public MembershipResource(MembershipService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("applications")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "申请入会 / Apply to join the union at a station (one open application at a time)")
    public Uni<Response> apply(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") MembershipRequest body) {
        return service.apply(callers.current(), new JoinRequest(body.name(), body.phone(),
                        MembershipApplication.Platform.valueOf(body.platform()), body.tenant(), body.stationId()), OffsetDateTime.now(clock))
                .map(seen -> Response.status(Response.Status.CREATED).entity(MembershipView.of(seen)).build());
    }

    @GET
    @Path("applications/mine")
    @RolesAllowed(Roles.WORKER)
    @Operation(summary = "我的入会申请 / My applications")
    public Uni<List<MembershipView>> mine() {
        return service.mine(callers.current()).map(MembershipView::ofAll);
    }

    @GET
    @Path("applications")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "本市入会申请 / The city's applications (status: PENDING by default, APPROVED, DECLINED); phones masked")
    public Uni<List<MembershipView>> ofCity(@QueryParam("status") String status) {
        return service.ofCity(callers.current(), status).map(MembershipView::ofAll);
    }

    @GET
    @Path("applications/{id}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "入会申请详情 / One application; the phone in full while it waits for a decision")
    public Uni<MembershipView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id).map(MembershipView::of);
    }

    @POST
    @Path("applications/{id}/decision")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "审批入会申请 / Approve (emits member-joined) or decline with a reason in note (erases name and phone)")
    public Uni<MembershipView> decide(@PathParam("id") UUID id,
                                      @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") MembershipDecision decision) {
        return service.decide(callers.current(), id, decision.approve(), decision.note(), OffsetDateTime.now(clock)).map(MembershipView::of);
    }

    @GET
    @Path("counts")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "新会员数 / New members per city and station (from, to: YYYY-MM-DD; default the last 30 days)")
    public Uni<MemberCounts> counts(@QueryParam("tenant") String tenant, @QueryParam("from") String from, @QueryParam("to") String to) {
        DayRange days = DayRange.parse(from, to, LocalDate.now(clock));
        return service.counts(callers.current(), tenant, days).map(perStation -> MemberCounts.of(days, perStation));
    }
}
