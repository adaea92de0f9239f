package io.yizhan.volunteer.tally.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.common.tenant.Tenants;
import io.yizhan.volunteer.config.VolunteerConfig;
import io.yizhan.volunteer.tally.rest.Tallies;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Counts what was served: checked-in sign-ups of a year, their hours (check-in to check-out, within the shift). */
@ApplicationScoped
public class TallyService {

    // One row per checked-in sign-up of the year, with its hours clipped to the shift.
    static final String SERVED = "WITH served AS (SELECT g.volunteer_id, s.station_id, s.tenant, v.display_name, v.kind,"
            + " greatest(0, extract(epoch FROM (least(coalesce(g.checked_out_at, s.ends_at), s.ends_at)"
            + "   - greatest(g.checked_in_at, s.starts_at)))) / 3600.0 AS hours"
            + " FROM signup g JOIN shift s ON s.id = g.shift_id JOIN volunteer v ON v.id = g.volunteer_id"
            + " WHERE g.checked_in_at IS NOT NULL AND extract(year FROM s.starts_at AT TIME ZONE 'Asia/Shanghai') = :year"
            + " AND (:tenant = '' OR s.tenant = :tenant)) ";

    private final VolunteerConfig config;

    public TallyService(VolunteerConfig config) {
        this.config = config;
    }

    @WithSession
    @SuppressWarnings("unchecked")
    public Uni<Tallies> tallies(Caller caller, String requestedTenant, int year) {
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
        return Panache.getSession().chain(session -> query(session, SERVED
                        + "SELECT volunteer_id, display_name, kind, count(*), coalesce(sum(hours), 0) FROM served"
                        + " GROUP BY volunteer_id, display_name, kind ORDER BY count(*) DESC, volunteer_id LIMIT 500", tenant, year)
                .chain(people -> query(session, SERVED + "SELECT t.id, t.name, count(*), coalesce(sum(served.hours), 0) FROM served"
                        + " JOIN team_member m ON m.volunteer_id = served.volunteer_id JOIN team t ON t.id = m.team_id"
                        + " GROUP BY t.id, t.name ORDER BY count(*) DESC, t.id LIMIT 500", tenant, year).map(teams -> new Object[]{people, teams}))
                .chain(pt -> query(session, SERVED + "SELECT station_id, count(*), coalesce(sum(hours), 0) FROM served"
                        + " GROUP BY station_id ORDER BY count(*) DESC LIMIT 500", tenant, year)
                        .chain(stations -> query(session, SERVED + "SELECT tenant, count(*), coalesce(sum(hours), 0) FROM served"
                                + " GROUP BY tenant ORDER BY tenant", tenant, year)
                                .chain(cities -> query(session, SERVED + "SELECT count(*) FILTER (WHERE kind = 'UNION_CADRE'),"
                                        + " count(*), coalesce(sum(hours), 0) FROM served", tenant, year)
                                        .chain(total -> target(session, tenant, year).chain(target -> names(session, stations)
                                                .map(stationLines -> {
                                                    Object[] t = total.get(0);
                                                    return new Tallies(year, tenant.isEmpty() ? Tenants.PROVINCE : tenant,
                                                            new Tallies.Line(n(t[1]), hours(t[2])), (int) n(t[0]), target,
                                                            people(pt).stream().map(r -> new Tallies.PersonLine((UUID) r[0], (String) r[1],
                                                                    (String) r[2], n(r[3]), hours(r[4]))).toList(),
                                                            teams(pt).stream().map(r -> new Tallies.TeamLine((UUID) r[0], (String) r[1],
                                                                    n(r[2]), hours(r[3]))).toList(),
                                                            stationLines,
                                                            cities.stream().map(r -> new Tallies.CityLine((String) r[0], n(r[1]),
                                                                    hours(r[2]))).toList());
                                                })))))));
    }

    private Uni<List<Tallies.StationLine>> names(org.hibernate.reactive.mutiny.Mutiny.Session session, List<Object[]> rows) {
        return session.createNativeQuery("SELECT id, name FROM station_replica", Object[].class).getResultList().map(all -> {
            java.util.Map<Object, String> byId = new java.util.HashMap<>();
            ((List<Object[]>) (List<?>) all).forEach(r -> byId.put(r[0], (String) r[1]));
            return rows.stream().map(r -> new Tallies.StationLine((UUID) r[0], byId.get(r[0]), n(r[1]), hours(r[2]))).toList();
        });
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Object[]>> query(org.hibernate.reactive.mutiny.Mutiny.Session session, String sql, String tenant, int year) {
        return session.createNativeQuery(sql, Object[].class).setParameter("tenant", tenant).setParameter("year", year)
                .getResultList().map(rows -> (List<Object[]>) (List<?>) rows);
    }

    /** The city's own target if set, else for the province its configured default; a city without one has none. */
    private Uni<Integer> target(org.hibernate.reactive.mutiny.Mutiny.Session session, String tenant, int year) {
        String key = tenant.isEmpty() ? Tenants.PROVINCE : tenant;
        return session.createNativeQuery("SELECT person_times FROM person_time_target WHERE year = :year AND tenant = :tenant", Integer.class)
                .setParameter("year", year).setParameter("tenant", key).getResultList()
                .map(rows -> !rows.isEmpty() ? rows.get(0) : tenant.isEmpty() ? config.provinceCadreTarget() : null);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> people(Object[] peopleAndTeams) {
        return (List<Object[]>) peopleAndTeams[0];
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> teams(Object[] peopleAndTeams) {
        return (List<Object[]>) peopleAndTeams[1];
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double hours(Object value) {
        return value == null ? 0 : Math.round(((Number) value).doubleValue() * 100) / 100.0;
    }
}
