package io.yizhan.volunteer.tally.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Person-times and hours of a year, summed in the database over checked-in sign-ups. Each method
 * returns its rows as the columns its comment names; {@code tenant} empty means every city. Call
 * inside a session.
 */
@ApplicationScoped
public class TallyRepository {

    // One row per checked-in sign-up of the year, with its hours clipped to the shift.
    static final String SERVED = "WITH served AS (SELECT g.volunteer_id, s.station_id, s.tenant, v.display_name, v.kind,"
            + " greatest(0, extract(epoch FROM (least(coalesce(g.checked_out_at, s.ends_at), s.ends_at)"
            + "   - greatest(g.checked_in_at, s.starts_at)))) / 3600.0 AS hours"
            + " FROM signup g JOIN shift s ON s.id = g.shift_id JOIN volunteer v ON v.id = g.volunteer_id"
            + " WHERE g.checked_in_at IS NOT NULL AND extract(year FROM s.starts_at AT TIME ZONE 'Asia/Shanghai') = :year"
            + " AND (:tenant = '' OR s.tenant = :tenant)) ";

    /** volunteer id, display name, kind, person-times, hours; the 500 busiest. */
    public Uni<List<Object[]>> people(String tenant, int year) {
        return query(SERVED + "SELECT volunteer_id, display_name, kind, count(*), coalesce(sum(hours), 0) FROM served"
                + " GROUP BY volunteer_id, display_name, kind ORDER BY count(*) DESC, volunteer_id LIMIT 500", tenant, year);
    }

    /** team id, team name, person-times, hours of its members. */
    public Uni<List<Object[]>> teams(String tenant, int year) {
        return query(SERVED + "SELECT t.id, t.name, count(*), coalesce(sum(served.hours), 0) FROM served"
                + " JOIN team_member m ON m.volunteer_id = served.volunteer_id JOIN team t ON t.id = m.team_id"
                + " GROUP BY t.id, t.name ORDER BY count(*) DESC, t.id LIMIT 500", tenant, year);
    }

    /** station id, person-times, hours. */
    public Uni<List<Object[]>> stations(String tenant, int year) {
        return query(SERVED + "SELECT station_id, count(*), coalesce(sum(hours), 0) FROM served"
                + " GROUP BY station_id ORDER BY count(*) DESC LIMIT 500", tenant, year);
    }

    /** city, person-times, hours. */
    public Uni<List<Object[]>> cities(String tenant, int year) {
        return query(SERVED + "SELECT tenant, count(*), coalesce(sum(hours), 0) FROM served GROUP BY tenant ORDER BY tenant", tenant, year);
    }

    /** One row: cadre person-times, all person-times, hours. */
    public Uni<Object[]> total(String tenant, int year) {
        return query(SERVED + "SELECT count(*) FILTER (WHERE kind = 'UNION_CADRE'), count(*), coalesce(sum(hours), 0) FROM served",
                tenant, year).map(rows -> rows.get(0));
    }

    /** Sets (or replaces) the person-time target of {@code tenant} (a city, or the province) for the year. */
    public Uni<Void> saveTarget(String tenant, int year, int personTimes) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO person_time_target (year, tenant, person_times) VALUES (:year, :tenant, :n)"
                                + " ON CONFLICT (year, tenant) DO UPDATE SET person_times = :n")
                .setParameter("year", year).setParameter("tenant", tenant).setParameter("n", personTimes)
                .executeUpdate()).replaceWithVoid();
    }

    /** The person-time target set for {@code tenant} (a city, or the province) and year; null when none is set. */
    public Uni<Integer> target(String tenant, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT person_times FROM person_time_target WHERE year = :year AND tenant = :tenant", Integer.class)
                .setParameter("year", year).setParameter("tenant", tenant).getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    @SuppressWarnings("unchecked")
    public Uni<Map<UUID, String>> stationNames() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT id, name FROM station_replica", Object[].class).getResultList())
                .map(all -> {
                    Map<UUID, String> byId = new HashMap<>();
                    ((List<Object[]>) (List<?>) all).forEach(r -> byId.put((UUID) r[0], (String) r[1]));
                    return byId;
                });
    }

    @SuppressWarnings("unchecked")
    private Uni<List<Object[]>> query(String sql, String tenant, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class).setParameter("tenant", tenant)
                .setParameter("year", year).getResultList()).map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
