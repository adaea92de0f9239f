package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.Subscription;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    /**
     * The partner's subscriptions, counted while its registry row is locked until the transaction
     * ends: two parallel creations cannot both see room under the cap.
     */
    public Uni<Long> countLockingPartner(UUID partnerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT id FROM partner WHERE id = :id FOR UPDATE")
                        .setParameter("id", partnerId).getResultList())
                .chain(() -> count("partnerId", partnerId));
    }
}
