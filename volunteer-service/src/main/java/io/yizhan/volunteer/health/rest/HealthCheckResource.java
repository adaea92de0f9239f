package io.yizhan.volunteer.health.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.health.HealthCheckSession;
import io.yizhan.volunteer.health.ReportedCheck;
import io.yizhan.volunteer.health.service.HealthCheckService;
import io.yizhan.volunteer.support.DayRange;
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

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/health-checks")
@Tag(name = "健康检测 / Health checks")
public class HealthCheckResource {

    private final HealthCheckService service;
    private final CallerContext callers;
    private final Clock clock;

    public HealthCheckResource(HealthCheckService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    @PUT
    @Path("devices/{clientId}")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "登记健康检测设备 / Register a health-check device (its OIDC client id) to a station of my city")
    public Uni<HealthDeviceView> bind(@PathParam("clientId") String clientId,
                                      @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") DeviceBinding binding) {
        return service.bind(callers.current(), clientId, binding.stationId(), OffsetDateTime.now(clock)).map(HealthDeviceView::of);
    }

    @GET
    @Path("devices")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "本市健康检测设备 / The city's registered devices, each with its sessions of the last 30 days")
    public Uni<List<HealthDeviceView>> devices() {
        return service.devices(callers.current(), OffsetDateTime.now(clock))
                .map(list -> list.stream().map(HealthDeviceView::of).toList());
    }

    @POST
    @Path("sessions")
    @RolesAllowed(Roles.DEVICE)
    @Operation(summary = "记录一次检测 / A device records that a check happened (never the values)")
    public Uni<Response> record(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") HealthCheckRecord body) {
        ReportedCheck check = new ReportedCheck(body.stationId(), HealthCheckSession.Kind.valueOf(body.kind()), body.at(),
                body.workerPseudonym());
        return service.record(callers.current(), check, OffsetDateTime.now(clock))
                .map(session -> Response.status(Response.Status.CREATED).entity(HealthCheckView.of(session)).build());
    }

    @GET
    @Path("counts")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PROVINCE_ADMIN})
    @Operation(summary = "各驿站每日检测次数 / Sessions per station and day (from, to: YYYY-MM-DD; default the last 30 days)")
    public Uni<List<HealthCheckCount>> counts(@QueryParam("tenant") String tenant, @QueryParam("stationId") String stationId,
                                              @QueryParam("from") String from, @QueryParam("to") String to) {
        return service.counts(callers.current(), tenant, QueryParams.uuid("stationId", stationId), DayRange.parse(from, to, LocalDate.now(clock)))
                .map(list -> list.stream().map(HealthCheckCount::of).toList());
    }
}
