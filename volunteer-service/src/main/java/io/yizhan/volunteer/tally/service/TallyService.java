package io.yizhan.volunteer.tally.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.tally.TallyLine;
import io.yizhan.volunteer.tally.YearTally;
import io.yizhan.volunteer.tally.repository.TallyRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

/** Counts what was served: checked-in sign-ups of a year, their hours (check-in to check-out, within the shift). */
@ApplicationScoped
public class TallyService {

    private final TallyRepository tallies;
    private final VolunteerConfig config;

    public TallyService(TallyRepository tallies, VolunteerConfig config) {
        this.tallies = tallies;
        this.config = config;
    }

    @WithSession
    public Uni<YearTally> tallies(Caller caller, String requestedTenant, int year) {
        if (year < 2020 || year > 2100) {
            throw ProblemException.badRequest("year", "年份须在 2020–2100 / year must be 2020 to 2100");
        }
        Optional<String> scope = caller.tenantScope();
        if (scope.isPresent() && requestedTenant != null && !requestedTenant.equals(scope.get())) {
            throw ProblemException.notFound("城市 / City", requestedTenant);
        }
        if (requestedTenant != null && !Tenants.isCity(requestedTenant)) {
            throw ProblemException.badRequest("tenant", "未知城市 / unknown city: " + requestedTenant);
        }
        String tenant = scope.orElse(requestedTenant == null ? "" : requestedTenant);
        String targetKey = tenant.isEmpty() ? Tenants.PROVINCE : tenant;
        return tallies.people(tenant, year).chain(people -> tallies.teams(tenant, year).chain(teams -> tallies.stations(tenant, year)
                .chain(stations -> tallies.cities(tenant, year).chain(cities -> tallies.total(tenant, year)
                        .chain(total -> tallies.target(targetKey, year).chain(target -> tallies.stationNames().map(names ->
                                // The province has a default target; a city without its own has none.
                                new YearTally(year, tenant.isEmpty() ? Tenants.PROVINCE : tenant,
                                        line(null, null, null, total[1], total[2]), (int) n(total[0]),
                                        target != null ? target : tenant.isEmpty() ? config.provinceCadreTarget() : null,
                                        people.stream().map(r -> line((UUID) r[0], (String) r[1], (String) r[2], r[3], r[4])).toList(),
                                        teams.stream().map(r -> line((UUID) r[0], (String) r[1], null, r[2], r[3])).toList(),
                                        stations.stream().map(r -> line((UUID) r[0], names.get((UUID) r[0]), null, r[1], r[2])).toList(),
                                        cities.stream().map(r -> line(null, (String) r[0], null, r[1], r[2])).toList()))))))));
    }

    /**
     * The province sets the year's cadre person-time target, for itself ({@code fujian}, the article's
     * 5,000 by default) or for a city; an unknown city is "not found".
     */
    @WithTransaction
    public Uni<YearTally> setCadreTarget(Caller caller, String tenant, int year, int personTimes) {
        if (year < 2020 || year > 2100) {
            throw ProblemException.badRequest("year", "年份须在 2020–2100 / year must be 2020 to 2100");
        }
        if (!Tenants.PROVINCE.equals(tenant) && !Tenants.isCity(tenant)) {
            throw ProblemException.notFound("城市 / City", tenant);
        }
        return tallies.saveTarget(tenant, year, personTimes)
                .chain(() -> tallies(caller, Tenants.PROVINCE.equals(tenant) ? null : tenant, year));
    }

    private static TallyLine line(UUID id, String name, String kind, Object personTimes, Object hours) {
        return new TallyLine(id, name, kind, n(personTimes), hours(hours));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double hours(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
