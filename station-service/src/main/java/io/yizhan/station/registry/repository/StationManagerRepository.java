package io.yizhan.station.registry.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Who manages which station (table station_manager), by login name. */
@ApplicationScoped
public class StationManagerRepository {

    @SuppressWarnings("unchecked")
    public Uni<List<String>> managersOf(UUID stationId) {
        return Panache.getSession().chain(s -> s
                .createNativeQuery("SELECT username FROM station_manager WHERE station_id = :id ORDER BY username", String.class)
                .setParameter("id", stationId)
                .getResultList());
    }

    /** The stations a manager looks after, by login name; the caller narrows them to the manager's own city. */
    @SuppressWarnings("unchecked")
    public Uni<List<UUID>> stationsOf(String username) {
        if (username == null) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().chain(s -> s
                .createNativeQuery("SELECT station_id FROM station_manager WHERE username = :u", UUID.class)
                .setParameter("u", username)
                .getResultList());
    }

    public Uni<Boolean> manages(String username, UUID stationId) {
        if (username == null) {
            return Uni.createFrom().item(false);
        }
        return Panache.getSession().chain(s -> s
                .createNativeQuery("SELECT count(*) FROM station_manager WHERE station_id = :id AND username = :u", Long.class)
                .setParameter("id", stationId)
                .setParameter("u", username)
                .getSingleResult())
                .map(count -> count > 0);
    }

    public Uni<Void> replace(UUID stationId, List<String> usernames) {
        return Panache.getSession().chain(s -> s
                .createNativeQuery("DELETE FROM station_manager WHERE station_id = :id")
                .setParameter("id", stationId)
                .executeUpdate()
                .chain(() -> Multi.createFrom().iterable(usernames)
                        .onItem().transformToUniAndConcatenate(username -> s
                                .createNativeQuery("INSERT INTO station_manager (station_id, username) VALUES (:id, :u)")
                                .setParameter("id", stationId)
                                .setParameter("u", username)
                                .executeUpdate())
                        .collect().asList())
                .replaceWithVoid());
    }
}
