package io.yizhan.partner.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.partner.StationReplica;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class StationReplicaRepository implements PanacheRepositoryBase<StationReplica, UUID> {

    /**
     * The replica rows of {@code ids} (those it has). Native SQL with the ids as one array: the
     * notification intake asks once per Kafka poll, and HQL is parsed on every execution (ADR 0020).
     */
    public Uni<List<StationReplica>> byIds(Collection<UUID> ids) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT * FROM station_replica WHERE id = ANY(CAST(:ids AS uuid[]))", StationReplica.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .getResultList());
    }
}
