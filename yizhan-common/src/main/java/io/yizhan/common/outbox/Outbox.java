package io.yizhan.common.outbox;

import io.smallrye.mutiny.Uni;
import io.yizhan.common.event.CloudEvent;
import io.yizhan.common.event.CloudEventCodec;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where services write their events. Call it inside the transaction of the state change: the row
 * commits or rolls back with it, and {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository repository;
    private final CloudEventCodec codec;

    public Outbox(OutboxRepository repository, CloudEventCodec codec) {
        this.repository = repository;
        this.codec = codec;
    }

    public Uni<CloudEvent> append(String type, String subject, String tenant, Object data) {
        CloudEvent event = codec.envelope(type, subject, tenant, data);
        return repository.persist(row(event)).replaceWith(event);
    }

    /**
     * The same, on a connection whose transaction the caller runs on the reactive pool (no Hibernate session):
     * the row commits or rolls back with that transaction.
     */
    public Uni<CloudEvent> append(SqlClient transaction, String type, String subject, String tenant, Object data) {
        CloudEvent event = codec.envelope(type, subject, tenant, data);
        return repository.insert(transaction, row(event)).replaceWith(event);
    }

    private OutboxEvent row(CloudEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = event.id();
        row.eventType = event.type();
        row.subject = event.subject();
        row.tenant = event.tenant();
        row.envelope = codec.write(event);
        row.createdAt = event.time();
        return row;
    }
}
