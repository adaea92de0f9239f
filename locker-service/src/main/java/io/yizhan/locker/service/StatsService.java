package io.yizhan.locker.service;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.locker.repository.StatsRepository;
import io.yizhan.locker.repository.StatsRepository.Figures;
import io.yizhan.common.time.StationTime;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Statistics for the portal and the province's yearly figures, in the caller's tenant scope. */
@ApplicationScoped
public class StatsService {

    private final StatsRepository stats;

    public StatsService(StatsRepository stats) {
        this.stats = stats;
    }

    /** The figures over reservations made from {@code from} to {@code to} (station dates, inclusive), in total and per group. */
    public record Stats(LocalDate from, LocalDate to, String tenant, String groupBy, Figures total, List<Figures> groups) {
    }

    public Uni<Stats> stats(Caller caller, String tenant, LocalDate from, LocalDate to, String groupBy,
                            UUID stationId, UUID lockerId) {
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw ProblemException.badRequest("from", "须 from ≤ to，且跨度不超过 5 年 / from must not be after to, at most 5 years apart");
        }
        if (groupBy != null && !StatsRepository.knownGroup(groupBy)) {
            throw ProblemException.badRequest("groupBy", "取值之一 / one of locker, station, city, month");
        }
        if (tenant != null && !Tenants.isCity(tenant)) {
            throw ProblemException.badRequest("tenant", "取值之一 / one of " + String.join(", ", Tenants.codes()));
        }
        Optional<String> scope = caller.tenantScope();
        String city = scope.orElse(tenant);
        if (scope.isPresent() && tenant != null && !scope.get().equals(tenant)) {
            city = "-none-";      // another city's figures: an empty result, as for lists
        }
        OffsetDateTime start = from.atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(StationTime.ZONE).toOffsetDateTime();
        String scoped = city;
        return stats.rows(null, start, end, scoped, stationId, lockerId, 1).chain(total -> groupBy == null
                ? Uni.createFrom().item(new Stats(from, to, scoped, null, total.get(0), List.of()))
                : stats.rows(groupBy, start, end, scoped, stationId, lockerId, 500).map(groups -> new Stats(from, to,
                scoped, groupBy, total.get(0), "city".equals(groupBy) ? groups.stream().map(StatsService::cityLabel).toList() : groups)));
    }

    private static Figures cityLabel(Figures r) {
        return r.withLabel(Tenants.CITIES.getOrDefault(r.key(), r.key()));
    }
}
