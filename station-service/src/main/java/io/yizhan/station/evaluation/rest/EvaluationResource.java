package io.yizhan.station.evaluation.rest;

import io.yizhan.station.evaluation.mapping.EvaluationMapper;
import io.yizhan.station.evaluation.RunSummary;
import io.yizhan.station.evaluation.EvaluationSummary;
import io.yizhan.station.evaluation.LowestRated;
import io.yizhan.station.evaluation.MonthlyCards;
import io.yizhan.station.evaluation.UsageWeekly;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.yizhan.common.export.TableWriter;
import io.yizhan.common.problem.QueryParams;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.CallerContext;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Roles;
import io.yizhan.station.evaluation.service.EvaluationReportService;
import io.yizhan.station.evaluation.service.EvaluationService;
import io.yizhan.station.evaluation.service.SignalIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/evaluation")
@Tag(name = "考评 / Evaluation")
public class EvaluationResource {

    private final EvaluationService evaluation;
    private final EvaluationReportService reports;
    private final SignalIntake intake;
    private final CallerContext callers;
    private final EvaluationMapper mapper;
    private final Clock clock;

    public EvaluationResource(EvaluationService evaluation, EvaluationReportService reports, SignalIntake intake,
                              CallerContext callers, EvaluationMapper mapper, Clock clock) {
        this.clock = clock;
        this.mapper = mapper;
        this.evaluation = evaluation;
        this.reports = reports;
        this.intake = intake;
        this.callers = callers;
    }

    @GET
    @Path("stations/{id}/scorecard")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN, Roles.STATION_MANAGER})
    @Operation(summary = "驿站考评卡 / A station's signals, score, inspection and cards, as of now")
    public Uni<ScorecardView> scorecard(@PathParam("id") UUID id) {
        return evaluation.scorecard(callers.current(), id).map(mapper::toView);
    }

    @POST
    @Path("stations/{id}/opening-reports")
    @RolesAllowed(Roles.STATION_MANAGER)
    @Operation(summary = "站长开站/闭站报告 / A manager reports the station opened or closed just now")
    public Uni<Response> openingReport(@PathParam("id") UUID id,
                                       @Valid @NotNull(message = "请求体不能为空 / a JSON body is required") OpeningReport report) {
        Caller caller = callers.current();
        return intake.openingReport(caller, id)
                .map(at -> Response.status(Response.Status.CREATED)
                        .entity(new OpeningReport(report.event(), at, caller.username())).build());
    }

    @POST
    @Path("runs")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "立即运行考评（dryRun=true 只试运行） / Run the evaluation now (it also runs every night); "
            + "dryRun=true reports what it would do and changes nothing")
    public Uni<RunSummary> run(@QueryParam("tenant") String tenant, @QueryParam("dryRun") String dryRun) {
        if (dryRun != null && !dryRun.equals("true") && !dryRun.equals("false")) {
            throw ProblemException.badRequest("dryRun", "dryRun 只能是 true 或 false / dryRun must be true or false");
        }
        return evaluation.runNow(callers.current(), tenant, "true".equals(dryRun));
    }

    @GET
    @Path("reports/summary")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "考评汇总（按市） / Cards and inspections per city for a year")
    public Uni<EvaluationSummary> summary(@QueryParam("tenant") String tenant, @QueryParam("year") String year) {
        return reports.summary(callers.current(), tenant, year(year));
    }

    @GET
    @Path("reports/monthly")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "考评月度走势 / Cards issued and closed per month")
    public Uni<MonthlyCards> monthly(@QueryParam("tenant") String tenant, @QueryParam("year") String year) {
        return reports.monthly(callers.current(), tenant, year(year));
    }

    @GET
    @Path("usage/weekly")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "每周使用人次（按类型） / Uses per week by kind: door entries, locker pickups, duty check-ins, health checks")
    public Uni<UsageWeekly> weeklyUsage(@QueryParam("tenant") String tenant, @QueryParam("weeks") String weeks) {
        return reports.weeklyUsage(callers.current(), tenant, within("weeks", weeks, 12, 1, 53));
    }

    @GET
    @Path("satisfaction/lowest")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "满意度最低的驿站 / Stations with the lowest average rating in the last days (enough ratings only)")
    public Uni<LowestRated> lowestRated(@QueryParam("tenant") String tenant, @QueryParam("days") String days,
                                        @QueryParam("minRatings") String minRatings, @QueryParam("limit") String limit) {
        return reports.lowestRated(callers.current(), tenant, within("days", days, 30, 1, 365),
                within("minRatings", minRatings, 3, 1, 1000), within("limit", limit, 10, 1, 50));
    }

    @GET
    @Path("scorecards.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "导出考评卡 CSV / Scorecards of the last nightly run as CSV")
    public Uni<Response> csv(@QueryParam("tenant") String tenant) {
        return reports.scorecards(callers.current(), tenant).map(table -> Response.ok(TableWriter.csv(table), new MediaType("text", "csv", "UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"scorecards.csv\"").build());
    }

    @GET
    @Path("scorecards.xlsx")
    @Produces(TableWriter.XLSX_TYPE)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "导出考评卡 Excel / Scorecards of the last nightly run as an Excel workbook (.xlsx)")
    public Uni<Response> xlsx(@QueryParam("tenant") String tenant) {
        // writing the workbook is CPU work of some milliseconds: off the event loop
        return reports.scorecards(callers.current(), tenant)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(table -> Response.ok(TableWriter.xlsx(table), TableWriter.XLSX_TYPE)
                        .header("Content-Disposition", "attachment; filename=\"scorecards.xlsx\"").build());
    }

    /** An optional whole-number query parameter within [min, max], else 400 naming it. */
    private static int within(String name, String value, int fallback, int min, int max) {
        int parsed = QueryParams.integer(name, value, fallback);
        if (parsed < min || parsed > max) {
            throw io.yizhan.common.problem.ProblemException.badRequest(name, name + " 须在 " + min + "–" + max + " 之间 / "
                    + name + " must be from " + min + " to " + max);
        }
        return parsed;
    }

    private int year(String year) {
        int thisYear = LocalDate.now(clock).getYear();
        int value = QueryParams.integer("year", year, thisYear);
        if (value < 2000 || value > thisYear + 1) {
            throw io.yizhan.common.problem.ProblemException.badRequest("year", "年份须在 2000–" + (thisYear + 1)
                    + " 之间 / year must be from 2000 to " + (thisYear + 1));
        }
        return value;
    }
}
