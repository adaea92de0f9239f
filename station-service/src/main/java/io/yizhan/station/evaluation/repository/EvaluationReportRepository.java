package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Counts for the evaluation's city and province reports, by city and by month (station time). */
@ApplicationScoped
public class EvaluationReportRepository {

    /** Per city: yellow, red issued in the year; open now; rectified, delisted in the year; inspections, average % score. */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> byCity(Optional<String> tenant, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "WITH c AS (SELECT * FROM evaluation_card WHERE (cast(:tenant AS varchar) IS NULL OR tenant = :tenant)),"
                                + " i AS (SELECT * FROM inspection WHERE (cast(:tenant AS varchar) IS NULL OR tenant = :tenant)"
                                + "   AND extract(year FROM inspected_at AT TIME ZONE 'Asia/Shanghai') = :year),"
                                + " cities AS (SELECT tenant FROM c UNION SELECT tenant FROM i)"
                                + " SELECT t.tenant,"
                                + " (SELECT count(*) FROM c WHERE c.tenant = t.tenant AND colour = 'YELLOW' AND extract(year FROM issued_at AT TIME ZONE 'Asia/Shanghai') = :year)::bigint,"
                                + " (SELECT count(*) FROM c WHERE c.tenant = t.tenant AND colour = 'RED' AND extract(year FROM issued_at AT TIME ZONE 'Asia/Shanghai') = :year)::bigint,"
                                + " (SELECT count(*) FROM c WHERE c.tenant = t.tenant AND status IN ('ISSUED','RECTIFICATION_SUBMITTED','DELISTING_PROPOSED'))::bigint,"
                                + " (SELECT count(*) FROM c WHERE c.tenant = t.tenant AND status = 'RECTIFIED' AND extract(year FROM closed_at AT TIME ZONE 'Asia/Shanghai') = :year)::bigint,"
                                + " (SELECT count(*) FROM c WHERE c.tenant = t.tenant AND status = 'DELISTED' AND extract(year FROM closed_at AT TIME ZONE 'Asia/Shanghai') = :year)::bigint,"
                                + " (SELECT count(*) FROM i WHERE i.tenant = t.tenant)::bigint,"
                                + " (SELECT round(avg(100.0 * total / max_total), 1) FROM i WHERE i.tenant = t.tenant)::float8"
                                + " FROM cities t ORDER BY t.tenant", Object[].class)
                .setParameter("tenant", tenant.orElse(null)).setParameter("year", year).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }

    /**
     * Per week (its Monday, station time) in [from, to) and kind: door entries in that were granted
     * ({@code DOOR_ENTRY}) and the activities that count as use (PICKUP, CHECK_IN, HEALTH_CHECK).
     */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> weeklyUses(Optional<String> tenant, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT to_char(date_trunc('week', u.at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD'), u.kind, count(*)::bigint FROM ("
                                + " SELECT a.at, a.kind FROM station_activity a WHERE a.counts_as_use AND a.at >= :from AND a.at < :to"
                                + "   AND (cast(:tenant AS varchar) IS NULL OR a.tenant = :tenant)"
                                + " UNION ALL SELECT d.at, 'DOOR_ENTRY' FROM door_entry d JOIN station st ON st.id = d.station_id"
                                + "   WHERE d.granted AND d.direction = 'IN' AND d.at >= :from AND d.at < :to"
                                + "   AND (cast(:tenant AS varchar) IS NULL OR st.tenant = :tenant)"
                                + ") u GROUP BY 1, 2 ORDER BY 1, 2", Object[].class)
                .setParameter("tenant", tenant.orElse(null)).setParameter("from", from).setParameter("to", to).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }

    /** Stations (not delisted) with at least {@code minRatings} ratings since {@code from}, lowest average first. */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> lowestRated(Optional<String> tenant, OffsetDateTime from, int minRatings, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT st.id, st.name, st.tenant, st.district, count(*)::bigint, avg(r.score)::float8"
                                + " FROM rating_signal r JOIN station st ON st.id = r.station_id"
                                + " WHERE r.rated_at >= :from AND st.status <> 'DELISTED'"
                                + " AND (cast(:tenant AS varchar) IS NULL OR st.tenant = :tenant)"
                                + " GROUP BY st.id, st.name, st.tenant, st.district HAVING count(*) >= :min"
                                + " ORDER BY avg(r.score), count(*) DESC, st.id LIMIT :limit", Object[].class)
                .setParameter("tenant", tenant.orElse(null)).setParameter("from", from).setParameter("min", minRatings)
                .setParameter("limit", limit).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }

    /** Per month of the year: yellow and red issued, rectified and delisted. */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> byMonth(Optional<String> tenant, int year) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT m, "
                                + " (SELECT count(*) FROM evaluation_card c WHERE (cast(:tenant AS varchar) IS NULL OR c.tenant = :tenant) AND c.colour = 'YELLOW'"
                                + "   AND to_char(c.issued_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = :year || '-' || lpad(m::text, 2, '0'))::bigint,"
                                + " (SELECT count(*) FROM evaluation_card c WHERE (cast(:tenant AS varchar) IS NULL OR c.tenant = :tenant) AND c.colour = 'RED'"
                                + "   AND to_char(c.issued_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = :year || '-' || lpad(m::text, 2, '0'))::bigint,"
                                + " (SELECT count(*) FROM evaluation_card c WHERE (cast(:tenant AS varchar) IS NULL OR c.tenant = :tenant) AND c.status = 'RECTIFIED'"
                                + "   AND to_char(c.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = :year || '-' || lpad(m::text, 2, '0'))::bigint,"
                                + " (SELECT count(*) FROM evaluation_card c WHERE (cast(:tenant AS varchar) IS NULL OR c.tenant = :tenant) AND c.status = 'DELISTED'"
                                + "   AND to_char(c.closed_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = :year || '-' || lpad(m::text, 2, '0'))::bigint"
                                + " FROM generate_series(1, 12) m ORDER BY m", Object[].class)
                .setParameter("tenant", tenant.orElse(null)).setParameter("year", String.valueOf(year)).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
