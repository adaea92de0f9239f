package io.yizhan.volunteer.workday.rest;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.workday.ListedDay;
import io.yizhan.volunteer.workday.service.WorkdayCalendarService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-day calendar rights deadlines are counted in; under /api/v1/rights, the capability that needs it. */
@Path("/api/v1/rights/calendar/{tenant}/{year}")
@Tag(name = "工作日历 / Workday calendar")
public class WorkdayCalendarResource {

    private final WorkdayCalendarService service;
    private final CallerContext callers;

    public WorkdayCalendarResource(WorkdayCalendarService service, CallerContext callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.RIGHTS_DESK})
    @Operation(summary = "本市某年的节假日与调休 / A city's public holidays and worked weekend days of a year")
    public Uni<WorkdayCalendarView> get(@PathParam("tenant") String tenant, @PathParam("year") String year) {
        return service.get(callers.current(), tenant, year(year)).map(WorkdayCalendarView::of);
    }

    @PUT
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "载入某年的节假日与调休（整年替换）/ Load a year's holidays and worked weekend days (replaces the year)")
    public Uni<WorkdayCalendarView> load(@PathParam("tenant") String tenant, @PathParam("year") String year,
                                         @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") CalendarUpload body) {
        return service.load(callers.current(), tenant, year(year),
                body.days().stream().map(d -> new ListedDay(d.date(), d.working(), d.name())).toList()).map(WorkdayCalendarView::of);
    }

    private static int year(String year) {
        if (year == null || !year.matches("\\d{4}")) {
            throw ProblemException.badRequest("year", "年份须为四位数字 / year must be four digits");
        }
        return Integer.parseInt(year);
    }
}
