package io.yizhan.station.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.Amenity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class AmenityRepository implements PanacheRepositoryBase<Amenity, String> {

    public Uni<List<Amenity>> listAll() {
        return listAll(Sort.by("createdAt").and("code"));
    }

    /** Those of {@code codes} that are not in the vocabulary. */
    public Uni<Set<String>> unknown(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return list("code in ?1", codes).map(found -> {
            Set<String> known = found.stream().map(a -> a.code).collect(Collectors.toSet());
            return codes.stream().filter(code -> !known.contains(code)).collect(Collectors.toCollection(java.util.TreeSet::new));
        });
    }
}
