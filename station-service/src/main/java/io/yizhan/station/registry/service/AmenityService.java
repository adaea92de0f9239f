package io.yizhan.station.registry.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.station.registry.Amenity;
import io.yizhan.station.registry.repository.AmenityRepository;
import io.yizhan.station.registry.rest.AmenityRequest;
import io.yizhan.station.registry.rest.AmenityView;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class AmenityService {

    private final AmenityRepository repository;
    private final AmenityVocabulary vocabulary;

    public AmenityService(AmenityRepository repository, AmenityVocabulary vocabulary) {
        this.repository = repository;
        this.vocabulary = vocabulary;
    }

    @WithSession
    public Uni<List<AmenityView>> list() {
        return repository.listAll().map(all -> all.stream().map(AmenityService::view).toList());
    }

    /** Adds an entry; the cached vocabulary is dropped only after the commit, so no reload can miss it. */
    public Uni<AmenityView> add(AmenityRequest request) {
        return Panache.withTransaction(() -> insert(request)).invoke(vocabulary::invalidate);
    }

    private Uni<AmenityView> insert(AmenityRequest request) {
        return repository.findById(request.code()).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("设施代码已存在 / amenity code already exists: " + request.code());
            }
            Amenity amenity = new Amenity();
            amenity.code = request.code();
            amenity.nameZh = request.nameZh().strip();
            amenity.nameEn = request.nameEn().strip();
            amenity.createdAt = OffsetDateTime.now();
            return repository.persist(amenity).map(AmenityService::view);
        });
    }

    static AmenityView view(Amenity amenity) {
        return new AmenityView(amenity.code, amenity.nameZh, amenity.nameEn);
    }
}
