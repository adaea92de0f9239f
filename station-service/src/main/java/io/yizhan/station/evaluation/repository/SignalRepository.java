package io.yizhan.station.evaluation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The evaluation's raw signals: facts recorded from other services' events under their own ids
 * (so a replay adds nothing) and the sums the rules read. Weeks and days are in station time.
 */
@ApplicationScoped
public class SignalRepository {

    /** Kinds of {@code station_activity}. */
    public enum Activity { PICKUP, CHECK_IN, HEALTH_CHECK, MANAGER_REPORT }

    public Uni<Boolean> recordActivity(Activity kind, String sourceId, UUID stationId, String tenant, OffsetDateTime at,
                                       boolean countsAsUse) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO station_activity (kind, source_id, station_id, tenant, at, counts_as_use)"
                                + " VALUES (:kind, :source, :station, :tenant, :at, :use) ON CONFLICT DO NOTHING")
                .setParameter("kind", kind.name()).setParameter("source", sourceId).setParameter("station", stationId)
                .setParameter("tenant", tenant).setParameter("at", at).setParameter("use", countsAsUse)
                .executeUpdate()).map(n -> n > 0);
    }

    /** A rating or its replacement (same id); an older version arriving late never overwrites a newer one. */
    public Uni<Void> recordRating(UUID ratingId, UUID stationId, int score, OffsetDateTime ratedAt, boolean anonymous,
                                  double weight, boolean reportsClosed) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO rating_signal (rating_id, station_id, score, rated_at, anonymous, weight, reports_closed)"
                                + " VALUES (:id, :station, :score, :at, :anonymous, :weight, :closed)"
                                + " ON CONFLICT (rating_id) DO UPDATE SET score = EXCLUDED.score, rated_at = EXCLUDED.rated_at,"
                                + " anonymous = EXCLUDED.anonymous, weight = EXCLUDED.weight, reports_closed = EXCLUDED.reports_closed"
                                + " WHERE rating_signal.rated_at <= EXCLUDED.rated_at")
                .setParameter("id", ratingId).setParameter("station", stationId).setParameter("score", score)
                .setParameter("at", ratedAt).setParameter("anonymous", anonymous).setParameter("weight", weight)
                .setParameter("closed", reportsClosed).executeUpdate()).replaceWithVoid();
    }

    /** A help request's times only fill in, whatever order its events arrive in. */
    public Uni<Void> recordHelp(UUID requestId, UUID stationId, OffsetDateTime requestedAt, OffsetDateTime acceptedAt,
                                OffsetDateTime resolvedAt, int escalationLevel) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO help_signal (help_request_id, station_id, requested_at, accepted_at, resolved_at, escalation_level)"
                                + " VALUES (:id, :station, cast(:requested AS timestamptz), cast(:accepted AS timestamptz), cast(:resolved AS timestamptz), :level)"
                                + " ON CONFLICT (help_request_id) DO UPDATE SET"
                                + " requested_at = coalesce(help_signal.requested_at, EXCLUDED.requested_at),"
                                + " accepted_at = coalesce(help_signal.accepted_at, EXCLUDED.accepted_at),"
                                + " resolved_at = coalesce(help_signal.resolved_at, EXCLUDED.resolved_at),"
                                + " escalation_level = greatest(help_signal.escalation_level, EXCLUDED.escalation_level)")
                .setParameter("id", requestId).setParameter("station", stationId).setParameter("requested", requestedAt)
                .setParameter("accepted", acceptedAt).setParameter("resolved", resolvedAt).setParameter("level", escalationLevel)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Uses per week (keyed by the week's Monday) in [from, to): door entries in, activities that count as
     * use, and logged-in workers' ratings (an anonymous one needs only a photo of the poster).
     */
    @SuppressWarnings("unchecked")
    public Uni<Map<LocalDate, Long>> weeklyUses(UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT to_char(date_trunc('week', at AT TIME ZONE 'Asia/Shanghai'), 'YYYY-MM-DD'), count(*)::bigint FROM ("
                                + " SELECT at FROM station_activity WHERE station_id = :station AND counts_as_use AND at >= :from AND at < :to"
                                + " UNION ALL SELECT at FROM door_entry WHERE station_id = :station AND granted AND direction = 'IN'"
                                + " AND at >= :from AND at < :to"
                                + " UNION ALL SELECT rated_at FROM rating_signal WHERE station_id = :station AND NOT anonymous"
                                + " AND rated_at >= :from AND rated_at < :to) uses GROUP BY 1 ORDER BY 1", Object[].class)
                .setParameter("station", stationId).setParameter("from", from).setParameter("to", to).getResultList())
                .map(rows -> {
                    Map<LocalDate, Long> weeks = new LinkedHashMap<>();
                    for (Object[] row : (List<Object[]>) (List<?>) rows) {
                        weeks.put(LocalDate.parse((String) row[0]), ((Number) row[1]).longValue());
                    }
                    return weeks;
                });
    }

    /** Ratings given in [from, to): logged-in workers' count, weight and score sum, and the same of anonymous ones. */
    public Uni<Satisfaction> satisfaction(UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT (count(*) FILTER (WHERE NOT anonymous))::bigint,"
                                + " coalesce(sum(weight) FILTER (WHERE NOT anonymous), 0)::float8,"
                                + " coalesce(sum(weight * score) FILTER (WHERE NOT anonymous), 0)::float8,"
                                + " (count(*) FILTER (WHERE anonymous))::bigint,"
                                + " coalesce(sum(weight) FILTER (WHERE anonymous), 0)::float8,"
                                + " coalesce(sum(weight * score) FILTER (WHERE anonymous), 0)::float8"
                                + " FROM rating_signal WHERE station_id = :station AND rated_at >= :from AND rated_at < :to",
                        Object[].class)
                .setParameter("station", stationId).setParameter("from", from).setParameter("to", to).getSingleResult())
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Satisfaction(((Number) r[0]).longValue(), ((Number) r[1]).doubleValue(), ((Number) r[2]).doubleValue(),
                            ((Number) r[3]).longValue(), ((Number) r[4]).doubleValue(), ((Number) r[5]).doubleValue());
                });
    }

    /**
     * Moments in [from, to) that show the station was open: any activity or door entry, or a logged-in
     * worker's rating that does not say it was closed (to the minute).
     */
    @SuppressWarnings("unchecked")
    public Uni<List<Instant>> evidence(UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT DISTINCT extract(epoch FROM date_trunc('minute', at))::bigint FROM ("
                                + " SELECT at FROM station_activity WHERE station_id = :station AND at >= :from AND at < :to"
                                + " UNION ALL SELECT at FROM door_entry WHERE station_id = :station AND granted"
                                + " AND at >= :from AND at < :to"
                                + " UNION ALL SELECT rated_at FROM rating_signal WHERE station_id = :station AND NOT anonymous"
                                + " AND NOT reports_closed AND rated_at >= :from AND rated_at < :to) e ORDER BY 1", Object.class)
                .setParameter("station", stationId).setParameter("from", from).setParameter("to", to).getResultList())
                .map(rows -> ((List<Object>) (List<?>) rows).stream()
                        .map(epoch -> Instant.ofEpochSecond(((Number) epoch).longValue())).toList());
    }

    /** Workers' reports still open: all of them, and those older than {@code overdueBefore}. */
    public Uni<Complaints> complaints(UUID stationId, OffsetDateTime overdueBefore) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*)::bigint, (count(*) FILTER (WHERE created_at < :before))::bigint"
                                + " FROM station_report WHERE station_id = :station AND status = 'OPEN'", Object[].class)
                .setParameter("station", stationId).setParameter("before", overdueBefore).getSingleResult())
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Complaints(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
                });
    }

    /** Butler help requests made in [from, to): how many, how many accepted, escalated, median minutes to accept. */
    public Uni<Help> help(UUID stationId, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*)::bigint, (count(*) FILTER (WHERE accepted_at IS NOT NULL))::bigint,"
                                + " (count(*) FILTER (WHERE escalation_level > 0))::bigint,"
                                + " (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - requested_at) / 60))::float8"
                                + " FROM help_signal WHERE station_id = :station AND requested_at >= :from AND requested_at < :to",
                        Object[].class)
                .setParameter("station", stationId).setParameter("from", from).setParameter("to", to).getSingleResult())
                .map(row -> {
                    Object[] r = (Object[]) row;
                    return new Help(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                            r[3] == null ? null : ((Number) r[3]).doubleValue());
                });
    }

    /** Sums of ratings, logged-in workers' and anonymous ones apart; the service weighs them. */
    public record Satisfaction(long workerRatings, double workerWeight, double workerScore,
                               long anonymousRatings, double anonymousWeight, double anonymousScore) {
    }

    public record Complaints(long open, long overdue) {
    }

    public record Help(long requests, long answered, long escalated, Double medianMinutesToAnswer) {
    }
}
