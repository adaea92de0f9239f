package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.Locker;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LockerRepository implements PanacheRepositoryBase<Locker, UUID> {

    public Uni<Locker> findByDevice(String clientId) {
        return find("deviceClientId", clientId).firstResult();
    }

    /** Marks a locker online; returns whether it was offline before (an online event is due). */
    public Uni<Boolean> heartbeat(UUID id, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "UPDATE locker SET last_heartbeat_at = :at, online = true WHERE id = :id AND NOT online")
                .setParameter("at", at).setParameter("id", id).executeUpdate())
                .chain(changed -> changed > 0 ? Uni.createFrom().item(true)
                        : Panache.getSession().chain(s -> s.createNativeQuery(
                                        "UPDATE locker SET last_heartbeat_at = :at WHERE id = :id")
                                .setParameter("at", at).setParameter("id", id).executeUpdate())
                        .replaceWith(false));
    }

    /** Online lockers silent since before {@code cutoff}, locked for the marking transaction. */
    @SuppressWarnings("unchecked")
    public Uni<List<UUID>> lockSilent(OffsetDateTime cutoff, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT id FROM locker WHERE online AND (last_heartbeat_at IS NULL OR last_heartbeat_at < :cutoff)"
                                + " ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", UUID.class)
                .setParameter("cutoff", cutoff).setParameter("limit", limit).getResultList());
    }

    public Uni<Integer> markOffline(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("UPDATE locker SET online = false WHERE id = :id AND online")
                .setParameter("id", id).executeUpdate());
    }
}
