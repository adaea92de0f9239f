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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

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

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "管家团队 / Butler teams of my city, or of a station")
    public Uni<List<TeamView>> list(@QueryParam("stationId") String stationId) {
        return service.list(callers.current(), QueryParams.uuid("stationId", stationId))
                .map(teams -> teams.stream().map(TeamView::of).toList());
    }
}
