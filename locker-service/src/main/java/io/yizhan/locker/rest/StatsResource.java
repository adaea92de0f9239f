package io.yizhan.locker.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.locker.service.StatsService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/lockers/stats")
@Tag(name = "智能柜统计 / Locker statistics")
public class StatsResource {

    private final StatsService service;
    private final CallerContext callers;
    private final Clock clock;

    public StatsResource(StatsService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    /**
     * Dispatches, value in fen, reservations, expiry rate and median minutes from reservation to pickup,
     * in total and grouped by locker, station, city or month. Defaults: the current year to date.
     */
    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "出货统计 / Dispatches and value per locker, station, city or month; median pickup time; expiry rate")
    public Uni<LockerStats> stats(@QueryParam("tenant") String tenant, @QueryParam("from") String from,
                                  @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
                                  @QueryParam("stationId") String stationId, @QueryParam("lockerId") String lockerId) {
        LocalDate today = LocalDate.now(clock);
        return service.stats(callers.current(), blank(tenant), QueryParams.date("from", from, today.withDayOfYear(1)),
                QueryParams.date("to", to, today), blank(groupBy), QueryParams.uuid("stationId", stationId), QueryParams.uuid("lockerId", lockerId))
                .map(LockerStats::of);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
