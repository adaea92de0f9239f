package io.yizhan.station.doors.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.doors.VisitDay;
import io.yizhan.station.doors.service.DoorEntryService;
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
import java.util.List;
import java.util.UUID;

@Path("/api/v1/stations/{id}")
@Tag(name = "24小时驿站门禁 / 24-hour station doors")
public class DoorEntryResource {

    private final DoorEntryService service;
    private final CallerContext callers;
    private final Clock clock;

    public DoorEntryResource(DoorEntryService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    @POST
    @Path("door-devices")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "绑定门禁设备 / Bind a door device (its client id) to this station")
    public Uni<Response> bind(@PathParam("id") UUID id,
                              @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") DoorDeviceBinding binding) {
        return service.bind(callers.current(), id, binding.clientId()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("entries")
    @RolesAllowed(Roles.DEVICE)
    @Operation(summary = "门禁通行记录 / A door device reports one pass (counted once per entryId)")
    public Uni<VisitDay> entry(@PathParam("id") UUID id,
                               @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") DoorEntry entry) {
        return service.record(callers.current(), id, entry.toPass());
    }

    @GET
    @Path("visits")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "每日到访统计 / Visits per day and current occupancy")
    public Uni<List<VisitDay>> visits(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock);
        return service.visits(callers.current(), id, QueryParams.date("from", from, today.minusDays(30)),
                QueryParams.date("to", to, today));
    }
}
