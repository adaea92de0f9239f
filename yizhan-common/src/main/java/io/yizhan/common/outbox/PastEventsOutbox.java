package io.yizhan.common.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.List;

/**
 * The outbox for events of the past (demo history, ADR 0017): many at once, on the caller's reactive SQL
 * connection (its transaction), each row stamped with its event's own time. {@link Outbox} stays the way
 * for what happens now; the relay publishes both alike, oldest first.
 */
@ApplicationScoped
public class PastEventsOutbox {

    private final CloudEventCodec codec;

    public PastEventsOutbox(CloudEventCodec codec) {
        this.codec = codec;
    }

    /** Appends the events in the connection's transaction; an id already there is left as it is. */
    public Uni<Void> appendAll(SqlConnection c, List<CloudEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> rows = events.stream().map(e -> Tuple.from(Arrays.asList(e.id(), e.type(), e.subject(), e.tenant(),
                new JsonObject(codec.write(e)), e.time()))).toList();
        return c.preparedQuery("INSERT INTO outbox_event (id, event_type, subject, tenant, envelope, created_at)"
                + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING").executeBatch(rows).replaceWithVoid();
    }
}
