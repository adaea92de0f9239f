package io.yizhan.common.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.yizhan.common.pg.JsonbText;
import io.yizhan.common.pg.NativeValues;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEvent, UUID> {

    /**
     * The oldest unpublished rows, locked so that a second relay (another replica of the service)
     * skips them instead of publishing them twice. The envelope is read as text and compacted: read as
     * jsonb, the SQL client parsed each one into a map and Hibernate wrote it back to a string (40 % of
     * the relay's time when 6,000 station changes went out at once, bench/README.md).
     */
    public Uni<List<PendingEvent>> lockUnpublished(int limit) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT id, subject, envelope::text FROM outbox_event WHERE published_at IS NULL"
                        + " ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED", Object[].class)
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new PendingEvent(NativeValues.uuid(row[0]), (String) row[1], JsonbText.compact((String) row[2])))
                        .toList());
    }

    /** Marks a relayed batch published, and counts the attempt, in one statement. */
    public Uni<Integer> markPublished(List<UUID> ids, OffsetDateTime at) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("UPDATE outbox_event SET published_at = :at, attempts = attempts + 1 WHERE id IN (:ids)")
                .setParameter("at", at).setParameter("ids", ids)
                .executeUpdate());
    }

    /**
     * Inserts a row on the given connection, for a transaction run on the reactive pool without a Hibernate
     * session (a hot write path, e.g. locker-service's reservation). The envelope goes as text: a String bound
     * to a jsonb parameter would be stored as one JSON string.
     */
    public Uni<Void> insert(SqlClient sql, OutboxEvent row) {
        return sql.preparedQuery("INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at, attempts)"
                        + " VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, 0)")
                .execute(Tuple.from(Arrays.asList(row.id, row.eventType, row.subject, row.tenant, row.envelope, row.createdAt)))
                .replaceWithVoid();
    }

    public Uni<Long> countUnpublished() {
        return count("publishedAt is null");
    }
}
