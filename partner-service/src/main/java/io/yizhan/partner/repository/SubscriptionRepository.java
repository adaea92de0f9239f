package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.yizhan.partner.Subscription;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {
}
