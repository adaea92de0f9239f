package io.yizhan.common.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.pg.NativeValues;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes a consumer idempotent: the event id is recorded in the same transaction as the change it
 * causes, so a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

    /**
     * Runs {@code change} unless {@code consumer} has processed this event before. Must be called
     * inside the consumer's transaction. Returns whether the change ran.
     */
    public Uni<Boolean> once(CloudEvent event, String consumer, Supplier<Uni<?>> change) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (event_id, consumer) VALUES (:id, :consumer)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter("id", event.id())
                .setParameter("consumer", consumer)
                .executeUpdate())
                .chain(inserted -> inserted == 0
                        ? Uni.createFrom().item(false)
                        : change.get().replaceWith(true));
    }

    /**
     * Records a whole poll's events for {@code consumer} in one statement and returns the ids seen
     * for the first time: the caller applies those and skips the rest. Must be called inside the
     * consumer's transaction, so that the rows vanish with a change that rolls back.
     */
    public Uni<Set<UUID>> firstDeliveries(Collection<CloudEvent> events, String consumer) {
        Set<UUID> ids = new LinkedHashSet<>();
        events.forEach(event -> ids.add(event.id()));
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        // One statement of fixed text whatever the poll's size: the ids travel as one array parameter
        // (a VALUES row per event bound a parameter each and changed the text with every poll size).
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (event_id, consumer)"
                        + " SELECT unnest(CAST(:ids AS uuid[])), :consumer ON CONFLICT DO NOTHING RETURNING event_id", Object.class)
                .setParameter("ids", ids.toArray(UUID[]::new))
                .setParameter("consumer", consumer)
                .getResultList()
        ).map(inserted -> {
            Set<UUID> fresh = new LinkedHashSet<>();
            for (Object id : new ArrayList<>(inserted)) {
                fresh.add(NativeValues.uuid(id));
            }
            return fresh;
        });
    }
}
