package io.yizhan.station.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.paging.Page;
import io.yizhan.common.paging.PageRequest;
import io.yizhan.station.registry.Station;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class StationRepository implements PanacheRepositoryBase<Station, UUID> {

    /** Stations of one tenant, or of all when {@code tenant} is empty, ordered by city and name. */
    public Uni<Page<Station>> list(Optional<String> tenant, PageRequest request) {
        Sort order = Sort.by("tenant").and("name").and("id");
        PanacheQuery<Station> query = tenant.isPresent()
                ? find("tenant", order, tenant.get())
                : findAll(order);
        query.page(request.page, request.size);
        return query.list().chain(items -> query.count()
                .map(total -> new Page<>(items, request.page, request.size, total)));
    }

    /** These stations of one city, by name; none when {@code ids} is empty. */
    public Uni<List<Station>> inCity(List<UUID> ids, String tenant) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of())
                : list("id in ?1 and tenant = ?2", Sort.by("name").and("id"), ids, tenant);
    }
}
