package io.yizhan.common.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

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

    public Uni<Long> countUnpublished() {
        return count("publishedAt is null");
    }
}
