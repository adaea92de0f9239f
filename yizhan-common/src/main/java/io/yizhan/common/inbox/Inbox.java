package io.yizhan.common.inbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;

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
}
