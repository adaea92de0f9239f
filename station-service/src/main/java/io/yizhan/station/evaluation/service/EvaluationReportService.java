package io.yizhan.station.evaluation.service;

import io.yizhan.common.time.StationTime;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.export.Table;
import io.yizhan.common.export.TableWriter;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.evaluation.mapping.JsonColumns;
import io.yizhan.station.evaluation.repository.EvaluationReportRepository;
import io.yizhan.station.evaluation.repository.ScorecardRepository;
import io.yizhan.station.evaluation.EvaluationSummary;
import io.yizhan.station.evaluation.LowestRated;
import io.yizhan.station.evaluation.MonthlyCards;
import io.yizhan.station.evaluation.UsageWeekly;
import io.yizhan.station.registry.StationStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** City and province reports of the evaluation, and the scorecards as a table for CSV and Excel. */
@ApplicationScoped
public class EvaluationReportService {

    /** The export's columns, Chinese then the English column name, as spreadsheets show them. */
    static final String[] COLUMNS = {"驿站ID station_id", "城市 city", "区县 district", "驿站 name", "状态 status",
            "考评时间 as_of", "得分 score", "近周使用 last_week_uses", "连续低使用周 low_weeks", "评价数 ratings", "平均分 average",
            "公示时段 periods", "未开放时段 missed", "未处理投诉 open_complaints", "逾期投诉 overdue_complaints",
            "在途黄牌 open_yellow", "待决红牌 open_red"};

    private final EvaluationReportRepository reports;
    private final ScorecardRepository scorecards;
    private final JsonColumns json;
    private final Clock clock;

    public EvaluationReportService(EvaluationReportRepository reports, ScorecardRepository scorecards, JsonColumns json,
                                   Clock clock) {
        this.reports = reports;
        this.scorecards = scorecards;
        this.json = json;
        this.clock = clock;
    }

