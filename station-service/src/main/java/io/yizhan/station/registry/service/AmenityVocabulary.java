package io.yizhan.station.registry.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.station.registry.repository.AmenityRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The amenity codes, held for a short while: every filtered search checks its codes against them,
 * and the vocabulary changes a few times a year. Another instance's addition is seen within the TTL.
 */
@ApplicationScoped
public class AmenityVocabulary {

    static final Duration TTL = Duration.ofSeconds(30);

    private final AmenityRepository repository;
    private volatile Set<String> codes;
    private volatile long loadedAtNanos;

    public AmenityVocabulary(AmenityRepository repository) {
        this.repository = repository;
    }

    /**
     * Those of {@code requested} that are not in the vocabulary. A reload reads the table in a Hibernate session,
     * the caller's if it has one (a registration's transaction), else one of its own (a search has none).
     */
    public Uni<Set<String>> unknown(Collection<String> requested) {
        if (requested.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return codes().map(known -> requested.stream().filter(code -> !known.contains(code))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    public void invalidate() {
        codes = null;
    }

    private Uni<Set<String>> codes() {
        Set<String> current = codes;
        if (current != null && System.nanoTime() - loadedAtNanos < TTL.toNanos()) {
            return Uni.createFrom().item(current);
        }
        return Panache.withSession(repository::listAll).map(all -> {
            Set<String> loaded = all.stream().map(a -> a.code).collect(Collectors.toUnmodifiableSet());
            codes = loaded;
            loadedAtNanos = System.nanoTime();
            return loaded;
        });
    }
}
