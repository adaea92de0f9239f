package io.yizhan.volunteer.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.StationReplica;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class StationReplicaRepository implements PanacheRepositoryBase<StationReplica, UUID> {

    /** The names of just these stations, for lists that show where something happened. */
    public Uni<Map<UUID, String>> names(Collection<UUID> ids) {
        Set<UUID> distinct = ids.stream().collect(Collectors.toSet());
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("id in ?1", distinct).map(found -> {
            Map<UUID, String> names = new HashMap<>();
            found.forEach(s -> names.put(s.id, s.name));
            return names;
        });
    }
}
