package io.yizhan.locker.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.pg.NativeValues;
import io.yizhan.locker.Supply;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SupplyRepository implements PanacheRepositoryBase<Supply, UUID> {

    public Uni<Void> recordMember(String worker, String tenant, String recordedBy, OffsetDateTime at) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "INSERT INTO union_member (worker, tenant, recorded_by, created_at) VALUES (:w, :t, :by, :at)"
                                + " ON CONFLICT (worker) DO NOTHING")
                .setParameter("w", worker).setParameter("t", tenant).setParameter("by", recordedBy)
                .setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    /** A once-per-worker item (the new-member gift pack) and its reservations by outcome. */
    public record GiftPackCount(UUID itemId, String tenant, String name, long pickedUp, long waiting, long expired) {
    }

    /** The once-per-worker items of {@code tenant} (every city's when null) with their reservations counted by outcome. */
    public Uni<List<GiftPackCount>> giftPacks(String tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT s.id, s.tenant, s.name,"
                                + " count(r.id) FILTER (WHERE r.status = 'PICKED_UP'),"
                                + " count(r.id) FILTER (WHERE r.status IN ('RESERVED', 'OPENING')),"
                                + " count(r.id) FILTER (WHERE r.status = 'EXPIRED')"
                                + " FROM supply s LEFT JOIN reservation r ON r.item_id = s.id"
                                + " WHERE s.once_per_worker AND (CAST(:tenant AS varchar) IS NULL OR s.tenant = :tenant)"
                                + " GROUP BY s.id, s.tenant, s.name ORDER BY s.tenant, s.name, s.id", Object[].class)
                .setParameter("tenant", tenant).getResultList())
                .map(rows -> rows.stream().map(row -> new GiftPackCount(
                        NativeValues.uuid(row[0]), (String) row[1], (String) row[2],
                        ((Number) row[3]).longValue(), ((Number) row[4]).longValue(), ((Number) row[5]).longValue())).toList());
    }

    /** Union members recorded for {@code tenant} (every city's when null): who may take the gift pack. */
    public Uni<Long> memberCount(String tenant) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "SELECT count(*) FROM union_member WHERE CAST(:tenant AS varchar) IS NULL OR tenant = :tenant", Long.class)
                .setParameter("tenant", tenant).getSingleResult()).map(n -> ((Number) n).longValue());
    }
}
