package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.yizhan.partner.Partner;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, UUID> {
}
