package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.yizhan.partner.Delivery;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {
}
