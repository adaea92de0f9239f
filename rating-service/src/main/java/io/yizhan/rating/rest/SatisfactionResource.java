package io.yizhan.rating.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.rating.service.RatingService;
import io.yizhan.rating.service.SatisfactionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Satisfaction figures; {@code ?asOf=} (ISO-8601 with offset) reports as of an earlier moment. */
@Path("/api/v1/satisfaction")
@Tag(name = "满意度 / Satisfaction")
public class SatisfactionResource {

    private final SatisfactionService service;
    private final CallerContext callers;
    private final Clock clock;

    public SatisfactionResource(SatisfactionService service, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Path("stations/{id}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "驿站满意度 / A station's satisfaction (its city's admins and station managers)")
    public Uni<SatisfactionReport> station(@PathParam("id") UUID id, @QueryParam("asOf") String asOf) {
        return service.station(callers.current(), id, asOf(asOf)).map(SatisfactionReport::of);
    }

    @GET
    @Path("cities/{tenant}")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "城市满意度 / A city's satisfaction (its admins, province admins)")
    public Uni<SatisfactionReport> city(@PathParam("tenant") String tenant, @QueryParam("asOf") String asOf) {
        return service.city(callers.current(), tenant, asOf(asOf)).map(SatisfactionReport::of);
    }

    @GET
    @Path("province")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "全省满意度 / The province's satisfaction")
    public Uni<SatisfactionReport> province(@QueryParam("asOf") String asOf) {
        return service.province(asOf(asOf)).map(SatisfactionReport::of);
    }

    OffsetDateTime asOf(String value) {
        if (value == null || value.isBlank()) {
            return OffsetDateTime.now(clock);
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', '+'));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("asOf", "时间格式如 2026-11-28T09:00:00+08:00 / asOf is ISO-8601 with an offset");
        }
    }
}
