package io.yizhan.station.registry.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.registry.Amenity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AmenityRepository implements PanacheRepositoryBase<Amenity, String> {

    public Uni<List<Amenity>> listAll() {
        return listAll(Sort.by("createdAt").and("code"));
    }
}
