package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.Delivery;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Up to {@code limit} pending deliveries due at {@code now} of active subscriptions, locked for
     * the caller's transaction (rows another worker holds are skipped). Fair: each partner's due
     * deliveries are numbered oldest first; the run takes every partner's first before anyone's
     * second, and at most {@code perPartner} of each, so one partner's backlog cannot starve the rest.
     */
    public Uni<List<Delivery>> lockDueFairly(OffsetDateTime now, int perPartner, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT d.* FROM delivery d JOIN ("
                                + " SELECT id, turn, due FROM (SELECT d.id, d.next_attempt_at AS due,"
                                + " row_number() OVER (PARTITION BY s.partner_id ORDER BY d.next_attempt_at, d.id) AS turn"
                                + " FROM delivery d JOIN subscription s ON s.id = d.subscription_id"
                                + " WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now AND s.status = 'ACTIVE') ranked"
                                + " WHERE turn <= :perPartner ORDER BY turn, due LIMIT :limit) fair ON fair.id = d.id"
                                + " ORDER BY fair.turn, fair.due FOR UPDATE OF d SKIP LOCKED", Delivery.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .setParameter("perPartner", perPartner)
                .getResultList());
    }
}
