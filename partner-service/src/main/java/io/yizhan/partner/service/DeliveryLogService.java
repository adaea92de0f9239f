package io.yizhan.partner.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.common.tenant.Caller;
import io.yizhan.partner.Delivery;
import io.yizhan.partner.PartnerScopes;
import io.yizhan.partner.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** A partner's own delivery log; naming another partner's subscription is "not found". */
@ApplicationScoped
public class DeliveryLogService {

    private final PartnerService partners;
    private final SubscriptionRepository subscriptions;
    private final DeliveryService deliveries;

    public DeliveryLogService(PartnerService partners, SubscriptionRepository subscriptions, DeliveryService deliveries) {
        this.partners = partners;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    @WithSession
    public Uni<Page<Delivery>> log(Caller caller, UUID subscriptionId, String status, PageRequest page) {
        return partners.activePartner(caller, PartnerScopes.WEBHOOKS).chain(partner -> {
            Uni<Void> owned = subscriptionId == null ? Uni.createFrom().voidItem()
                    : subscriptions.findById(subscriptionId).map(s -> {
                        if (s == null || !s.partnerId.equals(partner.id)) {
                            throw ProblemException.notFound("订阅 / Subscription", subscriptionId);
                        }
                        return null;
                    }).replaceWithVoid();
            return owned.chain(() -> deliveries.log(partner.id, subscriptionId, status, page));
        });
    }

    /** The partners desk reads any partner's log, suspended or not; a subscription of another partner is "not found". */
    @WithSession
    public Uni<Page<Delivery>> logOf(UUID partnerId, UUID subscriptionId, String status, PageRequest page) {
        return partners.get(partnerId).chain(partner -> {
            Uni<Void> owned = subscriptionId == null ? Uni.createFrom().voidItem()
                    : subscriptions.findById(subscriptionId).map(s -> {
                        if (s == null || !s.partnerId.equals(partner.id)) {
                            throw ProblemException.notFound("订阅 / Subscription", subscriptionId);
                        }
                        return null;
                    }).replaceWithVoid();
            return owned.chain(() -> deliveries.log(partner.id, subscriptionId, status, page));
        });
    }
}
