package io.yizhan.station.registry.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.problem.ProblemException;
import io.yizhan.station.registry.Amenity;
import io.yizhan.station.registry.repository.AmenityRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class AmenityService {

    private final AmenityRepository repository;
    private final AmenityVocabulary vocabulary;
    private final Clock clock;

    public AmenityService(AmenityRepository repository, AmenityVocabulary vocabulary, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.vocabulary = vocabulary;
    }

    @WithSession
    public Uni<List<Amenity>> list() {
        return repository.listAll();
    }

    /** Adds an entry; the cached vocabulary is dropped only after the commit, so no reload can miss it. */
    public Uni<Amenity> add(String code, String nameZh, String nameEn) {
        return Panache.withTransaction(() -> insert(code, nameZh, nameEn)).invoke(vocabulary::invalidate);
    }

    private Uni<Amenity> insert(String code, String nameZh, String nameEn) {
        return repository.findById(code).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("设施代码已存在 / amenity code already exists: " + code);
            }
            Amenity amenity = new Amenity();
            amenity.code = code;
            amenity.nameZh = nameZh.strip();
            amenity.nameEn = nameEn.strip();
            amenity.createdAt = OffsetDateTime.now(clock);
            return repository.persist(amenity);
        });
    }
}
