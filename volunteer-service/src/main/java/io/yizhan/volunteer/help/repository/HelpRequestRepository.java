package io.yizhan.volunteer.help.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.help.HelpRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HelpRequestRepository implements PanacheRepositoryBase<HelpRequest, UUID> {

    /**
     * Accepts an open request in a single statement: of two butlers tapping "accept" together, exactly
     * one row is updated.
     */
    public Uni<Boolean> accept(UUID id, String by, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE help_request SET status = 'ACCEPTED', accepted_by = :by,"
                        + " accepted_at = :at WHERE id = :id AND status = 'OPEN'")
                .setParameter("by", by).setParameter("at", at).setParameter("id", id).executeUpdate()).map(n -> n == 1);
    }

    /**
     * How many volunteers are on duty at the station at {@code now} (all of them, or only {@code subject}):
     * a confirmed sign-up whose shift has opened for check-in ({@code opensAt} = now + the check-in lead)
     * and not ended, and who has not checked out.
     */
    public Uni<Long> onDuty(UUID stationId, String subject, OffsetDateTime now, OffsetDateTime opensAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT count(DISTINCT v.id) FROM signup su"
                        + " JOIN shift sh ON sh.id = su.shift_id JOIN volunteer v ON v.id = su.volunteer_id"
                        + " WHERE sh.station_id = :station AND su.status = 'CONFIRMED' AND su.checked_out_at IS NULL"
                        + " AND su.starts_at <= :opens AND su.ends_at > :now AND (CAST(:subject AS varchar) IS NULL OR v.subject = :subject)",
                        Long.class)
                .setParameter("station", stationId).setParameter("opens", opensAt).setParameter("now", now)
                .setParameter("subject", subject).getSingleResult()).map(n -> ((Number) n).longValue());
    }

    /** Open requests not yet at the city level and asked before {@code cutoff}, locked for this run of the clock. */
    public Uni<List<HelpRequest>> lockUnanswered(OffsetDateTime cutoff) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT * FROM help_request WHERE status = 'OPEN'"
                        + " AND escalation_level < 2 AND requested_at <= :cutoff ORDER BY requested_at LIMIT 500 FOR UPDATE SKIP LOCKED",
                        HelpRequest.class)
                .setParameter("cutoff", cutoff).getResultList());
    }

    public Uni<List<HelpRequest>> current(UUID stationId, OffsetDateTime since) {
        return list("stationId = ?1 and (status in ('OPEN', 'ACCEPTED') or requestedAt >= ?2)", Sort.by("requestedAt").descending(),
                stationId, since);
    }

    public Uni<List<HelpRequest>> escalatedToCity(String tenant) {
        return tenant == null
                ? list("status = 'OPEN' and escalationLevel = 2", Sort.by("requestedAt"))
                : list("tenant = ?1 and status = 'OPEN' and escalationLevel = 2", Sort.by("requestedAt"), tenant);
    }

    public Uni<List<HelpRequest>> byRequester(String requester) {
        return find("requester", Sort.by("requestedAt").descending(), requester).page(0, 100).list();
    }

    /**
     * Per station in [from, to): requests, answered ones, escalations, and the mean seconds to accept
     * and to resolve.
     */
    @SuppressWarnings("unchecked")
    public Uni<List<Object[]>> stats(String tenant, OffsetDateTime from, OffsetDateTime to) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT station_id::text, tenant, count(*),"
                        + " count(accepted_at), count(*) FILTER (WHERE escalation_level >= 1), count(*) FILTER (WHERE escalation_level = 2),"
                        + " avg(extract(epoch FROM accepted_at - requested_at)), avg(extract(epoch FROM resolved_at - requested_at))"
                        + " FROM help_request WHERE requested_at >= :from AND requested_at < :to"
                        + " AND (CAST(:tenant AS varchar) IS NULL OR tenant = :tenant) GROUP BY station_id, tenant ORDER BY tenant, station_id",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("tenant", tenant).getResultList())
                .map(rows -> (List<Object[]>) (List<?>) rows);
    }
}
