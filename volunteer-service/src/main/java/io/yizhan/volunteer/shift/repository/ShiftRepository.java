package io.yizhan.volunteer.shift.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.shift.MissedCheckIn;
import io.yizhan.volunteer.shift.Shift;
import io.yizhan.volunteer.support.SqlTimes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShiftRepository implements PanacheRepositoryBase<Shift, UUID> {

    /** Sign-ups marked no-show of shifts starting in [from, to) in {@code tenant} (empty: every city), by start; at most 500. */
    @SuppressWarnings("unchecked")
    public Uni<List<MissedCheckIn>> missedCheckIns(String tenant, OffsetDateTime from, OffsetDateTime to) {
        return getSession().chain(s -> s.createNativeQuery("SELECT s.id, s.station_id, r.name, s.starts_at, v.id, v.display_name"
                        + " FROM signup g JOIN shift s ON s.id = g.shift_id JOIN volunteer v ON v.id = g.volunteer_id"
                        + " LEFT JOIN station_replica r ON r.id = s.station_id"
                        + " WHERE g.status = 'NO_SHOW' AND s.starts_at >= :from AND s.starts_at < :to"
                        + " AND (:tenant = '' OR s.tenant = :tenant) ORDER BY s.starts_at, s.id LIMIT 500", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("tenant", tenant).getResultList())
                .map(rows -> ((List<Object[]>) (List<?>) rows).stream().map(r -> new MissedCheckIn((UUID) r[0], (UUID) r[1],
                        (String) r[2], SqlTimes.offsetDateTime(r[3]), (UUID) r[4], (String) r[5])).toList());
    }

    public Uni<Shift> lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<List<Shift>> browse(Optional<String> tenant, Optional<UUID> stationId, OffsetDateTime from, OffsetDateTime to,
                                   int limit) {
        StringBuilder query = new StringBuilder("startsAt >= :from and startsAt < :to");
        Parameters params = Parameters.with("from", from).and("to", to);
        tenant.ifPresent(t -> {
            query.append(" and tenant = :tenant");
            params.and("tenant", t);
        });
        stationId.ifPresent(s -> {
            query.append(" and stationId = :station");
            params.and("station", s);
        });
        return find(query.toString(), Sort.by("startsAt").and("id"), params).page(0, limit).list();
    }

    /** Shifts starting within the window that still have free places. */
    public Uni<List<Shift>> understaffed(Optional<String> tenant, OffsetDateTime from, OffsetDateTime to) {
        return tenant.isPresent()
                ? list("tenant = ?1 and startsAt >= ?2 and startsAt < ?3 and confirmed < capacity", Sort.by("startsAt"), tenant.get(), from, to)
                : list("startsAt >= ?1 and startsAt < ?2 and confirmed < capacity", Sort.by("startsAt"), from, to);
    }
}
