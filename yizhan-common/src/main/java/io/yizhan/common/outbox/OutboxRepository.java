package io.yizhan.common.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /**
     * The oldest unpublished rows, locked so that a second relay (another replica of the service)
     * skips them instead of publishing them twice.
     */
    public Uni<List<OutboxEvent>> lockUnpublished(int limit) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT * FROM outbox_event WHERE published_at IS NULL"
                        + " ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Marks a relayed batch published, and counts the attempt, in one statement. */
    public Uni<Integer> markPublished(List<UUID> ids, OffsetDateTime at) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("UPDATE outbox_event SET published_at = :at, attempts = attempts + 1 WHERE id IN (:ids)")
                .setParameter("at", at).setParameter("ids", ids)
                .executeUpdate());
    }

    public Uni<Long> countUnpublished() {
        return count("publishedAt is null");
    }
}
