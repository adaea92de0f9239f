package io.yizhan.volunteer.shift.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.common.time.StationTime;
import io.yizhan.volunteer.profile.Volunteer;
import io.yizhan.volunteer.shift.MissedCheckIn;
import io.yizhan.volunteer.shift.NewShift;
import io.yizhan.volunteer.shift.PresenceProof;
import io.yizhan.volunteer.shift.service.ShiftService;
import io.yizhan.volunteer.shift.service.SignupService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import java.util.Optional;
import java.util.UUID;

@Path("/api/v1/shifts")
@Tag(name = "值班 / Duty shifts")
public class ShiftResource {

    private final ShiftService shifts;
    private final SignupService signups;
    private final CallerContext callers;
    private final Clock clock;

    public ShiftResource(ShiftService shifts, SignupService signups, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.shifts = shifts;
        this.signups = signups;
        this.callers = callers;
    }

    @POST
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "发布班次（可每周重复）/ Publish a shift, or a weekly pattern of them")
    public Uni<Response> publish(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ShiftRequest request) {
        return shifts.publish(callers.current(), new NewShift(request.stationId(), request.date(), request.start(), request.end(),
                        request.kind(), request.capacity(), request.title(), request.roleNeeded(), request.weekdays(), request.until()))
                .map(list -> Response.status(Response.Status.CREATED).entity(ShiftView.ofAll(list)).build());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER, Roles.VOLUNTEER})
    @Operation(summary = "班次列表 / Shifts of a city or station between two dates (default: the next 30 days)")
    public Uni<List<ShiftView>> browse(@QueryParam("tenant") String tenant, @QueryParam("stationId") String stationId,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("forKind") String forKind, @QueryParam("lat") String lat,
                                       @QueryParam("lon") String lon, @QueryParam("radius") String radius) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = QueryParams.date("from", from, today);
        LocalDate end = QueryParams.date("to", to, start.plusDays(30));
        if (end.isBefore(start) || start.plusDays(366).isBefore(end)) {
            throw ProblemException.badRequest("to", "日期范围须在一年内且 from ≤ to / from must not be after to, at most a year apart");
        }
        UUID station = QueryParams.uuid("stationId", stationId);
        Optional<Volunteer.Kind> kind = Optional.empty();
        if (forKind != null && !forKind.isBlank()) {
            try {
                kind = Optional.of(Volunteer.Kind.valueOf(forKind.trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("forKind", "身份须为 UNION_CADRE, VOLUNTEER, WORKER_REPRESENTATIVE, SOCIAL_WORKER / unknown kind");
            }
        }
        Optional<ShiftService.Near> near = Optional.empty();
        if (lat != null || lon != null) {
            double la = QueryParams.decimal("lat", lat, 3.8, 53.6);
            double lo = QueryParams.decimal("lon", lon, 73.5, 135.1);
            int r = QueryParams.integer("radius", radius, 5000);
            if (r < 1 || r > 50000) {
                throw ProblemException.badRequest("radius", "半径须在 1–50000 米 / radius must be 1 to 50000 m");
            }
            near = Optional.of(new ShiftService.Near(la, lo, r));
        }
        return shifts.browse(callers.current(), Optional.ofNullable(tenant), Optional.ofNullable(station),
                start.atStartOfDay(StationTime.ZONE).toOffsetDateTime(), end.plusDays(1).atStartOfDay(StationTime.ZONE).toOffsetDateTime(),
                kind, near).map(ShiftView::ofAll);
    }

    @GET
    @Path("at-risk")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "人手不足的班次 / Shifts in the next 48 hours with places still open")
    public Uni<List<ShiftView>> atRisk() {
        return shifts.atRisk(callers.current(), OffsetDateTime.now(clock)).map(ShiftView::ofAll);
    }

    @GET
    @Path("missed-check-ins")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "未签到记录 / Missed check-ins (no-shows) between two dates, default the last 30 days")
    public Uni<List<MissedCheckIn>> missedCheckIns(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = QueryParams.date("to", to, today);
        LocalDate start = QueryParams.date("from", from, end.minusDays(30));
        return shifts.missedCheckIns(callers.current(), start.atStartOfDay(StationTime.ZONE).toOffsetDateTime(),
                end.plusDays(1).atStartOfDay(StationTime.ZONE).toOffsetDateTime());
    }

    @GET
    @Path("stations")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "可排班的驿站 / Open stations the caller may publish shifts for, by name (at most 50)")
    public Uni<List<ShiftService.StaffableStation>> stations(@QueryParam("tenant") String tenant, @QueryParam("q") String q) {
        if (q != null && q.length() > 60) {
            throw ProblemException.badRequest("q", "名称最多 60 字 / q is at most 60 characters");
        }
        return shifts.staffable(callers.current(), Optional.ofNullable(tenant).filter(t -> !t.isBlank()), q == null ? "" : q.strip());
    }

    @GET
    @Path("{id}/roster")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "班次名单与服务记录 / A shift's sign-ups, waitlist, no-shows and service log")
    public Uni<ShiftRoster> roster(@PathParam("id") UUID id) {
        return shifts.roster(callers.current(), id).map(ShiftRoster::of);
    }

    @PUT
    @Path("{id}/capacity")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "修改班次人数 / Change a shift's capacity (never below its confirmed sign-ups)")
    public Uni<ShiftView> capacity(@PathParam("id") UUID id, @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") Capacity capacity) {
        return shifts.changeCapacity(callers.current(), id, capacity.capacity()).map(ShiftView::of);
    }

    public record Capacity(@NotNull(message = "请填写人数 / capacity is required") @Min(value = 1, message = "人数至少为 1 / capacity is at least 1")
                           @Max(value = 500, message = "人数最多 500 / capacity is at most 500") Integer capacity) {
    }

    @POST
    @Path("{id}/signups")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "报名 / Sign up (confirmed while places last, else on the waitlist)")
    public Uni<Response> signUp(@PathParam("id") UUID id) {
        return signups.signUp(callers.current(), id)
                .map(placed -> Response.status(Response.Status.CREATED).entity(SignupView.of(placed)).build());
    }

    @DELETE
    @Path("{id}/signups/me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "取消报名 / Cancel my sign-up before the deadline")
    public Uni<SignupView> cancel(@PathParam("id") UUID id) {
        return signups.cancel(callers.current(), id).map(SignupView::of);
    }

    @GET
    @Path("mine")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "我的班次 / My coming shifts")
    public Uni<List<SignupView>> mine() {
        return signups.mine(callers.current()).map(list -> list.stream().map(SignupView::of).toList());
    }

    @POST
    @Path("{id}/check-in")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "到站签到 / Check in at the station: its wall QR token, or a location within the set distance")
    public Uni<SignupView> checkIn(@PathParam("id") UUID id, @Valid @NotNull(message = "请提供二维码或位置 / a JSON body with qrToken, or lat and lon, is required") CheckIn where) {
        return signups.checkIn(callers.current(), id, proof(where)).map(SignupView::of);
    }

    @POST
    @Path("{id}/check-out")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "签退 / Check out")
    public Uni<SignupView> checkOut(@PathParam("id") UUID id, @Valid @NotNull(message = "请提供二维码或位置 / a JSON body with qrToken, or lat and lon, is required") CheckIn where) {
        return signups.checkOut(callers.current(), id, proof(where)).map(SignupView::of);
    }

    @POST
    @Path("{id}/service-log")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "服务记录 / Log what was done and for how many workers")
    public Uni<Response> serviceLog(@PathParam("id") UUID id,
                                    @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") ServiceLogRequest log) {
        return signups.serviceLog(callers.current(), id, log.description(), log.workersServed())
                .map(ignored -> Response.status(Response.Status.CREATED).build());
    }

    private static PresenceProof proof(CheckIn where) {
        return new PresenceProof(where.lat(), where.lon(), where.qrToken());
    }
}
