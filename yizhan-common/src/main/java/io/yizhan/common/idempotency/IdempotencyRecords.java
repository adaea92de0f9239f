package io.yizhan.common.idempotency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;

/**
 * {@code idempotency_record} on a connection whose transaction the caller runs on the reactive pool, for write
 * paths that take no Hibernate session (see {@link IdempotentRequests#run(SqlClient, String, String, Object, Class,
 * java.util.function.Supplier)}). The entity {@link IdempotencyRecord} maps the same table for the others.
 */
@ApplicationScoped
public class IdempotencyRecords {

    /** The stored request hash and response of a key, or null. The response is read as text, as it was written. */
    public Uni<IdempotencyRecord> find(SqlClient sql, IdempotencyRecord.Key id) {
        return sql.preparedQuery("SELECT request_hash, response::text FROM idempotency_record WHERE caller = $1 AND idem_key = $2")
                .execute(Tuple.of(id.caller(), id.idemKey()))
                .map(rows -> {
                    var it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    IdempotencyRecord record = new IdempotencyRecord();
                    record.id = id;
                    record.requestHash = row.getString(0);
                    record.response = row.getString(1);
                    return record;
                });
    }

    /** A key's first use. A concurrent first use of the same key fails on the primary key (SQLSTATE 23505). */
    public Uni<Void> insert(SqlClient sql, IdempotencyRecord record) {
        return sql.preparedQuery("INSERT INTO idempotency_record (caller, idem_key, request_hash, response, created_at)"
                        + " VALUES ($1, $2, $3, $4::text::jsonb, $5)")
                .execute(Tuple.from(Arrays.asList(record.id.caller(), record.id.idemKey(), record.requestHash, record.response,
                        record.createdAt)))
                .replaceWithVoid();
    }
}