    @WithSession
    public Uni<EvaluationSummary> summary(Caller caller, String tenant, int year) {
        Optional<String> scope = scope(caller, tenant);
        if (scope.isPresent() && scope.get().isEmpty()) {
            return Uni.createFrom().item(new EvaluationSummary(year, List.of(), total(List.of())));
        }
        return reports.byCity(scope, year).map(rows -> {
            List<EvaluationSummary.City> cities = rows.stream().map(r -> new EvaluationSummary.City((String) r[0],
                    Tenants.CITIES.get((String) r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]),
                    r[7] == null ? null : ((Number) r[7]).doubleValue())).toList();
            return new EvaluationSummary(year, cities, total(cities));
        });
    }

    @WithSession
    public Uni<MonthlyCards> monthly(Caller caller, String tenant, int year) {
        Optional<String> scope = scope(caller, tenant);
        if (scope.isPresent() && scope.get().isEmpty()) {
            return otherCity(tenant);
        }
        return reports.byMonth(scope, year).map(rows -> new MonthlyCards(year, scope.orElse(null), rows.stream()
                .map(r -> new MonthlyCards.Month(((Number) r[0]).intValue(), n(r[1]), n(r[2]), n(r[3]), n(r[4]))).toList()));
    }

    /** Uses per week of the last {@code weeks} weeks, the current one included, in the caller's scope. */
    @WithSession
    public Uni<UsageWeekly> weeklyUsage(Caller caller, String tenant, int weeks) {
        LocalDate thisMonday = LocalDate.now(clock.withZone(StationTime.ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Optional<String> scope = scope(caller, tenant);
        if (scope.isPresent() && scope.get().isEmpty()) {
            return otherCity(tenant);
        }
        Uni<List<Object[]>> rows = reports.weeklyUses(scope, first.atStartOfDay(StationTime.ZONE).toOffsetDateTime(),
                        thisMonday.plusWeeks(1).atStartOfDay(StationTime.ZONE).toOffsetDateTime());
        return rows.map(found -> {
            Map<String, Long> counts = new HashMap<>();
            found.forEach(r -> counts.put(r[0] + "/" + r[1], n(r[2])));
            List<UsageWeekly.Week> list = first.datesUntil(thisMonday.plusDays(1), Period.ofWeeks(1)).map(week -> {
                String key = week + "/";
                return new UsageWeekly.Week(week, counts.getOrDefault(key + "DOOR_ENTRY", 0L), counts.getOrDefault(key + "PICKUP", 0L),
                        counts.getOrDefault(key + "CHECK_IN", 0L), counts.getOrDefault(key + "HEALTH_CHECK", 0L));
            }).toList();
            return new UsageWeekly(scope.orElse(null), list);
        });
    }

    /** The lowest-rated stations of the last {@code days} days in the caller's scope. */
    @WithSession
    public Uni<LowestRated> lowestRated(Caller caller, String tenant, int days, int minRatings, int limit) {
        Optional<String> scope = scope(caller, tenant);
        if (scope.isPresent() && scope.get().isEmpty()) {
            return otherCity(tenant);
        }
        return reports.lowestRated(scope, OffsetDateTime.now(clock).minusDays(days), minRatings, limit)
                .map(found -> new LowestRated(scope.orElse(null), days, minRatings, found.stream()
                .map(r -> new LowestRated.Station((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], n(r[4]),
                        Math.round(((Number) r[5]).doubleValue() * 100) / 100.0)).toList()));
    }

    /**
     * One row per running or delisted station, from the last nightly run, for CSV or Excel
     * ({@link TableWriter} defuses formula-like cells in both).
     */
    @WithSession
    public Uni<Table> scorecards(Caller caller, String tenant) {
        Optional<String> scope = scope(caller, tenant);
        Table.Builder table = Table.named("考评卡 scorecards", COLUMNS);
        if (scope.isPresent() && scope.get().isEmpty()) {
            return Uni.createFrom().item(table.build());
        }
        return scorecards.export(scope).map(rows -> {
            for (Object[] r : rows) {
                JsonNode sig = r[7] == null ? null : json.tree((String) r[7]);
                StationStatus status = StationStatus.valueOf((String) r[4]);
                table.row(r[0], r[1], r[3], r[2], status.label + " " + status.name(), r[5], r[6],
                        lastWeek(sig), at(sig, "/usage/lowWeeksInARow"), at(sig, "/satisfaction/ratings"),
                        at(sig, "/satisfaction/average"), at(sig, "/opening/periods"), at(sig, "/opening/missed"),
                        at(sig, "/complaints/open"), at(sig, "/complaints/overdue"), r[8], r[9]);
            }
            return table.build();
        });
    }

    /** One city's series is that city's object (unlike the summary, a list of cities): 404, as for any other city's object. */
    private static <T> Uni<T> otherCity(String tenant) {
        return Uni.createFrom().failure(ProblemException.notFound("城市 / City", tenant));
    }

    /** Empty optional: all cities (province); a value: that city; an empty string: a city asked for another's. */
    private static Optional<String> scope(Caller caller, String tenant) {
        Optional<String> own = caller.tenantScope();
        if (own.isPresent()) {
            return tenant != null && !tenant.equals(own.get()) ? Optional.of("") : own;
        }
        return Optional.ofNullable(tenant);
    }

    private static EvaluationSummary.City total(List<EvaluationSummary.City> cities) {
        long inspections = cities.stream().mapToLong(EvaluationSummary.City::inspections).sum();
        double weighted = cities.stream().filter(c -> c.averageInspectionPercent() != null)
                .mapToDouble(c -> c.averageInspectionPercent() * c.inspections()).sum();
        return new EvaluationSummary.City(Tenants.PROVINCE, "福建省",
                cities.stream().mapToLong(EvaluationSummary.City::yellowIssued).sum(),
                cities.stream().mapToLong(EvaluationSummary.City::redIssued).sum(),
                cities.stream().mapToLong(EvaluationSummary.City::openNow).sum(),
                cities.stream().mapToLong(EvaluationSummary.City::rectified).sum(),
                cities.stream().mapToLong(EvaluationSummary.City::delisted).sum(),
                inspections, inspections == 0 ? null : Math.round(10 * weighted / inspections) / 10.0);
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Object lastWeek(JsonNode sig) {
        if (sig == null || !sig.at("/usage/weeks").isArray() || sig.at("/usage/weeks").isEmpty()) {
            return null;
        }
        JsonNode weeks = sig.at("/usage/weeks");
        return value(weeks.get(weeks.size() - 1).get("uses"));
    }

    private static Object at(JsonNode sig, String pointer) {
        if (sig == null || sig.at(pointer).isMissingNode() || sig.at(pointer).isNull()) {
            return null;
        }
        return value(sig.at(pointer));
    }

    /** A number stays a number (a numeric cell in Excel; the same text in CSV). */
    private static Object value(JsonNode node) {
        return node.isNumber() ? node.numberValue() : node.asText();
    }
}
