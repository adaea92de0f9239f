package io.yizhan.volunteer.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.volunteer.StationReplica;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Open stations a desk may staff, by name: of one city (empty: every city), of one manager when
     * {@code manager} is given (a name in the comma-separated managers column), at most {@code limit}.
     */
    public Uni<List<StationReplica>> staffable(Optional<String> tenant, Optional<String> manager, String nameContains, int limit) {
        StringBuilder query = new StringBuilder("status in ('OPEN', 'WARNED') and lower(name) like :name");
        Parameters params = Parameters.with("name", "%" + nameContains.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        tenant.ifPresent(t -> {
            query.append(" and tenant = :tenant");
            params.and("tenant", t);
        });
        manager.ifPresent(m -> {
            query.append(" and concat(',', managers, ',') like :manager");
            params.and("manager", "%," + m.replace("%", "").replace("_", "\\_") + ",%");
        });
        return find(query.toString(), Sort.by("name").and("id"), params).page(0, limit).list();
    }
}
