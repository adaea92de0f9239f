package io.yizhan.volunteer.team.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.team.service.TeamService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/teams")
@Tag(name = "驿站管家团队 / Station-butler teams")
public class TeamResource {

    private final TeamService service;
    private final CallerContext callers;

    public TeamResource(TeamService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "组建管家团队 / Form a butler team for a station")
    public Uni<Response> create(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") TeamRequest request) {
        return service.create(callers.current(), new TeamService.NewTeam(request.name(), request.stationId(), request.leadId(),
                        request.memberIds()))
                .map(team -> Response.status(Response.Status.CREATED).entity(TeamView.of(team)).build());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "修改管家团队 / Rename a team, change its lead and members (another city's: 404; retired: 409)")
    public Uni<TeamView> change(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") TeamChange change) {
        return service.change(callers.current(), id, change.name(), change.leadId(), change.memberIds()).map(TeamView::of);
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "解散管家团队 / Retire a team: it stays listed and counted, and can no longer be changed (twice: 409)")
    public Uni<TeamView> retire(@PathParam("id") UUID id) {
        return service.retire(callers.current(), id).map(TeamView::of);
    }

    @GET
    @Path("candidates/{stationId}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "可加入团队的志愿者 / Volunteers of the station's city who may join its team (name and kind only, at most 200)")
    public Uni<List<TeamCandidate>> candidates(@PathParam("stationId") UUID stationId) {
        return service.candidates(callers.current(), stationId)
                .map(list -> list.stream().map(v -> new TeamCandidate(v.id, v.displayName, v.kind.name())).toList());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "管家团队 / Butler teams of my city, or of a station")
    public Uni<List<TeamView>> list(@QueryParam("stationId") String stationId) {
        return service.list(callers.current(), QueryParams.uuid("stationId", stationId))
                .map(list -> list.stream().map(TeamView::of).toList());
    }
}
