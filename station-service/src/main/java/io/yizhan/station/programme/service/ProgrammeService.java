package io.yizhan.station.programme.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.station.programme.BuildCounts;
import io.yizhan.station.programme.repository.ProgrammeRepository;
import io.yizhan.station.registry.BuildKind;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The yearly build and upgrade programme: the province sets targets, the registry shows progress. */
@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository repository;
    private final Clock clock;

    public ProgrammeService(ProgrammeRepository repository, Clock clock) {
        this.clock = clock;
        this.repository = repository;
    }

    /** A later upgrade to record, as checked by Bean Validation on {@code rest.ProgrammeUpgradeRequest}. */
    public record NewUpgrade(UUID stationId, Integer year, BuildKind kind, String note) {
    }

    /** The year's targets against what was done, for the province and the cities the caller sees. */
    public record Progress(int year, CityProgress province, List<CityProgress> cities) {
    }

    /** One city's (or the province's) line; completionPercent is null when it has no target. */
    public record CityProgress(String tenant, String name, BuildCounts target, BuildCounts actual, Integer completionPercent) {
    }

    /**
     * One line of a year's build and upgrade history: {@code source} BUILD is the station's own build
     * year and kind in the registry, UPGRADE_RECORDED a later upgrade recorded for that year.
     */
    public record HistoryLine(UUID stationId, String stationName, String tenant, BuildKind kind, int year, String source,
                              OffsetDateTime at, String note) {
    }

    @WithTransaction
    public Uni<Progress> setTargets(Caller caller, int year, String tenant, BuildCounts targets) {
        checkYear(year);
        if (!Tenants.isCity(tenant)) {
            throw ProblemException.notFound("城市 / City", tenant);
        }
        return repository.saveTargets(year, tenant, targets, caller.username(), OffsetDateTime.now(clock)).chain(() -> progress(caller, year));
    }

    /** City admins see their own city's line and the province's totals; the province sees every city. */
    @WithSession
    public Uni<Progress> progress(Caller caller, int year) {
        checkYear(year);
        var scope = caller.tenantScope();
        return repository.targets(year).chain(targets -> repository.actuals(year).map(actuals -> {
            List<CityProgress> cities = new ArrayList<>();
            int[] target = new int[3];
            int[] actual = new int[3];
            for (Map.Entry<String, String> city : Tenants.CITIES.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                BuildCounts t = targets.getOrDefault(city.getKey(), BuildCounts.NONE);
                BuildCounts a = actuals.getOrDefault(city.getKey(), BuildCounts.NONE);
                add(target, t);
                add(actual, a);
                if (scope.isEmpty() || scope.get().equals(city.getKey())) {
                    cities.add(new CityProgress(city.getKey(), city.getValue(), t, a, completion(t, a)));
                }
            }
            BuildCounts provinceTarget = new BuildCounts(target[0], target[1], target[2]);
            BuildCounts provinceActual = new BuildCounts(actual[0], actual[1], actual[2]);
            return new Progress(year, new CityProgress(Tenants.PROVINCE, "福建省", provinceTarget,
                    provinceActual, completion(provinceTarget, provinceActual)), cities);
        }));
    }

    private static void add(int[] sum, BuildCounts t) {
        sum[0] += t.newStations();
        sum[1] += t.upgraded();
        sum[2] += t.smartUpgrades();
    }

    /** Share of the year's total target reached, capped per kind so that overshooting one kind hides no shortfall. */
    static Integer completion(BuildCounts target, BuildCounts actual) {
        int total = target.newStations() + target.upgraded() + target.smartUpgrades();
        if (total == 0) {
            return null;
        }
        int reached = Math.min(actual.newStations(), target.newStations()) + Math.min(actual.upgraded(), target.upgraded())
                + Math.min(actual.smartUpgrades(), target.smartUpgrades());
        return (int) Math.floor(100.0 * reached / total);
    }

    /**
     * Records a later upgrade of a running station (a city admin: their city's; another city's is
     * "not found"). Its year must come after the station's build year, which stays as it is.
     */
    @WithTransaction
    public Uni<HistoryLine> recordUpgrade(Caller caller, NewUpgrade request) {
        checkYear(request.year());
        if (request.kind() == BuildKind.NEW) {
            throw ProblemException.badRequest("kind",
                    "新建记在驿站的建设年份里，这里只记改造：UPGRADE 或 SMART_UPGRADE / a build is the station's buildYear; record UPGRADE or SMART_UPGRADE here");
        }
        return repository.station(request.stationId()).chain(row -> {
            if (row == null || !caller.sees((String) row[0])) {
                throw ProblemException.notFound("驿站 / Station", request.stationId());
            }
            Integer built = row[1] == null ? null : ((Number) row[1]).intValue();
            if (built != null && request.year() <= built) {
                throw ProblemException.badRequest("year", "改造年份须晚于建设年份 " + built + " / the upgrade year must come after the build year " + built);
            }
            if (!RUNNING.contains((String) row[2])) {
                throw ProblemException.conflict("驿站未在运营，改造不计入计划 / the station is not running: an upgrade would not count");
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            String tenant = (String) row[0];
            return repository.recordUpgrade(UUID.randomUUID(), request.stationId(), tenant, request.year(), request.kind().name(),
                            request.note(), now, caller.username())
                    .map(inserted -> {
                        if (!inserted) {
                            throw ProblemException.conflict("该驿站当年已记录此类改造 / this station already has this kind of upgrade in that year");
                        }
                        return new HistoryLine(request.stationId(), null, tenant, request.kind(), request.year(),
                                "UPGRADE_RECORDED", now, request.note());
                    });
        });
    }

    /** The year's builds and recorded upgrades, newest first; a city admin's own city only, another city's list is empty. */
    @WithSession
    public Uni<Page<HistoryLine>> history(Caller caller, int year, String tenant, PageRequest page) {
        checkYear(year);
        var scope = caller.tenantScope();
        if (tenant != null && !Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "未知城市 / unknown city: " + tenant);
        }
        if (scope.isPresent() && tenant != null && !tenant.equals(scope.get())) {
            return Uni.createFrom().item(new Page<>(List.of(), page.page, page.size, 0));
        }
        String city = scope.orElse(tenant == null ? "" : tenant);
        return repository.history(year, city, page.page, page.size).chain(rows -> repository.historyCount(year, city)
                .map(total -> new Page<>(rows.stream().map(ProgrammeService::line).toList(), page.page, page.size, total)));
    }

    private static HistoryLine line(Object[] r) {
        return new HistoryLine((UUID) r[0], (String) r[1], (String) r[2], BuildKind.valueOf((String) r[3]),
                ((Number) r[4]).intValue(), (String) r[5], at(r[6]), (String) r[7]);
    }

    private static OffsetDateTime at(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.time.LocalDateTime) value).atOffset(java.time.ZoneOffset.UTC);
    }

    private static final java.util.Set<String> RUNNING = java.util.Set.of("OPEN", "WARNED", "SUSPENDED");

    private static void checkYear(int year) {
        if (year < 2020 || year > 2100) {
            throw ProblemException.badRequest("year", "年份须在 2020–2100 / year must be 2020 to 2100");
        }
    }
}
