package io.yizhan.volunteer.profile.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.yizhan.common.export.TableWriter;
import io.yizhan.volunteer.tally.mapping.TallyTable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.tenant.Roles;
import io.yizhan.volunteer.profile.service.VolunteerProfileService;
import io.yizhan.volunteer.shift.service.CalendarService;
import io.yizhan.volunteer.tally.rest.CadreTarget;
import io.yizhan.volunteer.tally.rest.Tallies;
import io.yizhan.volunteer.tally.service.TallyService;
import io.yizhan.volunteer.config.PublicSiteConfig;
import io.yizhan.volunteer.profile.service.CalendarFeedService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;

@Path("/api/v1/volunteers")
@Tag(name = "志愿者 / Volunteers")
public class VolunteerResource {

    private final VolunteerProfileService profiles;
    private final TallyService tallies;
    private final CalendarService calendars;
    private final CalendarFeedService feeds;
    private final PublicSiteConfig site;
    private final CallerContext callers;
    private final Clock clock;

    public VolunteerResource(VolunteerProfileService profiles, TallyService tallies, CalendarService calendars,
                             CalendarFeedService feeds, PublicSiteConfig site, CallerContext callers, Clock clock) {
        this.clock = clock;
        this.feeds = feeds;
        this.site = site;
        this.profiles = profiles;
        this.tallies = tallies;
        this.calendars = calendars;
        this.callers = callers;
    }

    @GET
    @Path("me/calendar.ics")
    @Produces("text/calendar")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "我的值班日历 / My confirmed shifts as an iCalendar feed")
    public Uni<String> calendar() {
        return calendars.calendar(callers.current());
    }

    @GET
    @Path("me/calendar-feed")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "我的日历订阅链接 / Whether I have a secret calendar link, and since when (the link itself is shown only when made)")
    public Uni<CalendarFeedView> calendarFeed() {
        return feeds.current(callers.current()).map(at -> at == null ? CalendarFeedView.none() : CalendarFeedView.existing(at));
    }

    @POST
    @Path("me/calendar-feed")
    @ResponseStatus(201)
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "生成或更换日历订阅链接 / Make my secret calendar link, or replace it (the old link stops working at once)")
    public Uni<CalendarFeedView> issueCalendarFeed() {
        return feeds.issue(callers.current()).map(issued -> CalendarFeedView.issued(site.baseUrl(), issued.secret(), issued.createdAt()));
    }

    @DELETE
    @Path("me/calendar-feed")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "停用日历订阅链接 / Revoke my secret calendar link")
    public Uni<Void> revokeCalendarFeed() {
        return feeds.revoke(callers.current());
    }

    @GET
    @Path("calendar/{secret}.ics")
    @Produces("text/calendar")
    @PermitAll
    @ResponseHeader(name = "Cache-Control", value = "private, no-store")
    @ResponseHeader(name = "Referrer-Policy", value = "no-referrer")
    @Operation(summary = "日历订阅（无需登录）/ A volunteer's shifts as iCalendar, by their secret link (no token; webcal:// friendly)")
    public Uni<String> calendarBySecret(@PathParam("secret") String secret) {
        return feeds.feed(secret);
    }

    @PUT
    @Path("me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "填写我的志愿者资料 / Create or update my volunteer profile")
    public Uni<VolunteerView> saveMe(@Valid @NotNull(message = "请求体不能为空 / a JSON body is required") VolunteerProfile profile) {
        return profiles.save(callers.current(), new VolunteerProfileService.Profile(profile.displayName(), profile.kind(),
                profile.cadreLevel(), profile.skills())).map(VolunteerView::of);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.VOLUNTEER)
    @Operation(summary = "我的志愿者资料 / My volunteer profile")
    public Uni<VolunteerView> me() {
        return profiles.mine(callers.current()).map(VolunteerView::of);
    }

    @GET
    @Path("tallies")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "服务时长与人次 / Hours and person-times per person, station and city, against the target")
    public Uni<Tallies> tallies(@QueryParam("tenant") String tenant, @QueryParam("year") String year) {
        int y = QueryParams.integer("year", year, LocalDate.now(clock).getYear());
        return tallies.tallies(callers.current(), tenant, y).map(Tallies::of);
    }

    @PUT
    @Path("cadre-targets/{year}/{tenant}")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(summary = "设定干部志愿服务人次年度目标 / Set the year's cadre person-time target of the province (fujian) or a city")
    public Uni<Tallies> setCadreTarget(@PathParam("year") int year, @PathParam("tenant") String tenant,
                                       @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") CadreTarget target) {
        return tallies.setCadreTarget(callers.current(), tenant, year, target.personTimes()).map(Tallies::of);
    }

    @GET
    @Path("tallies.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "导出服务时长与人次 CSV / The year's hours and person-times as CSV")
    public Uni<Response> talliesCsv(@QueryParam("tenant") String tenant, @QueryParam("year") String year) {
        return tallies(tenant, year).map(t -> Response.ok(TableWriter.csv(TallyTable.of(t)), new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"tallies-" + t.year() + ".csv\"").build());
    }

    @GET
    @Path("tallies.xlsx")
    @Produces(TableWriter.XLSX_TYPE)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "导出服务时长与人次 Excel / The year's hours and person-times as an Excel workbook (.xlsx)")
    public Uni<Response> talliesXlsx(@QueryParam("tenant") String tenant, @QueryParam("year") String year) {
        // writing the workbook is CPU work: off the event loop
        return tallies(tenant, year).emitOn(Infrastructure.getDefaultWorkerPool())
                .map(t -> Response.ok(TableWriter.xlsx(TallyTable.of(t)), TableWriter.XLSX_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"tallies-" + t.year() + ".xlsx\"").build());
    }
}
