package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.yizhan.partner.StationReplica;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class StationReplicaRepository implements PanacheRepositoryBase<StationReplica, UUID> {
}
