package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.locker.Supply;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class SupplyRepository implements PanacheRepositoryBase<Supply, UUID> {

    public Uni<Boolean> isMember(String worker) {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT count(*) FROM union_member WHERE worker = :w", Long.class)
                .setParameter("w", worker).getSingleResult()).map(n -> ((Number) n).longValue() > 0);
    }

    public Uni<Void> recordMember(String worker, String tenant, String recordedBy, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO union_member (worker, tenant, recorded_by, created_at) VALUES (:w, :t, :by, :at)"
                                + " ON CONFLICT (worker) DO NOTHING")
                .setParameter("w", worker).setParameter("t", tenant).setParameter("by", recordedBy)
                .setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
