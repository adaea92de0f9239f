package io.yizhan.volunteer.shift.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.shift.Shift;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ShiftRepository implements PanacheRepositoryBase<Shift, UUID> {

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
